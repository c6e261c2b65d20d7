import { cpSync, existsSync, readdirSync, realpathSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";

const DATA = "data";

/**
 * Copies `publicDir` into `outDir` with `data` taken from `dataGeneration`, the folder `public/data`
 * linked to when the build started: the copy holds one generation even if `npm run data` switches
 * the link meanwhile (Vite's own copy would follow the link again for every file). Plain files only.
 */
export function copyPublicDir(publicDir: string, outDir: string, dataGeneration: string | null): void {
  for (const name of readdirSync(publicDir)) {
    const source = name === DATA ? dataGeneration : join(publicDir, name);
    if (source !== null) cpSync(source, join(outDir, name), { recursive: true, dereference: true });
  }
}

/** The build's copy of public/, through `copyPublicDir` (publish.ts explains the generations). */
export function publicDirWithOneGeneration(): Plugin {
  let publicDir = "";
  let generation: string | null = null;
  return {
    name: "atlas-public-dir-one-generation",
    apply: "build",
    config: () => ({ build: { copyPublicDir: false } }),
    configResolved(config) {
      publicDir = config.publicDir;
    },
    buildStart() {
      const link = join(publicDir, DATA);
      generation = publicDir && existsSync(link) ? realpathSync(link) : null;
    },
    writeBundle({ dir }) {
      if (publicDir && dir && existsSync(publicDir)) copyPublicDir(publicDir, dir, generation);
    },
  };
}
