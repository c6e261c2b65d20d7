import { flatMapped } from "../../domain/flat-mapped";
import { dayFromNumber } from "../../domain/day";
import type { LanguagePack } from "../language/language-pack";
import type { TextDocument } from "../text/document";
import { escapeRegExp } from "../text/escape-regexp";
import { createWordListMatcher, type WordListMatch, type WordListMatcher } from "../entities/word-list-matcher";
import { type DayWindow, hull, monthIndexOf, monthWindow, narrow, windowOf, yearOf, yearWindow } from "./day-windows";
import type { DateMention } from "./date-mention";
import { type Tense, tenseAround } from "./tense";
import { NEAR_WRITING_DAYS, type WritingFrame } from "./writing-frame";
import { type Basis, decade, explicitDays, explicitMonth, monthRelative, partOfYear, rangeOfDaysFrom, seasonFrom, seasonOfYear } from "./basis";
import { allMatches } from "../../domain/all-matches";
import { NOT_AFTER_LETTER_OR_NUMBER } from "../text/word-edges";

type Part = "early" | "mid" | "late";

interface Patterns {
  monthYear: RegExp;
  monthAlone: RegExp;
  partYear: RegExp;
  /** "the first half of 2025", « au troisième trimestre 2024 »: group 1 the ordinal, 2 the share, 3 the year. */
  yearShare: RegExp;
  seasons: RegExp;
  /** Ranges of days: "from 9 to 11 July", « les 3 et 4 avril », "February 27 and 28", "9-11 July". */
  dayRanges: readonly { pattern: RegExp; first: number; last: number; month: number; year: number }[];
  /** Two day numbers with a range's joiner between them, which every range of days has: a text without it has none. */
  dayRangeCue: RegExp;
  monthOf: (word: string) => number | null;
  /** Month and season names as words, in the cases the text may write them: where the patterns need looking. */
  monthWords: WordListMatcher;
  seasonWords: WordListMatcher;
}

/** How far around a month's name its date's other words may stand ("entre le 9 et le 11 juillet", "July 9-11, 2024"). */
const REACH_BEFORE_CHARS = 40;
const REACH_AFTER_CHARS = 30;

interface Found {
  m: RegExpMatchArray;
  at: number;
}

/**
 * Windows of text around each anchor (a month's name, a year), merged, each starting at a word's
 * start: the patterns are long alternations, costly when tried at every position of the whole text.
 */
function windowsAround(text: string, anchors: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const windows: { start: number; end: number }[] = [];
  for (const a of anchors) {
    let start = Math.max(0, a.start - REACH_BEFORE_CHARS);
    while (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1] ?? "")) start--;
    const end = Math.min(text.length, a.end + REACH_AFTER_CHARS);
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows;
}

/** Every match of `pattern` (global) inside the windows, with its index in the whole text. */
function matchesIn(text: string, windows: readonly { start: number; end: number }[], pattern: RegExp): Found[] {
  return flatMapped(windows, (w) => allMatches(pattern, text.slice(w.start, w.end)).map((m) => ({ m, at: w.start + m.index })));
}

const YEAR = /\d{4}/g;

function casedWords(words: readonly string[]): WordListMatcher {
  const forms = new Map<string, string>();
  for (const word of words) for (const form of [word, word.toLowerCase(), word.charAt(0).toUpperCase() + word.slice(1)]) forms.set(form, word);
  return createWordListMatcher(forms);
}

const cache = new WeakMap<LanguagePack, Patterns>();
const B = NOT_AFTER_LETTER_OR_NUMBER;
const E = "(?![\\p{L}\\p{N}])";

function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/['’]/gu, "['’]")).join("|");
}

