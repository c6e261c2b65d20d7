import { flatMapped } from "../../domain/flat-mapped";
import type { Span } from "../../domain/schemas/ingest";
import { looksLikeHeadline } from "./boilerplate-rules";
import { splitLines, trimmedSpan } from "./lines";
import { contains } from "./spans";

/** Longer lines without a final full stop are prose cut short, not headings. */
const MAX_HEADING_CHARS = 200;

/**
 * Title and subheadings: short lines outside the furniture with no sentence-final punctuation.
 * They repeat the body's quotes and dates, so quotes and events are taken from the body only.
 */
export function findHeadings(text: string, boilerplate: readonly Span[]): Span[] {
  return flatMapped(splitLines(text), (line) => {
    const span = trimmedSpan(line);
    if (!span || boilerplate.some((b) => contains(b, span))) return [];
    const content = text.slice(span.start, span.end);
    return content.length <= MAX_HEADING_CHARS && looksLikeHeadline(content) && !/[?!]$/u.test(content) ? [span] : [];
  });
}
