import type { LanguagePack } from "./language-pack";

const capitalised = (part: string) => part.charAt(0).toUpperCase() + part.slice(1);

/**
 * Whether a written word is a title's ("Minister"), or a compound of title words ("Secretary-General",
 * "Vice-Président") with perhaps an affix ("Ex-president", "Then-Chancellor", "President-elect").
 */
export function isTitleWord(pack: LanguagePack, word: string): boolean {
  if (pack.titleWords.has(word)) return true;
  if (!word.includes("-")) return false;
  const parts = word.split("-");
  const isTitle = (part: string) => pack.titleWords.has(capitalised(part));
  return parts.some(isTitle) && parts.every((part) => isTitle(part) || pack.titleAffixes.has(part.toLowerCase()));
}
