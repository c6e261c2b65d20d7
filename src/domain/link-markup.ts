import type { Span } from "./schemas/ingest";
import { allMatches } from "./all-matches";

/**
 * A link as captured pages leave it in the text: `[words](#)`. The words are the article's; the
 * brackets and the target are markup, shown nowhere while the stored text stays verbatim.
 */
export const MARKDOWN_LINK = /\[([^\]\n]*)\]\([^)\n]*\)/g;

/** The markup of each link in `text`: its opening bracket and its `](target)`, in text order. */
export function linkMarkupSpans(text: string, offset = 0): Span[] {
  return allMatches(MARKDOWN_LINK, text).flatMap((m) => {
    const start = offset + m.index;
    const label = (m[1] ?? "").length;
    return [
      { start, end: start + 1 },
      { start: start + 1 + label, end: start + m[0].length },
    ];
  });
}

/** The text as a reader sees it: each link replaced by its words. */
export function withoutLinkMarkup(text: string): string {
  return text.replace(MARKDOWN_LINK, (_, words: string) => words);
}
