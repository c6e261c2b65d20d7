import { randomBytes } from "node:crypto";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** Makes temporary names unique per process and module instance (each worker thread has its own); a counter does the rest. */
const TEMP_PREFIX = `${process.pid}.${randomBytes(4).toString("hex")}`;
let tempCount = 0;

/**
 * Writes through a temporary file in the same directory and a rename, so a reader (or a crash)
 * sees the old content or the new one, never half a file. The file calls are synchronous: a run
 * writes thousands of small files, and a promise per open, write, close and rename cost several
 * times the CPU of the calls themselves, on cores the analysis keeps busy.
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${TEMP_PREFIX}.${(tempCount += 1)}.tmp`);
  try {
    writeCreatingFolder(temp, content);
    renameSync(temp, path);
  } catch (error) {
    // The write's own error is the one to report, also when the temporary file never existed.
    try {
      rmSync(temp, { force: true });
    } catch {
      // Nothing to clean up, or nothing more to do about it.
    }
    throw error;
  }
}

/** The folder usually exists already: create it only when the write says it is missing (a run writes thousands of files). */
function writeCreatingFolder(path: string, content: string): void {
  try {
    writeFileSync(path, content, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content, "utf8");
  }
}

export interface JsonLayout {
  /** One line, for files only programs read (cache entries) or made of long number lists (the search index). */
  compact?: boolean;
}

/** JSON indented for a reviewer's eye, or compact; always ending with a newline. */
export function writeJsonAtomic(path: string, value: unknown, { compact = false }: JsonLayout = {}): Promise<void> {
  return writeFileAtomic(path, `${JSON.stringify(value, null, compact ? undefined : 2)}\n`);
}
