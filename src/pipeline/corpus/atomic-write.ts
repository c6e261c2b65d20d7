import { randomBytes } from "node:crypto";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileSystemChanged } from "./crash-point";

/** Makes temporary names unique per process and module instance (each worker thread has its own); a counter does the rest. */
const TEMP_TAG = randomBytes(4).toString("hex");
let tempCount = 0;

/** `.<file name>.<pid>.<8 hex>.<n>.tmp`: hidden, and naming the process that writes it, so a later run can tell a crashed run's leftovers from a running one's. */
const TEMP_NAME = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.\d+\.tmp$/;

export interface TempName {
  /** The name of the file the temporary file was to become. */
  target: string;
  /** The process that wrote it. */
  pid: number;
}

/** What a temporary file of `writeFileAtomic` says about itself, or null for any other name. */
export function parseTempName(name: string): TempName | null {
  const match = TEMP_NAME.exec(name);
  return match ? { target: match[1] as string, pid: Number(match[2]) } : null;
}

/** A file written under a temporary name beside its final path, not yet visible there. */
export interface StagedFile {
  /** Gives the file its final name in one rename: readers see the old content or the new, never half. */
  commit(): void;
  /** Removes the temporary file; for when the write will not be committed. */
  discard(): void;
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Nothing to clean up, or nothing more to do about it: a later run removes what is left.
  }
}

/**
 * Writes `content` to a temporary file in the same directory as `path`, creating the directory when
 * needed. The file calls are synchronous: a run writes thousands of small files, and a promise per
 * open, write, close and rename cost several times the CPU of the calls themselves, on cores the
 * analysis keeps busy.
 */
export function stageFile(path: string, content: string): StagedFile {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${TEMP_TAG}.${(tempCount += 1)}.tmp`);
  try {
    writeFileCreatingFolder(temp, content);
  } catch (error) {
    // The write's own error is the one to report, also when the temporary file never existed.
    removeQuietly(temp);
    throw error;
  }
  fileSystemChanged("write", temp);
  return {
    commit() {
      try {
        renameSync(temp, path);
      } catch (error) {
        removeQuietly(temp);
        throw error;
      }
      fileSystemChanged("rename", path);
    },
    discard() {
      removeQuietly(temp);
      fileSystemChanged("remove", temp);
    },
  };
}

/** Writes through a temporary file and a rename, so a reader (or a crash) sees the old content or the new one, never half a file. */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  stageFile(path, content).commit();
}

/**
 * Writes `content` to `path` in place, creating its folder when the write says it is missing (it
 * usually exists already, and a run writes thousands of files). Not atomic: for a file nothing reads
 * before the run that writes it is over, else see `stageFile`.
 */
export function writeFileCreatingFolder(path: string, content: string): void {
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
export function jsonText(value: unknown, { compact = false }: JsonLayout = {}): string {
  return `${JSON.stringify(value, null, compact ? undefined : 2)}\n`;
}

export function writeJsonAtomic(path: string, value: unknown, layout: JsonLayout = {}): Promise<void> {
  return writeFileAtomic(path, jsonText(value, layout));
}
