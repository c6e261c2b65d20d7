import type { Span } from "../../domain/schemas/ingest";

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** True when `position` lies inside one of `spans` (end exclusive). */
export function isInside(position: number, spans: readonly Span[]): boolean {
  return spans.some((s) => s.start <= position && position < s.end);
}

/** Sorts spans and merges those that touch or are separated only by whitespace in `text`. */
export function mergeSpans(text: string, spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && (span.start <= last.end || text.slice(last.end, span.start).trim() === "")) {
      last.end = Math.max(last.end, span.end);
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}
