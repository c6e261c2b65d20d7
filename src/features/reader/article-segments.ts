import type { Span } from "../../domain/schemas/ingest";

/** A run of the article text with one look: plain, page furniture (dimmed), the quote (highlighted), or both. */
export interface Segment {
  start: number;
  end: number;
  furniture: boolean;
  highlight: boolean;
  /** The index of the quote span (of `quotes`) the run lies in, or -1: each quote is isolated for bidirectional layout. */
  quote: number;
}

const covers = (span: Span, start: number, end: number) => span.start <= start && end <= span.end;

/**
 * Cuts `[0, length)` at every span edge so each run is wholly inside or outside each span, then joins
 * neighbours that look alike and lie in the same quote. Spans reaching past the text are clipped to it.
 */
export function splitArticle(length: number, furniture: readonly Span[], highlight: Span | null, quotes: readonly Span[] = []): Segment[] {
  const spans = [...furniture, ...quotes, ...(highlight ? [highlight] : [])];
  const clip = (n: number) => Math.min(Math.max(n, 0), length);
  const cuts = [...new Set([0, length, ...spans.flatMap((s) => [clip(s.start), clip(s.end)])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    const look = {
      furniture: furniture.some((s) => covers(s, start, end)),
      highlight: highlight !== null && covers(highlight, start, end),
      quote: quotes.findIndex((s) => covers(s, start, end)),
    };
    const last = segments.at(-1);
    if (last && last.furniture === look.furniture && last.highlight === look.highlight && last.quote === look.quote) last.end = end;
    else segments.push({ start, end, ...look });
  }
  return segments;
}
