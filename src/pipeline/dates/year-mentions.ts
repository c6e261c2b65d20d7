import { dayFromNumber } from "../../domain/day";
import type { Language } from "../../domain/schemas/ingest";
import { yearOf, yearWindow } from "./day-windows";
import type { DateMention } from "./find-date-mentions";
import { findRelativeYearWords } from "./relative-years";
import type { WritingFrame } from "./writing-frame";

const STATED_YEAR: Record<Language, RegExp> = {
  fr: /(?<!\p{L})(?:en|au cours de l['’]année) (1[89]\d\d|2\d\d\d)(?!\d)/giu,
  en: /\b(?:in|during) (1[89]\d\d|2\d\d\d)(?!\d)/giu,
};

function yearRange(first: number, last: number) {
  return { start: dayFromNumber(yearWindow(first).start), end: dayFromNumber(yearWindow(last).end) };
}

/** "l'an prochain", "next year", "en 2021": whole years, never a day. */
export function findYearMentions(text: string, language: Language, frame: WritingFrame | null): DateMention[] {
  const stated = [...text.matchAll(STATED_YEAR[language])].map((m): DateMention => {
    const year = Number(m[1]);
    return { start: m.index, end: m.index + m[0].length, range: yearRange(year, year), basis: "year stated", kind: "event" };
  });
  if (!frame) return stated;
  const first = Math.min(...frame.windows.map((w) => yearOf(w.start)));
  const last = Math.max(...frame.windows.map((w) => yearOf(w.end)));
  const relative = findRelativeYearWords(text, language).map(
    (w): DateMention => ({
      start: w.start,
      end: w.end,
      range: yearRange(first + w.offset, last + w.offset),
      basis: `year relative to ${frame.basis}`,
      kind: "event",
    }),
  );
  return [...stated, ...relative];
}
