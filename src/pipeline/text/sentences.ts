import type { Span } from "../../domain/schemas/ingest";
import { isInside } from "./spans";

const SENTENCE_END = /[.!?…]/u;
const NEXT_SENTENCE_START = /[\p{Lu}«“"‹‘]/u;
/** Initials and short titles end with a full stop that does not end a sentence ("M. Macron", "J. Biden"). */
const ABBREVIATION = /(^|[\s(])(\p{Lu}|M|Mme|Dr|St|Jr|Mr|Mrs|Ms)$/u;

/**
 * Splits a paragraph into sentences at a final mark followed by a capital, never inside a quote:
 * a quote ending with its own full stop ends the sentence at its closing mark. `quotes` are outer spans.
 */
export function splitSentences(text: string, paragraph: Span, quotes: readonly Span[]): Span[] {
  const sentences: Span[] = [];
  // Looked up at every character: the first quote starting there, as `quotes.find` would give.
  const quoteAt = new Map<number, Span>();
  for (const q of quotes) if (!quoteAt.has(q.start)) quoteAt.set(q.start, q);
  let start = skipSpaces(text, paragraph.start, paragraph.end);
  let i = start;
  while (i < paragraph.end) {
    const quote = quoteAt.get(i);
    const boundary = quote ? quoteBoundary(text, quote) : textBoundary(text, i, quotes);
    if (quote) i = quote.end;
    else i++;
    if (boundary !== null && boundary > start && startsSentence(text, boundary, paragraph.end)) {
      sentences.push({ start, end: boundary });
      start = skipSpaces(text, boundary, paragraph.end);
      i = start;
    }
  }
  if (start < paragraph.end) sentences.push({ start, end: trimEnd(text, start, paragraph.end) });
  return sentences;
}

/** `quote` includes its marks: the sentence ends after the closing mark when the quote ends with a full stop. */
function quoteBoundary(text: string, quote: Span): number | null {
  const inner = text.slice(quote.start + 1, quote.end - 1).trimEnd();
  return SENTENCE_END.test(inner.slice(-1)) ? quote.end : null;
}

/** . ! ? …, compared as UTF-16 units: tested at every character of every paragraph. */
const isSentenceEnd = (unit: number) => unit === 0x2e || unit === 0x21 || unit === 0x3f || unit === 0x2026;

function textBoundary(text: string, i: number, quotes: readonly Span[]): number | null {
  if (!isSentenceEnd(text.charCodeAt(i)) || isInside(i, quotes)) return null;
  if (text[i] === "." && ABBREVIATION.test(text.slice(Math.max(0, i - 4), i))) return null;
  return i + 1;
}

function startsSentence(text: string, at: number, end: number): boolean {
  if (!/\s/u.test(text[at] ?? "")) return false;
  const next = skipSpaces(text, at, end);
  return next < end && NEXT_SENTENCE_START.test(text[next] ?? "");
}

function skipSpaces(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && /\s/u.test(text[i] ?? "")) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/u.test(text[e - 1] ?? "")) e--;
  return e;
}
