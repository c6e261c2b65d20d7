import { flatMapped } from "../../domain/flat-mapped";
import type { TextDocument } from "../text/document";
import type { DateMention } from "./date-mention";
import { type DayWindow, hull, weekStart } from "./day-windows";
import { tenseAround } from "./tense";
import type { WritingFrame } from "./writing-frame";
import { relativeTo } from "./basis";
import { matchesOf } from "./required-literal";

type Direction = "previous" | "next" | "past" | "future" | null;

/** Saturday and Sunday of the week, Monday first, that holds `day`. */
function weekendOf(day: number): DayWindow {
  const saturday = weekStart(day) + 5;
  return { start: saturday, end: saturday + 1 };
}

/**
 * The days a weekend word names from one writing day: the weekend before the current one ("last
 * weekend"), the next one not begun ("next weekend"); by tense the last one ("met over the weekend"),
 * or the next one not over ("will meet this weekend"); both without a tense.
 */
function weekendFrom(day: number, direction: Direction): DayWindow[] {
  const current = weekendOf(day);
  // Written on a Saturday, a weekend told in the past may be that day or the one before: both, not a guess.
  const last = day >= current.end ? current : day === current.start ? { start: weekendOf(day - 7).start, end: day } : weekendOf(day - 7);
  const coming = current.end >= day ? { start: Math.max(current.start, day), end: current.end } : weekendOf(day + 7);
  switch (direction) {
    case "previous":
      return [weekendOf(day - 7)];
    case "next":
      return [current.start > day ? current : weekendOf(day + 7)];
    case "past":
      return [last];
    case "future":
      return [coming];
    default:
      return [last, coming];
  }
}

/** "over the weekend", « le week-end dernier », "next weekend": Saturday and Sunday, from the day of writing. */
export function findWeekendMentions(doc: TextDocument, frame: WritingFrame): DateMention[] {
  return flatMapped(doc.pack.weekends, ({ pattern, direction }) =>
    flatMapped(matchesOf(pattern, doc.text), (m): DateMention[] => {
      const span = { start: m.index, end: m.index + m[0].length };
      const how = direction ?? tenseAround(doc, span);
      const range = hull(flatMapped(frame.windows, (w) => [...weekendFrom(w.start, how), ...weekendFrom(w.end, how)]));
      if (!range) return [];
      return [{ start: span.start, end: span.end, range, basis: relativeTo(m[0], frame.basis), kind: "event", precision: "day", relative: true }];
    }));
}
