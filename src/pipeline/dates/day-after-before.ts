import { addDays } from "../../domain/day";
import type { TextDocument } from "../text/document";
import { back, countOf, precisionOf } from "./ago";
import type { DateMention } from "./date-mention";
import { formatWindow, hull, monthIndexOf, windowOf, yearOf } from "./day-windows";
import { countedFromDateBefore, fromDayBefore } from "./basis";
import { matchesOf } from "./required-literal";

const isEvent = (m: DateMention) => m.kind === "event";
const isDay = (m: DateMention) => m.precision === "day" && m.range.start === m.range.end;

/**
 * « le lendemain », « la veille », "the next day": a day after or before the day the text has just
 * reported, not the publication. Followed by its own complement (« au lendemain de l'engagement
 * allemand »), the words name a day from an event the text does not date: nothing is dated then.
 */
function daysAfterBefore(doc: TextDocument, earlier: readonly DateMention[]): DateMention[] {
  const found: DateMention[] = [];
  for (const [pattern, offset] of doc.pack.dayAfterBefore) {
    for (const m of matchesOf(pattern, doc.text)) {
      if (m[1]) continue;
      const start = m.index;
      const end = start + m[0].length;
      const reported = earlier.filter((e) => e.end <= start && isEvent(e) && isDay(e)).at(-1);
      if (!reported) continue;
      const day = addDays(reported.range.start, offset);
      found.push({ start, end, range: { start: day, end: day }, basis: fromDayBefore(m[0], reported.range.start), kind: "event", precision: "day", relative: true });
    }
  }
  return found;
}

/** Whether a mention lies within one unit of the calendar: what a count of that unit can be added to. */
function withinOne(m: DateMention, unit: "day" | "week" | "month" | "year"): boolean {
  const { start, end } = windowOf(m.range.start, m.range.end);
  if (unit === "year") return yearOf(start) === yearOf(end);
  if (unit === "month") return monthIndexOf(start) === monthIndexOf(end);
  return isDay(m);
}

/**
 * "two days later", « six ans plus tôt »: the count of units after or before the date the text has
 * just reported, by the calendar ("a week later" within a few days, "six years later" a year). Days
 * and weeks count from a day; months from a date within a month, years from one within a year. A
 * comparison ("later than planned") or a count that is not a number ("a few days later") dates nothing.
 */
function countedAfterBefore(doc: TextDocument, earlier: readonly DateMention[]): DateMention[] {
  const { text, pack } = doc;
  const found: DateMention[] = [];
  for (const [pattern, sign] of pack.countedAfterBefore) {
    for (const m of matchesOf(pattern, text)) {
      const count = countOf(m[1] ?? "", pack);
      const unit = pack.units[(m[2] ?? "").toLowerCase()];
      if (m[3] || count === undefined || unit === undefined) continue;
      const start = m.index;
      const reported = earlier.filter((e) => e.end <= start && isEvent(e) && withinOne(e, unit)).at(-1);
      if (!reported) continue;
      const range = hull([back(windowOf(reported.range.start, reported.range.end), -sign * count, unit)]);
      if (!range) continue;
      const from = reported.range.start === reported.range.end ? reported.range.start : formatWindow(reported.range.start, reported.range.end);
      found.push({ start, end: start + m[0].length, range, basis: countedFromDateBefore(m[0], from), kind: "event", precision: precisionOf(unit), relative: true });
    }
  }
  return found;
}

/** Dates counted from the date the text has just reported: the day after or before it, or a count of units. */
export function findDayAfterBefore(doc: TextDocument, earlier: readonly DateMention[]): DateMention[] {
  return [...daysAfterBefore(doc, earlier), ...countedAfterBefore(doc, earlier)];
}
