import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Writes through a temporary file in the same directory and a rename, so a reader (or a crash)
 * sees the old content or the new one, never half a file.
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeCreatingFolder(temp, content);
    await rename(temp, path);
  } catch (error) {
    // The write's own error is the one to report, also when the temporary file never existed.
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** The folder usually exists already: create it only when the write says it is missing (a run writes thousands of files). */
async function writeCreatingFolder(path: string, content: string): Promise<void> {
  try {
    await writeFile(path, content, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content, "utf8");
  }
}

export function writeJsonAtomic(path: string, value: unknown): Promise<void> {
  return writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}
