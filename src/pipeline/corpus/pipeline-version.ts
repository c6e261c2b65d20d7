import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
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

function readOrNull(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/**
 * A hash of the analysis code itself, part of every cache key: editing any pipeline or domain module,
 * the lexicon or a library version invalidates cached analyses without anyone remembering to bump a number.
 * The files are read synchronously: a run computes this before its analysis can start, and a promise
 * per file (some 130 of them) made that 50 ms instead of 5.
 */
export async function computePipelineVersion(projectRoot = PROJECT_ROOT): Promise<string> {
  const hash = createHash("sha256");
  for (const dir of VERSIONED_DIRS) {
    const files = readdirSync(join(projectRoot, dir), { recursive: true, encoding: "utf8" })
      .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
      .sort();
    for (const file of files) hash.update(`${dir}/${file}`).update("\0").update(readFileSync(join(projectRoot, dir, file))).update("\0");
  }
  for (const file of VERSIONED_FILES) {
    const bytes = readOrNull(join(projectRoot, file));
    hash.update(file).update(bytes ? "\u0001" : "\u0000");
    if (bytes) hash.update(bytes).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}
