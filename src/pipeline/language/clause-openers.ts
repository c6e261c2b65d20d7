import type { LanguagePack } from "./language-pack";

/**
 * The words of `text` that open a clause, lower-cased: the pack's openers (« qui », "that"), and an
 * elided one only before the words it is elided before (the « s' » of « s'il », not of « s'exprimant »).
 */
export function clauseOpenersIn(pack: LanguagePack, text: string): string[] {
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  return words.filter((w, i) => pack.clauseOpeners.has(w) || (pack.elidedClauseOpeners[w]?.includes(words[i + 1] ?? "") ?? false));
}
