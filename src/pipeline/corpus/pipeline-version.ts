import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The project's root, from this file's own location, so the version does not depend on the working directory. */
const PROJECT_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
/** What analysis depends on: the pipeline and the shared domain code (tests excluded). */
const VERSIONED_DIRS = ["src/pipeline", "src/domain"];
/**
 * …and the data and libraries it is built with: the lexicon the pipeline imports (names, roles,
 * institutions), and the lockfile, which pins chrono-node, the country-name libraries and the bundler.
 */
const VERSIONED_FILES = ["data/lexicon.json", "package-lock.json"];

async function readOrNull(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/**
 * A hash of the analysis code itself, part of every cache key: editing any pipeline or domain module,
 * the lexicon or a library version invalidates cached analyses without anyone remembering to bump a number.
 */
export async function computePipelineVersion(projectRoot = PROJECT_ROOT): Promise<string> {
  const hash = createHash("sha256");
  for (const dir of VERSIONED_DIRS) {
    const files = (await readdir(join(projectRoot, dir), { recursive: true }))
      .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
      .sort();
    for (const file of files) hash.update(`${dir}/${file}`).update("\0").update(await readFile(join(projectRoot, dir, file))).update("\0");
  }
  for (const file of VERSIONED_FILES) {
    const bytes = await readOrNull(join(projectRoot, file));
    hash.update(file).update(bytes ? "\u0001" : "\u0000");
    if (bytes) hash.update(bytes).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}
