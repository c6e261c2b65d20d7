import type { Span } from "../../domain/schemas/ingest";
import type { RelativePeriodPattern } from "../language/language-pack";
import type { TextDocument } from "../text/document";

export interface RelativePeriod extends Span, Omit<RelativePeriodPattern, "pattern"> {}

/** "la semaine dernière", "next month", "earlier this year", « l'an prochain », without overlaps, longest first. */
export function findRelativePeriods(doc: TextDocument): RelativePeriod[] {
  const found: RelativePeriod[] = [];
  for (const { pattern, ...period } of doc.pack.relativePeriods) {
    for (const m of doc.text.matchAll(pattern)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (!found.some((f) => f.start < span.end && span.start < f.end)) found.push({ ...span, ...period });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
