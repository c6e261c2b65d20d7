import { dayFromNumber } from "../../domain/day";
import type { Language } from "../../domain/schemas/ingest";
import type { DayWindow } from "./day-windows";
import type { DateMention } from "./find-date-mentions";
import { type Tense, tenseAround } from "./tense";
import { WEEKDAY_NAMES, after, onOrAfter, onOrBefore, weekdayIndex, weekdaysWithin } from "./weekdays";
import type { WritingFrame } from "./writing-frame";

const NAMES = (language: Language) => WEEKDAY_NAMES[language].join("|");
/** A weekday not followed by a day number (those are explicit dates), with the words that set its direction. */
const PATTERNS: Record<Language, RegExp> = {
  fr: new RegExp(`(?<!\\p{L})(ce |cette )?(${NAMES("fr")})( (?:prochain|dernier))?(?!\\p{L})(?! \\d)`, "giu"),
  en: new RegExp(`\\b(?:(on|this|next|last) )?(${NAMES("en")})\\b(?! \\d)`, "giu"),
};

type Direction = Tense | "this-week" | null;

function directionOf(prefix: string, suffix: string, tense: Tense | null): Direction {
  const words = `${prefix} ${suffix}`.toLowerCase();
  if (/prochain|next/.test(words)) return "future";
  if (/dernier|last/.test(words)) return "past";
  if (tense) return tense;
  return /ce|cette|this/.test(words) ? "this-week" : null;
}

/** Every day the weekday can name, given the writing windows and the direction. */
function candidates(windows: readonly DayWindow[], weekday: number, direction: Direction): [number, number][] {
  return windows.map((w): [number, number] => {
    switch (direction) {
      case "past":
        return [onOrBefore(w.start, weekday), onOrBefore(w.end, weekday)];
      case "future":
        return [after(w.start, weekday), after(w.end, weekday)];
      default:
        return [onOrBefore(w.start, weekday), direction === "this-week" ? onOrAfter(w.end, weekday) : after(w.end, weekday)];
    }
  });
}

const DIRECTION_BASIS: Record<Exclude<Direction, null>, string> = {
  past: "weekday on or before",
  future: "weekday after",
  "this-week": "weekday nearest to",
};

/** "s'est opposé mercredi", "se rendra mardi", "on Monday": resolved by tense against when the text was written. */
export function findWeekdayMentions(text: string, language: Language, frame: WritingFrame): DateMention[] {
  return [...text.matchAll(PATTERNS[language])].flatMap((m): DateMention[] => {
    const [whole, prefix = "", name = "", suffix = ""] = m;
    const weekday = weekdayIndex(name, language);
    if (weekday === null) return [];
    const start = m.index;
    const end = start + whole.length;
    const tense = tenseAround(text, start, end, language);
    const direction = directionOf(prefix, suffix, tense);
    const tenseNote = tense ? ` (${tense} tense)` : direction === null ? " (tense unknown: either side)" : "";
    if (frame.anchorWeeks && direction !== "future") {
      const days = weekdaysWithin(frame.anchorWeeks, weekday);
      if (days.length > 0) {
        const range = { start: dayFromNumber(Math.min(...days)), end: dayFromNumber(Math.max(...days)) };
        return [{ start, end, range, basis: `weekday in the week ${frame.basis}${tenseNote}`, kind: "event" }];
      }
    }
    const bounds = candidates(frame.windows, weekday, direction);
    const range = {
      start: dayFromNumber(Math.min(...bounds.map((b) => b[0]))),
      end: dayFromNumber(Math.max(...bounds.map((b) => b[1]))),
    };
    const basis = `${DIRECTION_BASIS[direction ?? "this-week"]} ${frame.basis}${tenseNote}`;
    return [{ start, end, range, basis, kind: "event" }];
  });
}
