import { flatMapped } from "../../domain/flat-mapped";
import type { Language, Span } from "../../domain/schemas/ingest";
import type { LanguagePack } from "../language/language-pack";
import { packFor } from "../language/packs";
import { findQuotes, type QuoteSpan } from "../quotes/find-quotes";
import { boilerplateSpans } from "./boilerplate";
import { findDatelines } from "./datelines";
import { findHeadings } from "./headings";
import { splitLines, trimmedSpan } from "./lines";
import { splitSentences } from "./sentences";
import { contains, isInside } from "./spans";

export interface Sentence extends Span {
  /** Index in `paragraphs` (body) or -1 for a heading. */
  paragraph: number;
}

/**
 * An article's text cut once into what every rule reads: furniture, headings, body paragraphs, the
 * quotations (one detector) and the sentences (one splitter). Offsets index `text`.
 */
export interface TextDocument {
  text: string;
  language: Language;
  pack: LanguagePack;
  boilerplate: Span[];
  headings: Span[];
  /** Body paragraphs: lines that are neither furniture nor headings. */
  paragraphs: Span[];
  /** The place, date and agency opening a wire story ("SAN DIEGO — "). */
  datelines: Span[];
  /** Quotations in the body, in text order. */
  quotes: QuoteSpan[];
  /** Headings, then body sentences, in text order. */
  sentences: Sentence[];
  /** For each character, the index in `quotes` of the quotation whose marks hold it, or -1. */
  quoteAt: Int32Array;
}

export function buildDocument(text: string, language: Language): TextDocument {
  const pack = packFor(language);
  const boilerplate = boilerplateSpans(text);
  const headings = findHeadings(text, boilerplate);
  const paragraphs = splitLines(text)
    .map(trimmedSpan)
    .filter((s): s is Span => s !== null && !boilerplate.some((b) => contains(b, s)) && !headings.some((h) => h.start === s.start));
  const quotes = findQuotes(text, paragraphs).filter((q) => !isInside(q.outer.start, boilerplate));
  const outer = quotes.map((q) => q.outer);
  const sentences: Sentence[] = [
    ...headings.map((h) => ({ start: h.start, end: h.end, paragraph: -1 })),
    ...flatMapped(paragraphs, (p, i) => splitSentences(text, p, outer, pack).map((s) => ({ start: s.start, end: s.end, paragraph: i }))),
  ].sort((a, b) => a.start - b.start);
  const datelines = findDatelines(text, paragraphs, pack);
  const quoteAt = new Int32Array(text.length + 1).fill(-1);
  quotes.forEach((q, i) => quoteAt.fill(i, q.outer.start, q.outer.end));
  return { text, language, pack, boilerplate, headings, paragraphs, datelines, quotes, sentences, quoteAt };
}

/** The sentence holding `position`, or null outside the prose (furniture, blank lines). Binary search. */
export function sentenceAt(doc: TextDocument, position: number): Sentence | null {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid] as Sentence;
    if (position < s.start) hi = mid - 1;
    else if (position >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

/** The sentence around a span, or its line when the span is outside the prose (a caption, a dateline). */
export function sentenceAround(doc: TextDocument, span: Span): Span {
  const sentence = sentenceAt(doc, span.start);
  if (sentence && sentence.end >= span.end) return sentence;
  const start = doc.text.lastIndexOf("\n", span.start - 1) + 1;
  const newline = doc.text.indexOf("\n", span.end);
  return { start, end: newline < 0 ? doc.text.length : newline };
}

/** Whether `span` lies inside a quotation's marks (an array lookup: rules ask this of every word they weigh). */
export function isQuoted(doc: TextDocument, span: Span): boolean {
  const i = doc.quoteAt[span.start] ?? -1;
  const q = doc.quotes[i];
  return q !== undefined && q.outer.start < span.start && span.end <= q.outer.end;
}

/** Whether `position` lies within a quotation, its marks included. */
export function inQuotation(doc: TextDocument, position: number): boolean {
  return (doc.quoteAt[position] ?? -1) >= 0;
}
