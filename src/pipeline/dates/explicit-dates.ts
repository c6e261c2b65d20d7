import { flatMapped } from "../../domain/flat-mapped";
import { dayFromNumber, dayNumber, dayOfDate } from "../../domain/day";
import type { Language, Span } from "../../domain/schemas/ingest";
import { packFor } from "../language/packs";
import { type TextDocument, isQuoted } from "../text/document";
import { type DayWindow, contains, formatWindow, yearOf } from "./day-windows";
import type { DateMention } from "./date-mention";
import { tenseAround } from "./tense";
import { onOrAfter, onOrBefore, weekdayOfNumber } from "./weekdays";
import { NEAR_WRITING_DAYS, type WritingFrame } from "./writing-frame";
import { type Basis, aRangeOfDays, dayMonthAfterStory, dayMonthFrom, explicitDate, joined, weekdayChecked, weekdayContradiction, yearAmbiguous, yearPickedByWeekday } from "./basis";


interface Parsed extends Span {
  day: number;
  month: number;
  year: number | null;
  weekday: number | null;
  /** The last day of a range chrono read ("du 9 au 11 juillet"), same month and year unless stated. */
  endDay: number | null;
  endMonth: number | null;
}

/** A day number written in the date: "4 février", "04/02/2022"; not a time such as "14h11" or "14:11". */
const DAY_NUMBER = /(?<![\dh:])\d{1,2}(?!\d)(?!\s*h|:)/u;
/** A yearless date continues the story of a full date stated before it if it falls this many days after it at most. */
const NARRATIVE_REACH_DAYS = 366;
/** …or this many days before it ("le 21 février 1966 … le 7 mars"). */
const NARRATIVE_LOOKBACK_DAYS = 31;

/** How many recent texts keep their parse: an article's whole text and its publication lines. */
const RECENT_PARSES = 4;
/** chrono is the costliest step; one article asks for the same text's dates more than once. */
const recentParses: { text: string; language: Language; parsed: readonly Parsed[] }[] = [];

function parseExplicit(text: string, language: Language): readonly Parsed[] {
  const hit = recentParses.find((r) => r.text === text && r.language === language);
  if (hit) return hit.parsed;
  const parsed = parseWithChrono(text, language);
  recentParses.unshift({ text, language, parsed });
  recentParses.length = Math.min(recentParses.length, RECENT_PARSES);
  return parsed;
}

/** Day-and-month dates chrono finds ("vendredi 4 février", "February 4, 2022"); casual words are other rules' job. */
function parseWithChrono(text: string, language: Language): Parsed[] {
  return packFor(language).explicitDates
    .parse(text, new Date(Date.UTC(2000, 0, 1)))
    .filter((r) => DAY_NUMBER.test(r.text) && r.start.isCertain("day") && r.start.isCertain("month"))
    .map((r) => ({
      start: r.index,
      end: r.index + r.text.length,
      day: r.start.get("day") ?? 0,
      month: r.start.get("month") ?? 0,
      year: r.start.isCertain("year") ? (r.start.get("year") ?? null) : null,
      weekday: r.start.isCertain("weekday") ? (r.start.get("weekday") ?? null) : null,
      endDay: r.end?.isCertain("day") ? (r.end.get("day") ?? null) : null,
      endMonth: r.end?.isCertain("day") ? (r.end.get("month") ?? null) : null,
    }));
}

/** Candidate days for a yearless date: the same day and month in the years around the writing windows. */
function yearlessCandidates(p: Parsed, windows: readonly DayWindow[]): number[] {
  const near = windows.map((w) => ({ start: w.start - NEAR_WRITING_DAYS, end: w.end + NEAR_WRITING_DAYS }));
  const first = Math.min(...near.map((w) => yearOf(w.start)));
  const last = Math.max(...near.map((w) => yearOf(w.end)));
  const out: number[] = [];
  for (let y = first; y <= last; y++) {
    const d = dayOfDate(y, p.month, p.day);
    if (d !== null && contains(near, d)) out.push(d);
  }
  return out;
}

