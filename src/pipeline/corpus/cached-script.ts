import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parseTempName, stageFile } from "./atomic-write";
import { fileSystemChanged } from "./crash-point";
import { isOtherProcessRunning } from "./other-process";

export interface CachedScriptOptions {
  /** The folder of the cache: `node_modules/.cache/…`, where tools keep what they build from the code. */
  dir: string;
  /** The file's name before its version: `analysis-worker` → `analysis-worker.<version>.cjs`. */
  name: string;
  /** `cjs` unless said: an ES module that is imported from its file is `mjs`. */
  extension?: "cjs" | "mjs";
  /** A hash of everything the script is built from. */
  version: () => Promise<string>;
  build: () => Promise<string>;
}

/** Removes the other versions of the script, and the temporary files of killed runs. */
function removeOthers(dir: string, name: string, keep: string): void {
  for (const file of readdirSync(dir)) {
    const temp = parseTempName(file);
    const target = temp ? temp.target : file;
    if (file === keep || !target.startsWith(`${name}.`) || (temp && isOtherProcessRunning(temp.pid))) continue;
    rmSync(join(dir, file), { force: true });
    fileSystemChanged("remove", join(dir, file));
  }
}

/**
 * A script built from the code (a bundle), built once per version and kept: the next run reads it
 * instead of building it again. Written atomically; a cache that cannot be read or written only costs
 * the build.
 */
export async function cachedScript(options: CachedScriptOptions): Promise<string> {
  const { path, built } = await keptScript(options);
  if (built !== null) return built;
  try {
    return readFileSync(path, "utf8");
  } catch {
    return options.build();
  }
}

/** The path of the script, built and kept first when this version is not there yet: for a module imported from its file. */
export async function cachedScriptPath(options: CachedScriptOptions): Promise<string> {
  return (await keptScript(options)).path;
}

/** Where this version of the script is kept, and its text when it was built now. */
async function keptScript({ dir, name, extension = "cjs", version, build }: CachedScriptOptions): Promise<{ path: string; built: string | null }> {
  const file = `${name}.${await version()}.${extension}`;
  const path = join(dir, file);
  if (existsSync(path)) return { path, built: null };
  const script = await build();
  try {
    stageFile(path, script).commit();
    removeOthers(dir, name, file);
  } catch {
    // A read-only project: the next run builds the script again.
  }
  return { path, built: script };
}
