import { isReportingVerb } from "../language/reporting-verbs";
import type { TextDocument } from "../text/document";
import type { DatedQuote } from "./build-events";

/** A quoted term of one or two words with no one behind it is the journalist's wording ("une enveloppe « exceptionnelle »"). */
const MAX_TERM_WORDS = 2;
/** How far before a quotation mark its naming words may start ("self-proclaimed" is the longest). */
const NAMING_REACH_CHARS = 24;

const normalise = (text: string) => text.normalize("NFKC").toLowerCase().replace(/[’‘]/gu, "'").replace(/\s+/gu, " ").replace(/^[\s.,;:!?'-]+|[\s.,;:!?'-]+$/gu, "");

/**
 * The quotes worth listing: the same words quoted twice (a standfirst and the body, an echo of the
 * word just quoted) are one quote, kept where a speaker is given and, among those, where the text
 * dates the statement (the body rather than the standfirst), else the first; a short term in
 * quotation marks that no one is reported as saying, in a sentence without a reporting verb, is a
 * scare quote, not a statement, and so is a name that no one is reported as saying given after
 * "so-called" or « soi-disant », however long.
 */
export function keptQuotes(doc: TextDocument, quotes: readonly DatedQuote[]): DatedQuote[] {
  const byWords = new Map<string, DatedQuote[]>();
  for (const q of quotes) {
    const key = normalise(q.text);
    byWords.set(key, [...(byWords.get(key) ?? []), q]);
  }
  const kept = new Set(
    [...byWords.values()].map((same) => same.find((q) => q.speaker && q.statement.mention) ?? same.find((q) => q.speaker) ?? (same[0] as DatedQuote)),
  );
  return quotes.filter((q) => kept.has(q) && !isScareQuote(doc, q));
}

function isScareQuote(doc: TextDocument, q: DatedQuote): boolean {
  if (q.speaker) return false;
  const opening = doc.quotes.find((o) => o.start === q.start)?.outer.start ?? q.start;
  if (doc.pack.namingBeforeQuote.test(doc.text.slice(Math.max(q.report.start, opening - NAMING_REACH_CHARS), opening))) return true;
  if ((q.text.match(/[\p{L}\p{N}]+/gu) ?? []).length > MAX_TERM_WORDS) return false;
  const words = doc.text.slice(q.report.start, q.report.end).toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
  return !words.some((w) => isReportingVerb(doc.pack, w));
}
