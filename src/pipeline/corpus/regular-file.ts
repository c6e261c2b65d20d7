import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats, statSync } from "node:fs";
import { CorpusError, describeFsError } from "./corpus-error";

/**
 * Opening never waits: a named pipe swapped in after the check below would otherwise block the open
 * until something writes to it (a run that hangs forever, saying nothing).
 */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;

function checkRegular(stats: Stats, fileName: string, maxBytes: number): void {
  if (!stats.isFile()) throw new CorpusError(fileName, "not a regular file");
  if (stats.size > maxBytes) throw new CorpusError(fileName, `too large (${stats.size} bytes, limit ${maxBytes})`);
}

/**
 * The bytes of a regular file no larger than `maxBytes`. A named pipe, a device, a socket or a folder
 * is refused from its metadata before it is opened, and checked again once open, so that neither a
 * pipe (which would hang) nor a device (which never ends) is ever read. Synchronous: a corpus is
 * thousands of small files, and a promise per open, stat, read and close cost several times the reading.
 */
export function readRegularFileSync(path: string, fileName: string, maxBytes: number): Buffer {
  let fd;
  try {
    checkRegular(statSync(path), fileName, maxBytes);
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    throw error instanceof CorpusError ? error : new CorpusError(fileName, describeFsError(error));
  }
  try {
    checkRegular(fstatSync(fd), fileName, maxBytes);
    return readFileSync(fd);
  } catch (error) {
    throw error instanceof CorpusError ? error : new CorpusError(fileName, describeFsError(error));
  } finally {
    closeSync(fd);
  }
}
