import { addDays, dayFromNumber, dayNumber } from "../../domain/day";
import type { LanguagePack } from "../language/language-pack";
import type { TextDocument } from "../text/document";
import { escapeRegExp } from "../text/escape-regexp";
import type { DayWindow } from "./day-windows";
import type { DateMention } from "./date-mention";
import { mayNameNight } from "./relative-days";
import { type Tense, tenseAround } from "./tense";
import { onOrAfter, onOrBefore, weekdayOfNumber, weekdaysWithin } from "./weekdays";
import type { WritingFrame } from "./writing-frame";
import { joined, overnight, sameWeekdayBefore, tenseNote, weekdayInWeek, weekdayTowards } from "./basis";
import { allMatches } from "../../domain/all-matches";
import { NOT_AFTER_LETTER } from "../text/word-edges";

type Direction = Tense | "previous" | "next" | "this-week" | null;

const patterns = new WeakMap<LanguagePack, RegExp>();

const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");

/**
 * A weekday not followed by a day number (those are explicit dates), with the words around it:
 * group 1 a modifier or "earlier"/"later" before it, group 2 the weekday, group 3 a modifier
 * after it ("mardi prochain"), group 4 a time of day ("Wednesday night", « mercredi soir »).
 */
function patternFor(pack: LanguagePack): RegExp {
  let pattern = patterns.get(pack);
  if (pattern) return pattern;
  const { previous, current, next } = pack.weekdayModifiers;
  const before = alternation([...previous, ...current, ...next, ...pack.sameDayWords, ...pack.sinceWords, ...(pack.language === "en" ? ["on"] : [])]);
  const after = alternation([...previous, ...next]);
  pattern = new RegExp(
    `${NOT_AFTER_LETTER}(?:(${before})\\s+)?(${alternation(pack.weekdays)})(?![\\p{L}])(?:\\s+(${after})(?![\\p{L}]))?(?:\\s+(${alternation(pack.timesOfDay)})(?![\\p{L}]))?(?!\\s*\\[?\\d)`,
    "giu",
  );
  patterns.set(pack, pattern);
  return pattern;
}

const overnightPatterns = new WeakMap<LanguagePack, RegExp>();

/** « dans la nuit de dimanche à lundi », "overnight Sunday into Monday": group 1 the first weekday, group 2 the second. */
function overnightPatternFor(pack: LanguagePack): RegExp {
  let pattern = overnightPatterns.get(pack);
  if (!pattern) {
    const day = `(${alternation(pack.weekdays)})`;
    const { before, between } = pack.overnight;
    overnightPatterns.set(pack, (pattern = new RegExp(`${NOT_AFTER_LETTER}${before}\\s+${day}\\s+${between}\\s+${day}(?![\\p{L}])`, "giu")));
  }
  return pattern;
}

/**
 * A night across a weekday and the next: one mention over the phrase, from the first weekday as
 * read to the day after it, instead of two days of which either may be the one meant.
 */
function withOvernights(doc: TextDocument, found: readonly DateMention[]): DateMention[] {
  const { pack, text } = doc;
  if (!mayNameNight(pack, text)) return [...found];
  let out = [...found];
  for (const m of allMatches(overnightPatternFor(pack), text)) {
    const first = pack.weekdays.indexOf((m[1] ?? "").toLowerCase());
    const second = pack.weekdays.indexOf((m[2] ?? "").toLowerCase());
    const start = m.index;
    const end = start + m[0].length;
    const inside = out.filter((f) => f.start >= start && f.end <= end);
    const night = inside[0];
    if (second !== (first + 1) % 7 || !night || night.range.start !== night.range.end) continue;
    const range = { start: night.range.start, end: addDays(night.range.end, 1) };
    out = [...out.filter((f) => !inside.includes(f)), { ...night, start, end, range, basis: joined(night.basis, overnight) }];
  }
  return out.sort((a, b) => a.start - b.start);
}

function directionOf(pack: LanguagePack, before: string, after: string, tense: Tense | null): Direction {
  const words = [before.toLowerCase(), after.toLowerCase()];
  const { previous, current, next } = pack.weekdayModifiers;
  if (words.some((w) => next.includes(w))) return "next";
  if (words.some((w) => previous.includes(w))) return "previous";
  if (pack.sinceWords.includes(words[0] as string)) return "past";
  if (tense) return tense;
  return words.some((w) => current.includes(w)) ? "this-week" : null;
}