function patternsFor(pack: LanguagePack): Patterns {
  const cached = cache.get(pack);
  if (cached) return cached;
  const english = pack.language === "en";
  // English writes months with a capital; "may" in lower case is a verb.
  // A full stop is part of an abbreviation ("Feb."), not of a full name ("en janvier.").
  const month = `(${alternation(pack.months.map((m) => m[0] ?? ""))}|(?:${alternation(flatMapped(pack.months, (m) => m.slice(1)))})\\.?)`;
  const flags = english ? "gu" : "giu";
  // Without the `i` flag, the words before a month may still open a sentence ("In February", "Last May").
  const opening = (words: readonly string[]) => alternation(english ? flatMapped(words, (w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]) : words);
  const parts = opening(Object.keys(pack.parts));
  const preps = opening(pack.timePrepositions);
  const modifiers = opening([...pack.weekdayModifiers.previous, ...pack.weekdayModifiers.next]);
  const joiners = alternation(pack.rangeJoiners);
  const ordinal = pack.ordinalSuffix;
  const of = `(?:\\s+${pack.ofWord})?`;
  const articles = pack.monthArticles;
  const patterns: Patterns = {
    monthYear: new RegExp(`${B}(?:(${parts})[\\s-]*${of}\\s*)?${month}\\s+(\\d{4})${E}`, flags),
    monthAlone: new RegExp(
      english
        ? `${B}(?:(${modifiers})\\s+|(?:(${parts})[\\s-]*${of}\\s*)|(?:${preps}|${articles})\\s+)${month}${E}(?!\\s*\\d)`
        : `${B}(?:(${parts})[\\s-]*${of}\\s*|(?:${preps}|${articles})\\s+)${month}${E}(?!\\s*\\d)(?:\\s+(${modifiers})${E})?`,
      flags,
    ),
    partYear: new RegExp(`${B}(${parts})[\\s-]*${of}\\s*(\\d{4})${E}`, "giu"),
    yearShare: new RegExp(`${B}(${alternation(Object.keys(pack.yearShares.ordinals))})\\s+(${alternation(Object.keys(pack.yearShares.units))})${of}\\s*(\\d{4})${E}`, "giu"),
    seasons: new RegExp(`${B}(${alternation(pack.seasonOpeners)})\\s*(${alternation(Object.keys(pack.seasons))})(?:\\s+(?:of\\s+|de\\s+|d['’])?(\\d{4})|\\s+(${modifiers}))?${E}`, "giu"),
    dayRanges: [
      {
        pattern: new RegExp(`${B}(?:${alternation(pack.rangeOpeners)})\\s+(\\d{1,2})${ordinal}\\s*(?:${joiners})\\s*(?:le\\s+|the\\s+)?(\\d{1,2})${ordinal}\\s+${month}(?:,?\\s+(\\d{4}))?${E}`, flags),
        first: 1, last: 2, month: 3, year: 4,
      },
      {
        pattern: new RegExp(`${B}(\\d{1,2})${ordinal}\\s*[-–]\\s*(\\d{1,2})${ordinal}\\s+${month}(?:,?\\s+(\\d{4}))?${E}`, flags),
        first: 1, last: 2, month: 3, year: 4,
      },
      {
        pattern: new RegExp(`${B}(?:(?:${alternation(pack.rangeOpeners)})\\s+)?${month}\\s+(\\d{1,2})${ordinal}\\s*(?:${joiners})\\s*(\\d{1,2})${ordinal}(?:,?\\s+(\\d{4}))?${E}`, flags),
        first: 2, last: 3, month: 1, year: 4,
      },
    ],
    dayRangeCue: new RegExp(`\\d${ordinal}\\s*(?:${joiners}|[-–])\\s*(?:le\\s+|the\\s+)?\\d`, flags.replace("g", "")),
    // English months are capitalised: the matcher takes them as listed, French ones in any case.
    monthWords: english ? createWordListMatcher(new Map(pack.months.flat().map((w) => [w, w]))) : casedWords(pack.months.flat()),
    seasonWords: casedWords(Object.keys(pack.seasons)),
    monthOf: (word) => {
      const w = word.toLowerCase().replace(/\.$/u, "");
      const i = pack.months.findIndex((forms) => forms.some((f) => f.toLowerCase() === w));
      return i < 0 ? null : i + 1;
    },
  };
  cache.set(pack, patterns);
  return patterns;
}

/** The month names of the document last asked about: both finders start from them. */
const monthWords = { doc: null as TextDocument | null, found: [] as WordListMatch[] };

function monthWordsIn(doc: TextDocument): readonly WordListMatch[] {
  if (monthWords.doc !== doc) {
    monthWords.doc = doc;
    monthWords.found = patternsFor(doc.pack).monthWords(doc.text, 0, doc.text.length);
  }
  return monthWords.found;
}

type Direction = "previous" | "next" | Tense | null;

/** The month `month` (1–12) that a writing day points at, by modifier or tense; both neighbours when neither says. */
function monthsFrom(day: number, month: number, direction: Direction): number[] {
  const current = monthIndexOf(day);
  const sameYear = yearOf(day) * 12 + month - 1;
  const before = sameYear <= current ? sameYear : sameYear - 12;
  const after = sameYear >= current ? sameYear : sameYear + 12;
  switch (direction) {
    case "previous":
      return [sameYear < current ? sameYear : sameYear - 12];
    case "next":
      return [sameYear > current ? sameYear : sameYear + 12];
    case "past":
      return [before];
    case "future":
      return [after];
    default:
      return before === after ? [before] : [before, after];
  }
}

