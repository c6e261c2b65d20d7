import { relative } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The project a script in scripts/ belongs to, relative to the working directory (`.` under npm), so
 * that every message names files as a reader would type them, never by a path of this machine.
 */
export function projectRoot(scriptUrl: string): string {
  return relative(process.cwd(), fileURLToPath(new URL("..", scriptUrl))) || ".";
}
