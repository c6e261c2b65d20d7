import type { Span } from "../../domain/schemas/ingest";

/**
 * Where the quote sits in the article text: its recorded span when the text there is the quote, else
 * its first occurrence (a regenerated article whose offsets moved), else nowhere.
 */
export function locateQuote(text: string, quote: { text: string; start: number; end: number }): Span | null {
  if (text.slice(quote.start, quote.end) === quote.text) return { start: quote.start, end: quote.end };
  const at = text.indexOf(quote.text);
  return at >= 0 ? { start: at, end: at + quote.text.length } : null;
}
