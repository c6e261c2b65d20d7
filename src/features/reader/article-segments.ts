import type { Span } from "../../domain/schemas/ingest";

/** A run of the article text with one look. */
export interface Segment {
  start: number;
  end: number;
  /** Page furniture: dimmed. */
  furniture: boolean;
  /** The quote: highlighted. */
  highlight: boolean;
  /** The words naming the quote's speaker: underlined. */
  evidence: boolean;
  /** Link markup (`[`, `](#)`): not shown. */
  hidden: boolean;
  /** The index of the quote span (of `quotes`) the run lies in, or -1: each quote is isolated for bidirectional layout. */
  quote: number;
}

export interface ArticleLayers {
  furniture: readonly Span[];
  highlight: Span | null;
  evidence?: Span | null;
  hidden?: readonly Span[];
  quotes?: readonly Span[];
}

const covers = (span: Span, start: number, end: number) => span.start <= start && end <= span.end;

/**
 * Cuts `[0, length)` at every span edge so each run is wholly inside or outside each span, then joins
 * neighbours that look alike and lie in the same quote. Spans reaching past the text are clipped to it.
 */
export function splitArticle(length: number, layers: ArticleLayers): Segment[] {
  const { furniture, highlight, evidence = null, hidden = [], quotes = [] } = layers;
  const spans = [...furniture, ...hidden, ...quotes, ...(highlight ? [highlight] : []), ...(evidence ? [evidence] : [])];
  const clip = (n: number) => Math.min(Math.max(n, 0), length);
  const cuts = [...new Set([0, length, ...spans.flatMap((s) => [clip(s.start), clip(s.end)])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    const look = {
      furniture: furniture.some((s) => covers(s, start, end)),
      highlight: highlight !== null && covers(highlight, start, end),
      evidence: evidence !== null && covers(evidence, start, end),
      hidden: hidden.some((s) => covers(s, start, end)),
      quote: quotes.findIndex((s) => covers(s, start, end)),
    };
    const last = segments.at(-1);
    const alike =
      last && last.furniture === look.furniture && last.highlight === look.highlight && last.evidence === look.evidence && last.hidden === look.hidden && last.quote === look.quote;
    if (last && alike) last.end = end;
    else segments.push({ start, end, ...look });
  }
  return segments;
}
