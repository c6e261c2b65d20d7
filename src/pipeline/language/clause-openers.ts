import type { LanguagePack } from "./language-pack";

const NONE: ReadonlySet<string> = new Set();

/**
 * Whether `text` has a word that opens a clause, other than those in `ignoring`: one of the pack's
 * openers (« qui », "that"), or an elided one before a word it is elided before (the « s' » of «
 * s'il », not of « s'exprimant »).
 */
export function hasClauseOpener(pack: LanguagePack, text: string, ignoring: ReadonlySet<string> = NONE): boolean {
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (ignoring.has(w)) continue;
    if (pack.clauseOpeners.has(w) || pack.elidedClauseOpeners.get(w)?.includes(words[i + 1] ?? "")) return true;
  }
  return false;
}

const FIRST_WORD = /\p{L}+/u;

/** Whether the first word of `text` is a relative pronoun (", who …", « , qui … »): it opens a relative clause. */
export function opensWithRelativePronoun(pack: LanguagePack, text: string): boolean {
  return pack.relativePronouns.has(FIRST_WORD.exec(text)?.[0].toLowerCase() ?? "");
}