/** The first day with `p`'s day and month from a month before `story` to a year after it, or null. */
function nextInStory(p: Parsed, story: number): number | null {
  for (let y = yearOf(story) - 1; y <= yearOf(story) + 1; y++) {
    const d = dayOfDate(y, p.month, p.day);
    if (d !== null && d >= story - NARRATIVE_LOOKBACK_DAYS && d <= story + NARRATIVE_REACH_DAYS) return d;
  }
  return null;
}

/** A yearless date told in the past lies before writing, one told in the future after it: a candidate on the wrong side is dropped. */
function byTense(doc: TextDocument, p: Parsed, days: readonly number[], frame: WritingFrame): number[] {
  const tense = tenseAround(doc, p);
  const first = Math.min(...frame.windows.map((w) => w.start));
  const last = Math.max(...frame.windows.map((w) => w.end));
  if (tense === "past") return days.filter((d) => d <= last);
  if (tense === "future") return days.filter((d) => d >= first);
  return [...days];
}

interface Resolved {
  mention: DateMention;
  /** A yearless date whose stated weekday left exactly one year: it tells when the text was written. */
  pinsYear: boolean;
}

/** How many days the range runs past its first day ("du 9 au 11 juillet" → 2), when chrono read one. */
function rangeLength(p: Parsed, year: number): number {
  if (p.endDay === null) return 0;
  const first = dayOfDate(year, p.month, p.day);
  const last = dayOfDate(year, p.endMonth ?? p.month, p.endDay);
  return first !== null && last !== null && last > first ? last - first : 0;
}

function mention(p: Parsed, days: readonly number[], basis: Basis, extra = 0): DateMention {
  const start = dayFromNumber(Math.min(...days));
  const end = dayFromNumber(Math.max(...days) + extra);
  return { start: p.start, end: p.end, range: { start, end }, basis, kind: "event", precision: "day", relative: p.year === null };
}

/**
 * A stated weekday that does not match its date ("lundi 5 mai" when 5 May is a Friday): keep both
 * readings, the date and the weekday read against the day of writing, never one of them alone.
 */
function contradiction(doc: TextDocument, p: Parsed, days: readonly number[], weekday: number, frame: WritingFrame | null): DateMention {
  const name = doc.pack.weekdays[weekday] ?? "";
  const tense = tenseAround(doc, p);
  const readings = flatMapped(days, (d) => [d, d - onOrBefore(d, weekday) <= onOrAfter(d, weekday) - d ? onOrBefore(d, weekday) : onOrAfter(d, weekday)]);
  for (const w of frame?.windows ?? []) {
    if (tense !== "future") readings.push(onOrBefore(w.start, weekday), onOrBefore(w.end, weekday));
    if (tense !== "past") readings.push(onOrAfter(w.start, weekday), onOrAfter(w.end, weekday));
  }
  const shown = days.map(dayFromNumber).join(", ");
  return mention(p, readings, weekdayContradiction(shown, name));
}

/**
 * The last date the story stated before `at`, outside quotes, when it lies far from the day of writing:
 * a full date (day, month and year), or a month of a year ("in April 2009"), from its first day.
 */
function narrativeDay(doc: TextDocument, parsed: readonly Parsed[], months: readonly DateMention[], at: number, frame: WritingFrame): number | null {
  const writing = frame.windows[0]?.start ?? 0;
  const full = parsed.filter((q) => q.end <= at && q.year !== null && !isQuoted(doc, q)).at(-1);
  // "février 1966" inside « 21 février 1966 » is that full date's, not a month of its own.
  const ownMonth = (m: DateMention) => !m.relative && m.precision === "month" && !parsed.some((q) => q.start < m.end && m.start < q.end);
  const month = months.filter((m) => m.end <= at && ownMonth(m) && !isQuoted(doc, m)).at(-1);
  const fullDay = full && full.year !== null ? dayOfDate(full.year, full.month, full.day) : null;
  const day = month && (!full || month.start > full.start) ? dayNumber(month.range.start) : fullDay;
  return day !== null && day < writing - NEAR_WRITING_DAYS ? day : null;
}