function range(windows: readonly DayWindow[]): DateMention["range"] | null {
  return hull(windows);
}

/**
 * Ranges of days in one month: "from 9 to 11 July", « les 3 et 4 avril », « entre le 9 et le 11
 * juillet », "February 27 and 28", "July 9-11", "9-11 July". Without a year, the year in which the
 * range lies near the writing days.
 */
export function findDayRanges(doc: TextDocument, frame: WritingFrame | null): DateMention[] {
  const found: DateMention[] = [];
  const p = patternsFor(doc.pack);
  if (!p.dayRangeCue.test(doc.text)) return found;
  const windows = windowsAround(doc.text, monthWordsIn(doc));
  for (const shape of p.dayRanges) {
    for (const { m, at } of matchesIn(doc.text, windows, shape.pattern)) {
      const month = p.monthOf(m[shape.month] ?? "");
      const [first, last] = [Number(m[shape.first]), Number(m[shape.last])];
      const stated = m[shape.year];
      const end = at + m[0].length;
      if (month === null || first >= last || found.some((f) => f.start < end && at < f.end)) continue;
      const years = stated ? [Number(stated)] : frame ? candidateYears(frame, month, first) : [];
      const r = range(years.map((y) => windowOf(iso(y, month, first), iso(y, month, last))));
      const basis = stated ? explicitDays : frame ? rangeOfDaysFrom(frame.basis) : null;
      if (r && basis) found.push({ start: at, end, range: r, basis, kind: "event", precision: "day", relative: !stated });
    }
  }
  return found;
}

/**
 * Months and parts of years: "In May 2022", « en décembre 1965 », « fin 2024 », "in early
 * February", « en novembre dernier », "the November elections", seasons. A month without a year is the one the tense or a
 * modifier points to from the day of writing, or a range over both when nothing says.
 */
