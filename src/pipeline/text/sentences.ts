import type { Language, Span } from "../../domain/schemas/ingest";
import type { LanguagePack } from "../language/language-pack";
import { isInside } from "./spans";

/**
 * A full stop after these does not end a sentence: initials ("J.", "U.S.") and short titles
 * ("M. Macron", "Mr. Biden"). `Intl.Segmenter` ends a sentence after each of them.
 */
const abbreviations = new WeakMap<LanguagePack, RegExp>();

function abbreviationOf(pack: LanguagePack): RegExp {
  let pattern = abbreviations.get(pack);
  if (!pattern) abbreviations.set(pack, (pattern = new RegExp(`(?:^|[\\s([«“"])(?:\\p{Lu}|(?:\\p{Lu}\\.)+\\p{Lu}|${pack.abbreviations.join("|")})\\.$`, "u")));
  return pattern;
}
const SPACE = /\s/u;

const segmenters = new Map<Language, Intl.Segmenter>();

function segmenterFor(language: Language): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) segmenters.set(language, (segmenter = new Intl.Segmenter(language, { granularity: "sentence" })));
  return segmenter;
}

/**
 * Splits a paragraph into sentences with the language's Unicode sentence rules, then undoes the
 * breaks those rules get wrong here: after an abbreviation or an initial, and inside a quotation (a
 * quote of several sentences is one sentence of the text that reports it). `quotes` are outer spans.
 */
export function splitSentences(text: string, paragraph: Span, quotes: readonly Span[], pack: LanguagePack): Span[] {
  const { language } = pack;
  const abbreviation = abbreviationOf(pack);
  const slice = text.slice(paragraph.start, paragraph.end);
  const sentences: Span[] = [];
  let start = -1;
  // A quote ending with its own full stop ends the sentence at its closing mark, which the rules put
  // at the start of the next segment when a space stands before it (« … pas. » C'est …).
  let resumeAt = paragraph.start;
  for (const { index, segment } of segmenterFor(language).segment(slice)) {
    const segStart = Math.max(paragraph.start + index, resumeAt);
    const segEnd = paragraph.start + index + segment.length;
    if (segStart >= segEnd) continue;
    if (start < 0) start = segStart;
    let end = trimEnd(text, segStart, segEnd);
    const closing = quoteClosedAfter(text, end, quotes);
    if (closing !== null) {
      end = closing;
      resumeAt = closing;
    }
    if (end > start && (closing !== null || !continues(text, start, end, paragraph.end, quotes, abbreviation))) {
      sentences.push({ start: skipSpaces(text, start, end), end });
      start = -1;
    }
  }
  if (start >= 0) {
    const end = trimEnd(text, start, paragraph.end);
    if (end > start) sentences.push({ start: skipSpaces(text, start, end), end });
  }
  return sentences;
}

/** The end of the quote closing right after `end` when the quote's words end a sentence there ("… pas. »"), else null. */
function quoteClosedAfter(text: string, end: number, quotes: readonly Span[]): number | null {
  const quote = quotes.find((q) => q.start < end && end < q.end);
  if (!quote || !/[.!?…]$/u.test(text.slice(quote.start, end))) return null;
  return text.slice(end, quote.end - 1).trim() === "" ? quote.end : null;
}

/** Whether the sentence that seems to end at `end` goes on: the break is inside a quote, after an abbreviation, or before lower case. */
function continues(text: string, start: number, end: number, limit: number, quotes: readonly Span[], abbreviation: RegExp): boolean {
  if (end >= limit) return false;
  if (isInside(end, quotes) && !quotes.some((q) => q.start === end)) return true;
  if (abbreviation.test(text.slice(Math.max(start, end - 12), end))) return true;
  const next = skipSpaces(text, end, limit);
  return next < limit && /\p{Ll}/u.test(text[next] ?? "");
}

function skipSpaces(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && SPACE.test(text[i] ?? "")) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && SPACE.test(text[e - 1] ?? "")) e--;
  return e;
}
