import type { LanguagePack } from "./language-pack";

/** Whether a written word is a title's ("Minister"), or a compound of title words ("Secretary-General", "Vice-Président"). */
export function isTitleWord(pack: LanguagePack, word: string): boolean {
  return pack.titleWords.has(word) || (word.includes("-") && word.split("-").every((part) => pack.titleWords.has(part)));
}
