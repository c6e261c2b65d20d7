import type { TextDocument } from "../text/document";
import { type DayWindow, hull, monthIndexOf, monthWindow, weekStart, yearOf, yearWindow } from "./day-windows";
import type { DateMention } from "./date-mention";
import { findRelativePeriods, type RelativePeriod } from "./relative-periods";
import type { WritingFrame } from "./writing-frame";

/** The whole period holding `day`, shifted by `offset` periods. */
function periodOf(day: number, unit: RelativePeriod["unit"], offset: number): DayWindow {
  if (unit === "week") {
    const start = weekStart(day) + 7 * offset;
    return { start, end: start + 6 };
  }
  if (unit === "month") return monthWindow(monthIndexOf(day) + offset);
  return yearWindow(yearOf(day) + offset);
}

/** The days a period names for one writing window; "earlier this month" stops the day before writing. */
function daysFor(w: DayWindow, p: RelativePeriod): DayWindow {
  const first = periodOf(w.start, p.unit, p.offset);
  const last = periodOf(w.end, p.unit, p.offset);
  if (p.part === "before") return { start: first.start, end: Math.max(first.start, w.end - 1) };
  if (p.part === "after") return { start: Math.min(last.end, w.start + 1), end: last.end };
  return { start: first.start, end: last.end };
}

export function findPeriodMentions(doc: TextDocument, frame: WritingFrame): DateMention[] {
  return findRelativePeriods(doc).flatMap((p): DateMention[] => {
    const range = hull(frame.windows.map((w) => daysFor(w, p)));
    if (!range) return [];
    const words = doc.text.slice(p.start, p.end);
    const precision = p.unit === "year" && !p.part ? "year" : p.unit === "week" ? "day" : "month";
    return [{ start: p.start, end: p.end, range, basis: `"${words}" relative to ${frame.basis}`, kind: "event", precision, relative: true }];
  });
}
