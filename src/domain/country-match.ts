import { normalizeSearchText, searchWords } from "./search-text";

/** A country as the picker searches it: its code, the name shown, and every name to match in any language. */
export interface CountryEntry {
  code: string;
  name: string;
  names: readonly string[];
}

/** How well a name answers a query: 0 it begins with it, 1 each query word begins one of its words, else no match. */
function rank(query: string, words: readonly string[], name: string): number | null {
  const folded = normalizeSearchText(name);
  if (folded.startsWith(query)) return 0;
  const nameWords = searchWords(name);
  return words.every((w) => nameWords.some((n) => n.startsWith(w))) ? 1 : null;
}

/**
 * The countries whose names, in either language, answer what was typed (accents, case and apostrophes
 * forgiven): those whose name begins with it first, then those with each word beginning a word of the
 * name, each group in the order given; at most `limit`.
 */
export function matchCountries(entries: readonly CountryEntry[], typed: string, limit: number): CountryEntry[] {
  const query = normalizeSearchText(typed);
  const words = searchWords(typed);
  if (words.length === 0) return [];
  const ranked: { entry: CountryEntry; rank: number; order: number }[] = [];
  entries.forEach((entry, order) => {
    const ranks = entry.names.map((name) => rank(query, words, name)).filter((r) => r !== null);
    if (ranks.length > 0) ranked.push({ entry, rank: Math.min(...ranks), order });
  });
  return ranked
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, limit)
    .map((r) => r.entry);
}
