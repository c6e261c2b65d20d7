import type { Language } from "../../domain/schemas/ingest";
import { addYears, dayFromNumber, dayNumber } from "../../domain/day";
import { type DayWindow, hull } from "./day-windows";
import type { DateMention } from "./find-date-mentions";
import type { WritingFrame } from "./writing-frame";

const NUMBER_WORDS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9, ten: 10,
};

type Unit = "day" | "week" | "month" | "year";
const UNITS: Record<string, Unit> = {
  jour: "day", jours: "day", day: "day", days: "day",
  semaine: "week", semaines: "week", week: "week", weeks: "week",
  mois: "month", month: "month", months: "month",
  an: "year", ans: "year", année: "year", années: "year", year: "year", years: "year",
};
/** How loosely "il y a deux semaines" is meant, in days either side, per unit. */
const TOLERANCE_DAYS: Record<Unit, number> = { day: 0, week: 3, month: 15, year: 183 };
const DAYS_PER: Record<Exclude<Unit, "year">, number> = { day: 1, week: 7, month: 30 };

const PATTERNS: Record<Language, RegExp> = {
  fr: /(?<!\p{L})il y a (\d+|\p{L}+) (jours?|semaines?|mois|ans?|années?)(?!\p{L})/giu,
  en: /\b(\d+|\p{L}+) (days?|weeks?|months?|years?) ago\b/giu,
};
/** A line that holds nothing but an age ("• il y a 2 ans") is the page's age, not an event. */
const AGE_LINE = /^[\s•·*|-]*$/u;

function back(windows: readonly DayWindow[], count: number, unit: Unit): DayWindow[] {
  const shift = (d: number) =>
    unit === "year" ? dayNumber(addYears(dayFromNumber(d), -count)) : d - count * DAYS_PER[unit];
  const slack = TOLERANCE_DAYS[unit];
  return windows.map((w) => ({ start: shift(w.start) - slack, end: shift(w.end) + slack }));
}

/** "il y a 2 ans" / "2 years ago": on a line of its own the page's age, in a sentence an event that long before writing. */
export function findAgoMentions(text: string, language: Language, frame: WritingFrame | null): DateMention[] {
  return [...text.matchAll(PATTERNS[language])].flatMap((m): DateMention[] => {
    const count = /^\d+$/.test(m[1] ?? "") ? Number(m[1]) : NUMBER_WORDS[(m[1] ?? "").toLowerCase()];
    const unit = UNITS[(m[2] ?? "").toLowerCase()];
    if (count === undefined || unit === undefined || !frame) return [];
    const start = m.index;
    const end = start + m[0].length;
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    const lineEnd = text.indexOf("\n", end) < 0 ? text.length : text.indexOf("\n", end);
    const ownLine = AGE_LINE.test(text.slice(lineStart, start)) && AGE_LINE.test(text.slice(end, lineEnd));
    if (ownLine) {
      const range = hull(frame.windows);
      return range ? [{ start, end, range, basis: `age of the page, not an event; publication per ${frame.basis}`, kind: "page-age" }] : [];
    }
    const range = hull(back(frame.windows, count, unit));
    return range ? [{ start, end, range, basis: `"${m[0]}" before ${frame.basis}`, kind: "event" }] : [];
  });
}
