import { CorpusError } from "./corpus-error";
import { readRegularFileSync } from "./regular-file";

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

/** Reads an article file, refusing an oversized one from its size alone (a 20 MB file is never read). */
export function readArticleTextSync(path: string, fileName = path): string {
  return decodeArticleText(readRegularFileSync(path, fileName, MAX_ARTICLE_BYTES), fileName);
}

export async function readArticleText(path: string, fileName = path): Promise<string> {
  return readArticleTextSync(path, fileName);
}
