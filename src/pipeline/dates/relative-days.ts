import type { Language } from "../../domain/schemas/ingest";
import { hull, shiftWindows } from "./day-windows";
import type { DateMention } from "./find-date-mentions";
import type { WritingFrame } from "./writing-frame";

const APOSTROPHE = "['’]";
/** Words naming a day relative to the day of writing, with their offset in days; longest first. */
const DAY_WORDS: Record<Language, readonly [RegExp, number][]> = {
  fr: [
    [/avant-hier/giu, -2],
    [/après-demain/giu, 2],
    [/(?<!\p{L})hier(?!\p{L})/giu, -1],
    [new RegExp(`(?<!\\p{L})aujourd${APOSTROPHE}hui(?!\\p{L})`, "giu"), 0],
    [/(?<!\p{L})demain(?!\p{L})/giu, 1],
  ],
  en: [
    [/the day before yesterday/giu, -2],
    [/the day after tomorrow/giu, 2],
    [/\byesterday\b/giu, -1],
    [/\btoday\b/giu, 0],
    [/\btomorrow\b/giu, 1],
  ],
};

/** "hier", "yesterday", "aujourd'hui": the writing days shifted; a range when those are a range. */
export function findRelativeDays(text: string, language: Language, frame: WritingFrame): DateMention[] {
  const found: DateMention[] = [];
  for (const [pattern, offset] of DAY_WORDS[language]) {
    for (const m of text.matchAll(pattern)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (found.some((f) => f.start < span.end && span.start < f.end)) continue;
      const range = hull(shiftWindows(frame.windows, offset));
      if (!range) continue;
      found.push({ ...span, range, basis: `"${m[0]}" relative to ${frame.basis}`, kind: "event" });
    }
  }
  return found;
}