export function findMonthMentions(doc: TextDocument, frame: WritingFrame | null): DateMention[] {
  const { text, pack } = doc;
  const p = patternsFor(doc.pack);
  const found: DateMention[] = [];
  const push = (start: number, end: number, r: DateMention["range"] | null, basis: Basis, precision: DateMention["precision"], relative: boolean) => {
    if (r && !found.some((f) => f.start < end && start < f.end)) found.push({ start, end, range: r, basis, kind: "event", precision, relative });
  };
  const partOf = (word: string | undefined): Part | undefined => (word ? pack.parts[word.toLowerCase().trim()] : undefined);
  const near = (pattern: RegExp, anchors: readonly { start: number; end: number }[]) =>
    matchesIn(text, windowsAround(text, anchors), pattern).map(({ m, at }) => Object.assign(m, { index: at }));
  const months = monthWordsIn(doc);

  for (const m of near(p.monthYear, months)) {
    const month = p.monthOf(m[2] ?? "");
    if (month === null) continue;
    const w = narrow(monthWindow(Number(m[3]) * 12 + month - 1), partOf(m[1]), "month");
    push(m.index, m.index + m[0].length, range([w]), explicitMonth, "month", false);
  }
  const years = allMatches(YEAR, text).map((y) => ({ start: y.index, end: y.index + 4 }));
  for (const m of near(p.partYear, years)) {
    const w = narrow(yearWindow(Number(m[2])), partOf(m[1]), "year");
    push(m.index, m.index + m[0].length, range([w]), partOfYear, "month", false);
  }
  for (const m of near(p.yearShare, years)) {
    const share = pack.yearShares.ordinals[(m[1] ?? "").toLowerCase()] ?? 0;
    const months = pack.yearShares.units[(m[2] ?? "").toLowerCase()] ?? 0;
    // "the third half of 2025" is no share of a year.
    if (share < 1 || share * months > 12) continue;
    const first = Number(m[3]) * 12 + (share - 1) * months;
    push(m.index, m.index + m[0].length, range([{ start: monthWindow(first).start, end: monthWindow(first + months - 1).end }]), partOfYear, "month", false);
  }
  for (const m of near(p.seasons, p.seasonWords(text, 0, text.length))) {
    const [from, to] = pack.seasons[(m[2] ?? "").toLowerCase()] ?? [0, 0];
    if (!m[3] && !frame) continue;
    const year = m[3] ? Number(m[3]) : null;
    const winter = from > to;
    // "last spring": an English modifier opens the season; « l'été dernier »: a French one follows it.
    const opener = (m[1] ?? "").trim().toLowerCase();
    const modifier = m[4] ?? ([...pack.weekdayModifiers.previous, ...pack.weekdayModifiers.next].includes(opener) ? opener : undefined);
    const seasonOf = (y: number) => ({ start: monthWindow(y * 12 + from - 1 - (winter ? 12 : 0)).start, end: monthWindow(y * 12 + to - 1).end });
    const windows = year !== null ? [winter ? { start: seasonOf(year).start, end: seasonOf(year + 1).end } : seasonOf(year)] : seasonsNear(frame as WritingFrame, seasonOf, modifier, doc, { start: m.index, end: m.index + m[0].length });
    push(m.index, m.index + m[0].length, range(windows), year !== null ? seasonOfYear : seasonFrom((frame as WritingFrame).basis), "month", year === null);
  }
  if (frame) {
    for (const m of near(p.monthAlone, months)) {
      const english = pack.language === "en";
      const monthWord = english ? m[3] : m[2];
      const month = p.monthOf(monthWord ?? "");
      if (month === null) continue;
      const modifier = (english ? m[1] : m[3])?.toLowerCase();
      const part = partOf(english ? m[2] : m[1]);
      const span = { start: m.index, end: m.index + m[0].length };
      const direction: Direction = modifier
        ? pack.weekdayModifiers.previous.includes(modifier) ? "previous" : "next"
        : tenseAround(doc, span);
      const months = flatMapped(frame.windows, (w) => [...monthsFrom(w.start, month, direction), ...monthsFrom(w.end, month, direction)]);
      const windows = [...new Set(months)].map((i) => narrow(monthWindow(i), part, "month"));
      const how = modifier ? { modifier } : direction === "past" || direction === "future" ? { tense: direction } : null;
      push(span.start, span.end, range(windows), monthRelative(frame.basis, how), "month", true);
    }
  }
  const decades = flatMapped(allMatches(pack.decades, text), (m): DateMention[] => {
    const digits = m[1] ?? m[2] ?? "";
    const first = digits.length === 4 ? Number(digits) : twoDigitDecade(Number(digits), frame);
    if (first === null || first % 10 !== 0) return [];
    return [{ start: m.index, end: m.index + m[0].length, range: { start: iso(first, 1, 1), end: iso(first + 9, 12, 31) }, basis: decade, kind: "event", precision: "year", relative: digits.length < 4 }];
  });
  for (const d of decades) push(d.start, d.end, d.range, d.basis, "year", d.relative);
  return found.sort((a, b) => a.start - b.start);
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The years in which day `day` of `month` lies near the writing windows. */
function candidateYears(frame: WritingFrame, month: number, day: number): number[] {
  const years = new Set<number>();
  for (const w of frame.windows) {
    for (let y = yearOf(w.start - NEAR_WRITING_DAYS); y <= yearOf(w.end + NEAR_WRITING_DAYS); y++) {
      const d = windowOf(iso(y, month, Math.min(day, 28))).start + Math.max(0, day - 28);
      if (d >= w.start - NEAR_WRITING_DAYS && d <= w.end + NEAR_WRITING_DAYS && dayFromNumber(d).slice(5, 7) === String(month).padStart(2, "0")) years.add(y);
    }
  }
  return [...years];
}

/** "les années 80": the most recent such decade before writing, or without a frame none. */
function twoDigitDecade(digits: number, frame: WritingFrame | null): number | null {
  if (!frame || digits % 10 !== 0) return null;
  const year = yearOf(frame.windows[0]?.start ?? 0);
  const century = Math.floor(year / 100) * 100;
  return century + digits <= year ? century + digits : century - 100 + digits;
}

function seasonsNear(frame: WritingFrame, seasonOf: (y: number) => DayWindow, modifier: string | undefined, doc: TextDocument, span: { start: number; end: number }): DayWindow[] {
  const previous = modifier !== undefined && doc.pack.weekdayModifiers.previous.includes(modifier.toLowerCase());
  const next = modifier !== undefined && doc.pack.weekdayModifiers.next.includes(modifier.toLowerCase());
  const tense = modifier ? null : tenseAround(doc, span);
  return flatMapped(frame.windows, (w) => {
    const y = yearOf(w.start);
    const candidates = [seasonOf(y - 1), seasonOf(y), seasonOf(y + 1)];
    const containing = candidates.find((c) => c.start <= w.start && w.start <= c.end);
    const before = candidates.filter((c) => c.end < w.start).at(-1);
    const after = candidates.find((c) => c.start > w.end);
    if (previous || tense === "past") return before ? [containing && !previous ? containing : before] : [];
    if (next || tense === "future") return after ? [containing && !next ? containing : after] : [];
    return containing ? [containing] : [before, after].filter((c): c is DayWindow => c !== undefined);
  });
}
