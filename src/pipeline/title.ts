import type { Span } from "../domain/schemas/ingest";
import { withoutLinkMarkup } from "../domain/link-markup";
import { splitLines, trimmedSpan } from "./text/lines";
import { contains } from "./text/spans";

/** A title longer than this is the lede's first sentence, cut at a word boundary. */
const MAX_TITLE_CHARS = 160;

/** The first heading when the article opens with one, else the opening of its first paragraph. */
export function findTitle(text: string, boilerplate: readonly Span[], headings: readonly Span[]): string {
  for (const line of splitLines(text)) {
    const span = trimmedSpan(line);
    if (!span || boilerplate.some((b) => contains(b, span))) continue;
    const content = withoutLinkMarkup(text.slice(span.start, span.end));
    if (headings.some((h) => h.start === span.start)) return content;
    const sentence = /^.*?[.!?](?=\s|$)/u.exec(content)?.[0] ?? content;
    return shorten(sentence, MAX_TITLE_CHARS);
  }
  return "";
}

export function shorten(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars);
  const lastSpace = cut.lastIndexOf(" ");
  return `${cut.slice(0, lastSpace > 0 ? lastSpace : maxChars).replace(/[\s,;:]+$/u, "")}…`;
}
