import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, extname, join, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";
import { cachedScriptPath } from "../src/pipeline/corpus/cached-script";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** Beside the workers' bundle (src/pipeline/corpus/analysis-workers.ts), as the other tools keep what they build. */
const CACHE_DIR = join(ROOT, "node_modules", ".cache", "alliance-atlas");
/** What a bundle is built from: the code, the lexicon it embeds, the libraries' versions. */
const SOURCE_DIRS = ["src", "scripts"];
const SOURCE_FILES = ["data/lexicon.json", "package-lock.json"];

/** A hash of everything the bundles are built from, and of where (a module's own address is written into it). */
function sourceVersion(): string {
  const hash = createHash("sha256").update(ROOT).update("\0");
  for (const dir of SOURCE_DIRS) {
    const files = readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })
      .filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))
      .sort();
    for (const file of files) hash.update(`${dir}/${file}`).update("\0").update(readFileSync(join(ROOT, dir, file))).update("\0");
  }
  for (const file of SOURCE_FILES) hash.update(file).update("\0").update(existsSync(join(ROOT, file)) ? readFileSync(join(ROOT, file)) : "").update("\0");
  return hash.digest("hex").slice(0, 16);
}

/**
 * Each module of the project keeps its own `import.meta.url` (the paths it finds files by), written
 * in as the address of its source file, as tsx runs it.
 */
const ownImportMetaUrl: Plugin = {
  name: "own-import-meta-url",
  setup(bundle) {
    bundle.onLoad({ filter: /\.tsx?$/ }, async ({ path }) => {
      if (path.includes(`${sep}node_modules${sep}`)) return undefined;
      const source = await readFile(path, "utf8");
      return { contents: source.replaceAll("import.meta.url", JSON.stringify(pathToFileURL(path).href)), loader: extname(path) === ".tsx" ? "tsx" : "ts" };
    });
  },
};

async function bundle(entry: string): Promise<string> {
  const { outputFiles } = await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    write: false,
    logLevel: "silent",
    // The workers' bundler is loaded when it is needed, as under tsx.
    external: ["esbuild"],
    // For the libraries written as CommonJS modules, which ask for Node's modules with require.
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
    plugins: [ownImportMetaUrl],
  });
  const [script] = outputFiles ?? [];
  if (!script) throw new Error(`esbuild produced no bundle of ${entry}`);
  return script.text;
}

/**
 * The module at `entry` (a script of this project) and all it imports, the libraries included,
 * bundled by esbuild as one module, then imported. The commands that run the pipeline over a corpus
 * load it so: V8 runs the pipeline bundled, as the analysis workers do, about a sixth faster than
 * module by module through tsx (2.98 s of CPU against 3.52 s for 1,000 articles on one thread). The
 * bundle is built once per version of the code and kept in `node_modules/.cache/alliance-atlas/`, as
 * the workers' bundle is (`cachedScript`).
 */
export async function importBundled<T>(entry: URL): Promise<T> {
  const source = fileURLToPath(entry);
  const name = basename(source, extname(source));
  const path = await cachedScriptPath({ dir: CACHE_DIR, name, extension: "mjs", version: async () => sourceVersion(), build: () => bundle(source) });
  return (await import(pathToFileURL(path).href)) as T;
}
