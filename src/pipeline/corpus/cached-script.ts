import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parseTempName, stageFile } from "./atomic-write";
import { fileSystemChanged } from "./crash-point";
import { isOtherProcessRunning } from "./other-process";

export interface CachedScriptOptions {
  /** The folder of the cache: `node_modules/.cache/…`, where tools keep what they build from the code. */
  dir: string;
  /** The file's name before its version: `analysis-worker` → `analysis-worker.<version>.cjs`. */
  name: string;
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
export async function cachedScript({ dir, name, version, build }: CachedScriptOptions): Promise<string> {
  const file = `${name}.${await version()}.cjs`;
  const path = join(dir, file);
  try {
    return readFileSync(path, "utf8");
  } catch {
    // Not built yet for this version.
  }
  const script = await build();
  try {
    stageFile(path, script).commit();
    removeOthers(dir, name, file);
  } catch {
    // A read-only project: the next run builds the script again.
  }
  return script;
}
