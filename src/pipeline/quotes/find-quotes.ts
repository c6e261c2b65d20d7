import { flatMapped } from "../../domain/flat-mapped";
import type { Span } from "../../domain/schemas/ingest";

/** A quotation: `start`/`end` bound its words (marks and inner spaces excluded); `outer` includes the marks. */
export interface QuoteSpan extends Span {
  outer: Span;
}

type Mark = "guillemet" | "curly" | "straight" | "single-guillemet" | "single-curly" | "single-straight";

const SPACE = /[\s\u00a0\u202f]/u;
const LETTER = /[\p{L}\p{N}]/u;
/** What may close a straight single quote: its last word, or the sentence's final mark. */
const CLOSING_END = /[\p{L}\p{N}.,!?…)\]]/u;
/** A straight single quote holds a phrase, not a possessive or an elision: at least two words. */
const MIN_SINGLE_QUOTE_WORDS = 2;

/** " « » ‘ ’ “ ” ‹ › ', as UTF-16 units: every other character is skipped without looking at its neighbours. */
const QUOTE_MARKS = new Set([0x22, 0x27, 0xab, 0xbb, 0x2018, 0x2019, 0x201c, 0x201d, 0x2039, 0x203a]);
/** Marks that open a quotation continued from the previous paragraph (English and French convention). */
const CONTINUING_OPENERS: Partial<Record<Mark, string>> = { curly: "“", guillemet: "«", straight: '"' };

interface Open {
  mark: Mark;
  at: number;
}

/**
 * Finds top-level quotations in one paragraph: « », “ ”, "…", ‹ ›, ‘ ’ and '…'. Nested quotes stay
 * inside their parent; ’ or ' between letters is an apostrophe. A mark left open is not a quotation,
 * and the marks after it are read again as if it were plain text, except that a quotation the next
 * paragraph reopens with the same mark runs to the end of this one (`continuesInto`), and so does one
 * left open where the capture of the page stops mid-sentence.
 * A » opening a quote ("l' »époque") is a known typo: with no quote open, » before a letter opens one.
 */
export function findQuotesInParagraph(text: string, from: number, to: number, continuesInto: string | null = null): QuoteSpan[] {
  const ignored = new Set<number>();
  // A capture cut in the middle of a quotation ("…in NATO histor") ends inside it.
  const cutShort = text.slice(to).trim() === "" && !/[.!?…»”"')\]]$/u.test(text.slice(from, to).trimEnd());
  for (;;) {
    const { quotes, unclosed } = scan(text, from, to, ignored);
    if (!unclosed) return quotes;
    const opener = CONTINUING_OPENERS[unclosed.mark];
    const last = quotes.every((q) => q.outer.end <= unclosed.at);
    if (opener !== undefined && last && (continuesInto === opener || cutShort)) {
      pushQuote(text, unclosed.at, to, quotes, false);
      return quotes;
    }
    ignored.add(unclosed.at);
  }
}

function scan(text: string, from: number, to: number, ignored: ReadonlySet<number>): { quotes: QuoteSpan[]; unclosed: Open | null } {
  const quotes: QuoteSpan[] = [];
  const stack: Open[] = [];
  const close = (at: number) => {
    const open = stack.pop();
    if (open && stack.length === 0) pushQuote(text, open.at, at, quotes, true);
  };
  for (let i = from; i < to; i++) {
    if (!QUOTE_MARKS.has(text.charCodeAt(i)) || ignored.has(i)) continue;
    const ch = text[i];
    const top = stack[stack.length - 1]?.mark;
    const before = i > from ? (text[i - 1] ?? " ") : " ";
    const after = i + 1 < to ? (text[i + 1] ?? " ") : " ";
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
    else if (ch === "'" && top === "single-straight" && CLOSING_END.test(before) && !LETTER.test(after) && words(text, stack.at(-1)?.at ?? i, i) >= MIN_SINGLE_QUOTE_WORDS) close(i);
    else if (ch === "'" && !LETTER.test(before) && LETTER.test(after)) stack.push({ mark: "single-straight", at: i });
  }
  // An unclosed straight single mark is an apostrophe ('80s, rock 'n' roll): drop it silently.
  const unclosed = stack[0] ?? null;
  return { quotes, unclosed };
}

function words(text: string, open: number, close: number): number {
  return text.slice(open + 1, close).trim().split(/\s+/u).filter(Boolean).length;
}

function pushQuote(text: string, openAt: number, closeAt: number, quotes: QuoteSpan[], closed: boolean): void {
  let start = openAt + 1;
  let end = closeAt;
  while (start < end && SPACE.test(text[start] ?? "")) start++;
  while (end > start && SPACE.test(text[end - 1] ?? "")) end--;
  if (end > start) quotes.push({ start, end, outer: { start: openAt, end: closed ? closeAt + 1 : end } });
}

/**
 * Quotations in every paragraph that is prose (not furniture, not a heading), in text order. A
 * paragraph's opening mark tells whether the paragraph before it ended inside a quotation.
 */
export function findQuotes(text: string, paragraphs: readonly Span[]): QuoteSpan[] {
  return flatMapped(paragraphs, (p, i) => {
    const next = paragraphs[i + 1];
    return findQuotesInParagraph(text, p.start, p.end, next ? (text[next.start] ?? null) : null);
  });
}
