import type { Span } from "../../domain/schemas/ingest";

/** A quotation: `start`/`end` bound its words (marks and inner spaces excluded); `outer` includes the marks. */
export interface QuoteSpan extends Span {
  outer: Span;
}

type Mark = "guillemet" | "curly" | "straight" | "single-guillemet" | "single-curly";

const SPACE = /[\s\u00a0\u202f]/u;
const LETTER = /\p{L}/u;

/** " « » ‘ ’ “ ” ‹ ›, as UTF-16 units: every other character is skipped without looking at its neighbours. */
const QUOTE_MARKS = new Set([0x22, 0xab, 0xbb, 0x2018, 0x2019, 0x201c, 0x201d, 0x2039, 0x203a]);

/**
 * Finds top-level quotations in one paragraph: « », “ ”, "…", ‹ ›, ‘ ’. Nested quotes stay inside
 * their parent; ’ between letters is an apostrophe; an unclosed mark yields nothing.
 * A » opening a quote ("l' »époque") is a known typo: with no quote open, » before a letter opens one.
 */
export function findQuotesInParagraph(text: string, from: number, to: number): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  const stack: { mark: Mark; at: number }[] = [];
  const close = (at: number) => {
    const open = stack.pop();
    if (open && stack.length === 0) pushQuote(text, open.at, at, quotes);
  };
  for (let i = from; i < to; i++) {
    if (!QUOTE_MARKS.has(text.charCodeAt(i))) continue;
    const ch = text[i];
    const top = stack[stack.length - 1]?.mark;
    const before = text[i - 1] ?? " ";
    const after = text[i + 1] ?? " ";
    if (ch === "«") stack.push({ mark: "guillemet", at: i });
    else if (ch === "»" && top === "guillemet") close(i);
    else if (ch === "»" && stack.length === 0 && LETTER.test(after)) stack.push({ mark: "guillemet", at: i });
    else if (ch === "“") stack.push({ mark: "curly", at: i });
    else if (ch === "”" && top === "curly") close(i);
    else if (ch === '"' && top === "straight") close(i);
    else if (ch === '"') stack.push({ mark: "straight", at: i });
    else if (ch === "‹") stack.push({ mark: "single-guillemet", at: i });
    else if (ch === "›" && top === "single-guillemet") close(i);
    else if (ch === "‘" && !LETTER.test(before)) stack.push({ mark: "single-curly", at: i });
    else if (ch === "’" && top === "single-curly" && !(LETTER.test(before) && LETTER.test(after))) close(i);
  }
  return quotes;
}

function pushQuote(text: string, openAt: number, closeAt: number, quotes: QuoteSpan[]): void {
  let start = openAt + 1;
  let end = closeAt;
  while (start < end && SPACE.test(text[start] ?? "")) start++;
  while (end > start && SPACE.test(text[end - 1] ?? "")) end--;
  if (end > start) quotes.push({ start, end, outer: { start: openAt, end: closeAt + 1 } });
}

/** Quotations in every paragraph that is prose (not furniture, not a heading). */
export function findQuotes(text: string, paragraphs: readonly Span[]): QuoteSpan[] {
  return paragraphs.flatMap((p) => findQuotesInParagraph(text, p.start, p.end));
}
