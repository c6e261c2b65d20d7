import * as chrono from "chrono-node";
import { dayFromNumber, dayNumber, parseDay } from "../../domain/day";
import type { Language } from "../../domain/schemas/ingest";
import { type DayWindow, contains, formatWindow, yearOf } from "./day-windows";
import type { DateMention } from "./find-date-mentions";
import { WEEKDAY_NAMES, onOrAfter, onOrBefore, weekdayOfNumber } from "./weekdays";
import { NEAR_WRITING_DAYS, type WritingFrame } from "./writing-frame";

const PARSERS = { fr: chrono.fr, en: chrono.en } as const;

interface Parsed {
  start: number;
  end: number;
  day: number;
  month: number;
  year: number | null;
  weekday: number | null;
}

/** A day number written in the date: "4 février", "04/02/2022"; not a time such as "14h11" or "14:11". */
const DAY_NUMBER = /(?<![\dh:])\d{1,2}(?!\d)(?!\s*h|:)/u;

/** How many recent texts keep their parse: an article's whole text and its publication lines. */
const RECENT_PARSES = 4;
/** chrono is the costliest step; one article asks for the same text's dates up to three times. */
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
  return PARSERS[language]
    .parse(text, new Date(Date.UTC(2000, 0, 1)))
    .filter((r) => DAY_NUMBER.test(r.text) && r.start.isCertain("day") && r.start.isCertain("month"))
    .map((r) => ({
      start: r.index,
      end: r.index + r.text.length,
      day: r.start.get("day") ?? 0,
      month: r.start.get("month") ?? 0,
      year: r.start.isCertain("year") ? (r.start.get("year") ?? null) : null,
      weekday: r.start.isCertain("weekday") ? (r.start.get("weekday") ?? null) : null,
    }));
}

function dayOf(year: number, month: number, day: number): number | null {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return parseDay(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
}

/** Candidate days for a yearless date: the same day and month in the years around the writing windows. */
function yearlessCandidates(p: Parsed, windows: readonly DayWindow[]): number[] {
  const near = windows.map((w) => ({ start: w.start - NEAR_WRITING_DAYS, end: w.end + NEAR_WRITING_DAYS }));
  const first = Math.min(...near.map((w) => yearOf(w.start)));
  const last = Math.max(...near.map((w) => yearOf(w.end)));
  const out: number[] = [];
  for (let y = first; y <= last; y++) {
    const d = dayOf(y, p.month, p.day);
    if (d !== null && contains(near, d)) out.push(d);
  }
  return out;
}

function mention(p: Parsed, days: readonly number[], basis: string): DateMention {
  const start = dayFromNumber(Math.min(...days));
  const end = dayFromNumber(Math.max(...days));
  return { start: p.start, end: p.end, range: { start, end }, basis, kind: "event" };
}

/** A stated weekday that does not match: keep the date and the nearest such weekday, never one of them alone. */
function contradiction(p: Parsed, days: readonly number[], weekday: number, language: Language): DateMention {
  const name = WEEKDAY_NAMES[language][weekday] ?? "";
  const nearest = days.flatMap((d) => {
    const before = onOrBefore(d, weekday);
    const after = onOrAfter(d, weekday);
    return [d, d - before <= after - d ? before : after];
  });
  const shown = days.map(dayFromNumber).join(", ");
  return mention(p, nearest, `explicit date ${shown} contradicts the stated weekday (${name}): range covers both readings`);
}

interface Resolved {
  mention: DateMention;
  /** A yearless date whose stated weekday left exactly one year: it tells when the text was written. */
  pinsYear: boolean;
}

function resolve(p: Parsed, language: Language, frame: WritingFrame | null): Resolved | null {
  let days: number[];
  let basis: string;
  if (p.year !== null) {
    const d = dayOf(p.year, p.month, p.day);
    if (d === null) return null;
    days = [d];
    basis = "explicit date";
  } else {
    if (!frame) return null;
    days = yearlessCandidates(p, frame.windows);
    basis = `explicit day and month, year from ${frame.basis}`;
  }
  if (days.length === 0) return null;
  let pinsYear = false;
  if (p.weekday !== null) {
    const weekday = p.weekday;
    const matching = days.filter((d) => weekdayOfNumber(d) === weekday);
    if (matching.length === 0) return { mention: contradiction(p, days, weekday, language), pinsYear: false };
    pinsYear = p.year === null && matching.length === 1 && days.length > 1;
    if (pinsYear) basis += ", year picked by the stated weekday";
    days = matching;
    basis += " (weekday checked)";
  }
  if (days.length > 1) {
    const shown = formatWindow(dayFromNumber(Math.min(...days)), dayFromNumber(Math.max(...days)));
    basis += `; year ambiguous (${days.length} candidates, ${shown})`;
  }
  return { mention: mention(p, days, basis), pinsYear };
}

function resolveAll(text: string, language: Language, frame: WritingFrame | null): Resolved[] {
  return parseExplicit(text, language).flatMap((p) => resolve(p, language, frame) ?? []);
}

/** Dates with a day and month ("vendredi 4 février", "February 4, 2022"), the weekday checked, the year inferred. */
export function findExplicitDates(text: string, language: Language, frame: WritingFrame | null): DateMention[] {
  return resolveAll(text, language, frame).map((r) => r.mention);
}

/** The days of yearless dates whose weekday picked their year ("samedi 27 juin" → 2026 among the candidates). */
export function daysPinnedByWeekday(text: string, language: Language, frame: WritingFrame): number[] {
  return resolveAll(text, language, frame)
    .filter((r) => r.pinsYear)
    .map((r) => dayNumber(r.mention.range.start));
}
