import type { Span } from "../../domain/schemas/ingest";
import { splitLines, trimmedSpan } from "./lines";
import { linkMarkupSpans } from "../../domain/link-markup";
import { LINE_RULES, RELATED_BLOCK_HEADING, looksLikeHeadline } from "./boilerplate-rules";
import { mergeSpans } from "./spans";

/** Which rule marked a span, so tests and reviewers can see why text was set aside. */
export interface BoilerplateSpan extends Span {
  rule: string;
}

/**
 * Page furniture: whole lines matched by a rule, the headlines after a "Sur le même sujet" heading,
 * and the `[`…`](#)` markup of links inside body paragraphs (the link text itself stays prose).
 */
export function findBoilerplate(text: string): BoilerplateSpan[] {
  const spans: BoilerplateSpan[] = [];
  let inRelatedBlock = false;
  for (const line of splitLines(text)) {
    const span = trimmedSpan(line);
    if (!span) continue;
    const content = text.slice(span.start, span.end);
    if (inRelatedBlock && looksLikeHeadline(content)) {
      spans.push({ start: span.start, end: span.end, rule: "related-story block" });
      continue;
    }
    inRelatedBlock = RELATED_BLOCK_HEADING.test(content);
    const rule = inRelatedBlock ? "related-story block" : LINE_RULES.find((r) => r.matches(content))?.name;
    if (rule) {
      spans.push({ start: span.start, end: span.end, rule });
      continue;
    }
    spans.push(...linkMarkup(content, span.start));
  }
  return spans;
}

function linkMarkup(content: string, offset: number): BoilerplateSpan[] {
  return linkMarkupSpans(content, offset).map((span) => ({ start: span.start, end: span.end, rule: "link markup" }));
}

/** The boilerplate as the output reports it: plain spans, adjacent ones merged. */
export function boilerplateSpans(text: string): Span[] {
  return mergeSpans(text, findBoilerplate(text));
}
