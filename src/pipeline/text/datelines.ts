import { flatMapped } from "../../domain/flat-mapped";
import type { Span } from "../../domain/schemas/ingest";
import type { LanguagePack } from "../language/language-pack";

/** A dateline ends at a dash or a colon this early in its paragraph ("BEIJING (Xinhua) April 6 — "). */
const MAX_DATELINE_CHARS = 90;
const MAX_DATELINE_WORDS = 10;
/** Paragraphs that may open with a dateline: the first few of the body. */
const DATELINE_PARAGRAPHS = 3;
const SEPARATOR = /\s[—–-]\s|\s?:\s/u;
/** Agencies and countries in brackets or parentheses: "(AFP)", "[Hungary]". */
const BRACKETED = /\([^)\n]*\)|\[[^\]\n]*\]/gu;

/**
 * The place, date and agency that open a news story ("Budapest [Hungary], February 18 (ANI): ",
 * "WASHINGTON (States Newsroom) — ", "SAN DIEGO — "): furniture of the wire, not part of a sentence
 * about anyone. Only capitalised words, numbers and month names before the dash or colon, with a
 * capitalised place, an agency, a country in brackets or a date to show it is one.
 */
export function findDatelines(text: string, paragraphs: readonly Span[], pack: LanguagePack): Span[] {
  const months = new Set(pack.months.flat().map((m) => m.toLowerCase()));
  return flatMapped(paragraphs.slice(0, DATELINE_PARAGRAPHS), (p): Span[] => {
    const head = text.slice(p.start, Math.min(p.end, p.start + MAX_DATELINE_CHARS));
    const separator = SEPARATOR.exec(head);
    if (!separator || separator.index === 0) return [];
    const prefix = head.slice(0, separator.index);
    const plain = prefix.replace(BRACKETED, " ");
    const words = plain.match(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu) ?? [];
    if (words.length === 0 || words.length > MAX_DATELINE_WORDS || !/^\p{Lu}/u.test(prefix)) return [];
    const fits = words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || months.has(w.toLowerCase()));
    const marked = BRACKETED.test(prefix) || /\p{Lu}{3,}/u.test(prefix) || /\d/u.test(prefix);
    BRACKETED.lastIndex = 0;
    return fits && marked ? [{ start: p.start, end: p.start + separator.index + separator[0].length }] : [];
  });
}
