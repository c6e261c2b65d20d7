import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import { CorpusError } from "./corpus-error";
import { describeFsError } from "./json-file";

/** Largest article accepted, in bytes: a news page is tens of kilobytes; anything near this is not one. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/**
 * Decodes an article's bytes as strict UTF-8 text. A NUL byte means binary (valid UTF-8 would
 * accept it); blank text is refused because there is nothing to analyse.
 */
export function decodeArticleText(bytes: Uint8Array, fileName: string): string {
  if (bytes.length === 0) throw new CorpusError(fileName, "empty file");
  if (bytes.includes(0)) throw new CorpusError(fileName, "binary file, expected UTF-8 text");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new CorpusError(fileName, "not valid UTF-8 text");
  }
  if (text.trim() === "") throw new CorpusError(fileName, "empty file (only white space)");
  return text;
}

/**
 * Reads an article file, refusing an oversized one from its size alone (a 20 MB file is never read).
 * Synchronous: a corpus is thousands of small files, and a promise per open, stat, read and close
 * cost the run several times the reading itself.
 */
export function readArticleTextSync(path: string, fileName = path): string {
  let fd;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    throw new CorpusError(fileName, describeFsError(error));
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new CorpusError(fileName, "not a regular file");
    if (stats.size > MAX_ARTICLE_BYTES) {
      throw new CorpusError(fileName, `too large (${stats.size} bytes, limit ${MAX_ARTICLE_BYTES})`);
    }
    return decodeArticleText(readFileSync(fd), fileName);
  } catch (error) {
    throw error instanceof CorpusError ? error : new CorpusError(fileName, describeFsError(error));
  } finally {
    closeSync(fd);
  }
}

export async function readArticleText(path: string, fileName = path): Promise<string> {
  return readArticleTextSync(path, fileName);
}
