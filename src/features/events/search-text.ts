/**
 * Search that forgives accents, case and typography, so "geographie est tetue" finds
 * "la géographie est têtue" and "qu'on" finds "qu’on", in French as in English.
 */

/** Letters NFD does not decompose, spelled out as a reader would type them. */
const LIGATURES: Readonly<Record<string, string>> = { œ: "oe", æ: "ae", ß: "ss" };
const APOSTROPHES = /[’‘ʼ`´]/g;
const DOUBLE_QUOTES = /[«»“”„]/g;

export function normalizeSearchText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[œæß]/g, (c) => LIGATURES[c] ?? c)
    .replace(APOSTROPHES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(/\s+/g, " ")
    .trim();
}

/** The words of a query, normalized; an empty query has none and matches everything. */
export function queryTerms(query: string): string[] {
  const normalized = normalizeSearchText(query);
  return normalized ? normalized.split(" ") : [];
}

/** Every term must occur in the (already normalized) text, in any order. */
export function matchesTerms(normalizedText: string, terms: readonly string[]): boolean {
  return terms.every((term) => normalizedText.includes(term));
}