function resolve(doc: TextDocument, p: Parsed, parsed: readonly Parsed[], months: readonly DateMention[], frame: WritingFrame | null): Resolved | null {
  let days: number[];
  let basis: Basis;
  if (p.year !== null) {
    const d = dayOfDate(p.year, p.month, p.day);
    if (d === null) return null;
    days = [d];
    basis = explicitDate;
  } else {
    // A yearless date inside a quote counts from when the speaker spoke, which the text may not say.
    if (!frame || isQuoted(doc, p)) return null;
    // A date told in the future is not in a story of the past ("founded in April 1949, it will meet on July 9").
    const past = narrativeDay(doc, parsed, months, p.start, frame);
    const story = past !== null && tenseAround(doc, p) !== "future" ? past : null;
    const followsStory = story === null ? null : nextInStory(p, story);
    if (story !== null && followsStory !== null) {
      days = [followsStory];
      basis = dayMonthAfterStory(dayFromNumber(story));
    } else {
      days = byTense(doc, p, yearlessCandidates(p, frame.windows), frame);
      basis = dayMonthFrom(frame.basis);
    }
  }
  if (days.length === 0) return null;
  let pinsYear = false;
  if (p.weekday !== null) {
    const weekday = p.weekday;
    const matching = days.filter((d) => weekdayOfNumber(d) === weekday);
    if (matching.length === 0) return { mention: contradiction(doc, p, days, weekday, frame), pinsYear: false };
    pinsYear = p.year === null && matching.length === 1 && days.length > 1;
    if (pinsYear) basis = joined(basis, yearPickedByWeekday);
    days = matching;
    basis = joined(basis, weekdayChecked);
  }
  if (days.length > 1) {
    const shown = formatWindow(dayFromNumber(Math.min(...days)), dayFromNumber(Math.max(...days)));
    basis = joined(basis, yearAmbiguous(days.length, shown));
  }
  const extra = rangeLength(p, yearOf(Math.max(...days)));
  if (extra > 0) basis = joined(basis, aRangeOfDays);
  return { mention: mention(p, days, basis, extra), pinsYear };
}

function resolveAll(doc: TextDocument, frame: WritingFrame | null, months: readonly DateMention[]): Resolved[] {
  const parsed = parseExplicit(doc.text, doc.language);
  return flatMapped(parsed, (p) => resolve(doc, p, parsed, months, frame) ?? []);
}

/**
 * Dates with a day and month ("vendredi 4 février", "February 4, 2022"), the weekday checked, the year
 * inferred; `months` are the text's months, whose year a story's yearless date may follow ("in April
 * 2009, a move announced on March 11").
 */
export function findExplicitDates(doc: TextDocument, frame: WritingFrame | null, months: readonly DateMention[] = []): DateMention[] {
  return resolveAll(doc, frame, months).map((r) => r.mention);
}

/** Full dates (with their year) in a piece of text: a publication line's own date. */
export function fullDatesIn(text: string, language: Language): { start: number; end: number; day: number }[] {
  // Not through the article's cache: a line's parse would push the whole text's out of it.
  return flatMapped(parseWithChrono(text, language), (p) => {
    const day = p.year === null ? null : dayOfDate(p.year, p.month, p.day);
    return day === null ? [] : [{ start: p.start, end: p.end, day }];
  });
}

/** The days of yearless dates whose weekday picked their year ("samedi 27 juin" → 2026 among the candidates). */
export function daysPinnedByWeekday(doc: TextDocument, frame: WritingFrame): number[] {
  return resolveAll(doc, frame, [])
    .filter((r) => r.pinsYear)
    .map((r) => dayNumber(r.mention.range.start));
}