const DAYS_PER_WEEK = 7;

/** Whether two days fall in the same week, Monday to Sunday. */
function sameWeek(a: number, b: number): boolean {
  const monday = (d: number) => d - ((weekdayOfNumber(d) + DAYS_PER_WEEK - 1) % DAYS_PER_WEEK);
  return monday(a) === monday(b);
}

/**
 * Every day the weekday can name from the writing windows: on or before them in the past tense, on
 * or after them in the future, strictly before or after with "dernier"/"next", either side otherwise.
 */
function bounds(windows: readonly DayWindow[], weekday: number, direction: Direction): [number, number][] {
  return windows.map((w): [number, number] => {
    switch (direction) {
      case "past":
        return [onOrBefore(w.start, weekday), onOrBefore(w.end, weekday)];
      case "previous": {
        // "last Monday" written on a Wednesday: this week's Monday or the one before, as readers differ.
        const first = onOrBefore(w.start - 1, weekday);
        return [sameWeek(first, w.start) ? first - DAYS_PER_WEEK : first, onOrBefore(w.end - 1, weekday)];
      }
      case "future":
        return [onOrAfter(w.start, weekday), onOrAfter(w.end, weekday)];
      case "next": {
        // « jeudi prochain » written on a Wednesday: tomorrow or a week later.
        const last = onOrAfter(w.end + 1, weekday);
        return [onOrAfter(w.start + 1, weekday), sameWeek(last, w.end) ? last + DAYS_PER_WEEK : last];
      }
      default:
        return [onOrBefore(w.start, weekday), onOrAfter(w.end, weekday)];
    }
  });
}

/**
 * "s'est opposé mercredi", "se rendra mardi", "on Monday", "Wednesday night": resolved by tense
 * against when the text was written. "Later Thursday" is the Thursday the text just reported.
 */
export function findWeekdayMentions(doc: TextDocument, frame: WritingFrame, earlier: readonly DateMention[]): DateMention[] {
  const { text, pack } = doc;
  const found: DateMention[] = [];
  for (const m of allMatches(patternFor(pack), text)) found.push(...weekdayMention(doc, frame, m, earlier, found));
  return withOvernights(doc, found);
}

/** `earlier` are the mentions found before this rule, `found` the weekdays it found so far. */
function weekdayMention(doc: TextDocument, frame: WritingFrame, m: RegExpMatchArray, earlier: readonly DateMention[], found: readonly DateMention[]): DateMention[] {
  const { pack } = doc;
  const [whole, before = "", name = "", after = ""] = m;
  const weekday = pack.weekdays.indexOf(name.toLowerCase());
  if (weekday < 0) return [];
  const start = m.index ?? 0;
  const end = start + whole.length;
  if (pack.sameDayWords.some((w) => w === before.toLowerCase())) {
    const same = [...earlier, ...found].filter((e) => e.start < start && e.range.start === e.range.end && weekdayOf(e) === weekday).at(-1);
    if (same) return [{ start, end, range: same.range, basis: sameWeekdayBefore(name, same.range.start), kind: "event", precision: "day", relative: true }];
  }
  const tense = tenseAround(doc, { start, end });
  const direction = directionOf(pack, before, after, tense);
  const note = tenseNote(tense, direction !== null);
  if (frame.anchorWeeks && direction !== "future" && direction !== "next") {
    const days = weekdaysWithin(frame.anchorWeeks, weekday);
    if (days.length > 0) {
      const range = { start: dayFromNumber(Math.min(...days)), end: dayFromNumber(Math.max(...days)) };
      return [{ start, end, range, basis: joined(weekdayInWeek(frame.basis), note), kind: "event", precision: "day", relative: true }];
    }
  }
  const b = bounds(frame.windows, weekday, direction);
  const range = { start: dayFromNumber(Math.min(...b.map((x) => x[0]))), end: dayFromNumber(Math.max(...b.map((x) => x[1]))) };
  const basis = joined(weekdayTowards(direction ?? "this-week", frame.basis), note);
  return [{ start, end, range, basis, kind: "event", precision: "day", relative: true }];
}

function weekdayOf(m: DateMention): number {
  return weekdayOfNumber(dayNumber(m.range.start));
}
