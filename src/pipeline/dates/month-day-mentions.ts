import { flatMapped } from "../../domain/flat-mapped";
import { dayFromNumber, dayOfDate } from "../../domain/day";
import type { LanguagePack } from "../language/language-pack";
import { sentenceAt, type TextDocument } from "../text/document";
import { escapeRegExp } from "../text/escape-regexp";
import { NOT_AFTER_LETTER } from "../text/word-edges";
import { monthDayRelative } from "./basis";
import type { DateMention } from "./date-mention";
import { hull } from "./day-windows";
import { matchesOf } from "./required-literal";
import { type Tense, tenseAround } from "./tense";
import type { WritingFrame } from "./writing-frame";

/** How far after the day number a month name makes it part of a date with that month ("le 12 et le 13 mars"). */
const MONTH_AFTER_CHARS = 40;

/** The days numbered `n` in the month of `day` and the months either side that have one (no 30 February). */
function numberedDaysAround(day: number, n: number): number[] {
  const iso = dayFromNumber(day);
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return flatMapped([-1, 0, 1], (offset) => {
    const index = month - 1 + offset;
    const y = year + Math.floor(index / 12);
    const m = (((index % 12) + 12) % 12) + 1;
    return dayOfDate(y, m, n) ?? [];
  });
}

/** From one writing day: the last day numbered `n` on or before it (past), the next on or after it (future), both without a tense. */
function numberedDaysFrom(day: number, n: number, tense: Tense | null): number[] {
  const days = numberedDaysAround(day, n);
  const past = days.filter((d) => d <= day).at(-1);
  const future = days.find((d) => d >= day);
  const picked = tense === "past" ? [past] : tense === "future" ? [future] : [past, future];
  return picked.filter((d) => d !== undefined);
}

const monthPatterns = new WeakMap<LanguagePack, RegExp>();

function monthNamesOf(pack: LanguagePack): RegExp {
  let pattern = monthPatterns.get(pack);
  if (!pattern) {
    const names = pack.months.flat().sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
    monthPatterns.set(pack, (pattern = new RegExp(`${NOT_AFTER_LETTER}(?:${names})(?![\\p{L}])`, "iu")));
  }
  return pattern;
}

/**
 * A day of the month alone ("said on the 12th", « s'est rendu à Kyiv le 12 »): in the month of
 * writing or the one before or after it, by the tense; both without one. Not in a paragraph that
 * named a month before it (the story is then in that month), nor right before a month name (« le 12
 * et le 13 mars »).
 */
export function findMonthDayMentions(doc: TextDocument, frame: WritingFrame): DateMention[] {
  const { text, pack } = doc;
  const months = monthNamesOf(pack);
  return flatMapped(matchesOf(pack.monthDay, text), (m): DateMention[] => {
    const span = { start: m.index, end: m.index + m[0].length };
    const paragraph = doc.paragraphs[sentenceAt(doc, span.start)?.paragraph ?? -1];
    if (!paragraph || months.test(text.slice(paragraph.start, span.start)) || months.test(text.slice(span.end, span.end + MONTH_AFTER_CHARS))) return [];
    const n = Number.parseInt(m[1] ?? "", 10);
    const tense = tenseAround(doc, span);
    const days = flatMapped(frame.windows, (w) => [...numberedDaysFrom(w.start, n, tense), ...numberedDaysFrom(w.end, n, tense)]);
    const range = hull(days.map((d) => ({ start: d, end: d })));
    if (!range) return [];
    return [{ start: span.start, end: span.end, range, basis: monthDayRelative(m[0], frame.basis, tense), kind: "event", precision: "day", relative: true }];
  });
}
