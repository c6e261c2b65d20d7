import type { Span } from "../../domain/schemas/ingest";

const SENTENCE_END = /[.!?;\n]/;

/** The sentence around [start, end): from after the previous sentence end to the next one (exclusive). */
export function sentenceAround(text: string, start: number, end: number): Span {
  let s = start;
  while (s > 0 && !SENTENCE_END.test(text[s - 1] ?? "")) s--;
  let e = end;
  while (e < text.length && !SENTENCE_END.test(text[e] ?? "")) e++;
  return { start: s, end: e };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

const QUOTE_PAIRS: readonly (readonly [string, string])[] = [
  ["«", "»"],
  ["“", "”"],
  ['"', '"'],
  ["‹", "›"],
];
/** Quotes longer than this are more likely unbalanced marks than one quotation. */
const MAX_QUOTE_CHARS = 1500;

/**
 * Spans of quoted speech. Relative words inside them ("aujourd'hui", "lundi") are relative to when the
 * speaker spoke, not to the article's publication, so the date rules leave them alone.
 */
export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const [open, close] of QUOTE_PAIRS) {
    let from = 0;
    for (;;) {
      const s = text.indexOf(open, from);
      if (s < 0) break;
      const e = text.indexOf(close, s + 1);
      if (e < 0) break;
      if (e - s <= MAX_QUOTE_CHARS && !text.slice(s, e).includes("\n")) spans.push({ start: s, end: e + 1 });
      from = e + 1;
    }
  }
  return spans;
}
