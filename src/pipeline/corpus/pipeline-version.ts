import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** `src/`, from this file's own location, so the version does not depend on the working directory. */
const SOURCE_ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** What analysis depends on: the pipeline and the shared domain code (tests excluded). */
const VERSIONED_DIRS = ["pipeline", "domain"];

/**
 * A hash of the analysis code itself, part of every cache key: editing any pipeline or domain module
 * invalidates cached analyses without anyone remembering to bump a number.
 */
export async function computePipelineVersion(sourceRoot = SOURCE_ROOT): Promise<string> {
  const hash = createHash("sha256");
  for (const dir of VERSIONED_DIRS) {
    const files = (await readdir(join(sourceRoot, dir), { recursive: true }))
      .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
      .sort();
    for (const file of files) {
      const path = join(sourceRoot, dir, file);
      hash.update(relative(sourceRoot, path)).update("\0").update(await readFile(path)).update("\0");
    }
  }
  return hash.digest("hex").slice(0, 16);
}
