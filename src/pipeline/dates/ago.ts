import { flatMapped } from "../../domain/flat-mapped";
import type { LanguagePack } from "../language/language-pack";
import type { TextDocument } from "../text/document";
import { type DayWindow, hull, monthIndexOf, monthWindow, yearOf, yearWindow } from "./day-windows";
import type { DateMention } from "./date-mention";
import type { WritingFrame } from "./writing-frame";
import { tenseAround } from "./tense";
import { agoBefore, aheadOf, pageAge } from "./basis";
import { literalTest } from "./required-literal";
import { allMatches } from "../../domain/all-matches";

/** How loosely "two weeks ago" is meant, in days either side. */
const WEEK_TOLERANCE_DAYS = 3;
/** A line that holds nothing but an age ("• il y a 2 ans") is the page's age, not an event. */
const AGE_LINE = /^[\s•·*|-]*$/u;

/** A count written in figures or in words ("18", "thirty", « trente »), or undefined for another word. */
export function countOf(word: string, pack: LanguagePack): number | undefined {
  return /^\d+$/u.test(word) ? Number(word) : pack.numberWords[word.toLowerCase()];
}

/** How precise a date counted in `unit` from a day is: days and weeks give days, months a month, years a year. */
export function precisionOf(unit: "day" | "week" | "month" | "year"): "day" | "month" | "year" {
  return unit === "year" ? "year" : unit === "month" ? "month" : "day";
}

/**
 * What "N units ago" names from one writing window, by the calendar: "50 years ago" in 1999 is
 * 1949, "18 months ago" in March 2023 is September 2021, "three days ago" a day.
 */
export function back(w: DayWindow, count: number, unit: "day" | "week" | "month" | "year"): DayWindow {
  switch (unit) {
    case "day":
      return { start: w.start - count, end: w.end - count };
    case "week":
      return { start: w.start - 7 * count - WEEK_TOLERANCE_DAYS, end: w.end - 7 * count + WEEK_TOLERANCE_DAYS };
    case "month":
      return { start: monthWindow(monthIndexOf(w.start) - count).start, end: monthWindow(monthIndexOf(w.end) - count).end };
    case "year":
      return { start: yearWindow(yearOf(w.start) - count).start, end: yearWindow(yearOf(w.end) - count).end };
  }
}

/** « dans deux semaines », "in three years' time": "N units ago" counted forward. */
export function findAheadMentions(doc: TextDocument, frame: WritingFrame): DateMention[] {
  const { text, pack } = doc;
  return flatMapped(allMatches(pack.ahead, text), (m): DateMention[] => {
    const count = countOf(m[1] ?? "", pack);
    const unit = pack.units[(m[2] ?? "").toLowerCase()];
    const span = { start: m.index, end: m.index + m[0].length };
    // "advanced 20 km in two weeks" is a duration, "the worst crisis in 30 years" looks back.
    const tense = tenseAround(doc, span);
    if (count === undefined || unit === undefined || tense === "past" || (pack.aheadTense === "future" && tense !== "future")) return [];
    const range = hull(frame.windows.map((w) => back(w, -count, unit)));
    return range ? [{ start: span.start, end: span.end, range, basis: aheadOf(m[0], frame.basis), kind: "event", precision: precisionOf(unit), relative: true }] : [];
  });
}

/** "il y a 2 ans", "voici trente ans", "18 months ago": on a line of its own the page's age, in a sentence an event. */
export function findAgoMentions(doc: TextDocument, frame: WritingFrame | null): DateMention[] {
  const { text, pack } = doc;
  // A text without the words every "ago" phrase contains ("ago") skips the scan that tries a count at every word.
  if (!literalTest(pack.ago.source)(text)) return [];
  return flatMapped(allMatches(pack.ago, text), (m): DateMention[] => {
    const count = countOf(m[1] ?? "", pack);
    const unit = pack.units[(m[2] ?? "").toLowerCase()];
    if (count === undefined || unit === undefined || !frame) return [];
    const start = m.index;
    const end = start + m[0].length;
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    const lineEnd = text.indexOf("\n", end) < 0 ? text.length : text.indexOf("\n", end);
    if (AGE_LINE.test(text.slice(lineStart, start)) && AGE_LINE.test(text.slice(end, lineEnd))) {
      const range = hull(frame.windows);
      return range ? [{ start, end, range, basis: pageAge(frame.basis), kind: "page-age", precision: "day", relative: true }] : [];
    }
    const range = hull(frame.windows.map((w) => back(w, count, unit)));
    return range ? [{ start, end, range, basis: agoBefore(m[0], frame.basis), kind: "event", precision: precisionOf(unit), relative: true }] : [];
  });
}
