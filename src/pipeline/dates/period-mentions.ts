import { flatMapped } from "../../domain/flat-mapped";
import type { Span } from "../../domain/schemas/ingest";
import type { LanguagePack } from "../language/language-pack";
import type { TextDocument } from "../text/document";
import { escapeRegExp } from "../text/escape-regexp";
import { type DayWindow, hull, monthIndexOf, monthWindow, narrow, weekStart, yearOf, yearWindow } from "./day-windows";
import type { DateMention } from "./date-mention";
import { findRelativePeriods, type RelativePeriod } from "./relative-periods";
import type { WritingFrame } from "./writing-frame";
import { relativeTo } from "./basis";
import { tenseAround } from "./tense";
import { NOT_AFTER_LETTER } from "../text/word-edges";

/** The whole period holding `day`, shifted by `offset` periods. */
function periodOf(day: number, unit: RelativePeriod["unit"], offset: number): DayWindow {
  if (unit === "week") {
    const start = weekStart(day) + 7 * offset;
    return { start, end: start + 6 };
  }
  if (unit === "month") return monthWindow(monthIndexOf(day) + offset);
  return yearWindow(yearOf(day) + offset);
}

/** The days a period names for one writing window; "earlier this month" stops the day before writing. */
function daysFor(w: DayWindow, p: RelativePeriod): DayWindow {
  const first = periodOf(w.start, p.unit, p.offset);
  const last = periodOf(w.end, p.unit, p.offset);
  if (p.part === "before") return { start: first.start, end: Math.max(first.start, w.end - 1) };
  if (p.part === "after") return { start: Math.min(last.end, w.start + 1), end: last.end };
  return { start: first.start, end: last.end };
}

const partPatterns = new WeakMap<LanguagePack, RegExp>();

/** A part of a period written just before it: "early next year", « à la fin du mois prochain ». Group 1 the part. */
function partBefore(pack: LanguagePack): RegExp {
  let pattern = partPatterns.get(pack);
  if (!pattern) {
    const parts = Object.keys(pack.parts).sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
    partPatterns.set(pack, (pattern = new RegExp(`${NOT_AFTER_LETTER}(${parts})[\\s-]*(?:of\\s+)?$`, "iu")));
  }
  return pattern;
}

/**
 * "at the end of the month" names the month of writing only when the tense agrees: "met at the end of
 * the month" written mid-month, or a habit ("are paid at the start of the month"), does not say which
 * month.
 */
function toldAsMeant(doc: TextDocument, span: Span, days: readonly DayWindow[], frame: WritingFrame): boolean {
  const tense = tenseAround(doc, span);
  if (tense === null) return false;
  return days.every((d, i) => {
    const writing = frame.windows[i] as DayWindow;
    return tense === "past" ? d.start <= writing.end : d.end >= writing.start;
  });
}

export function findPeriodMentions(doc: TextDocument, frame: WritingFrame): DateMention[] {
  return flatMapped(findRelativePeriods(doc), (p): DateMention[] => {
    const whole = frame.windows.map((w) => daysFor(w, p));
    const before = partBefore(doc.pack).exec(doc.text.slice(Math.max(0, p.start - 20), p.start));
    const part = before && !p.part ? doc.pack.parts[(before[1] ?? "").toLowerCase()] : undefined;
    if (p.needsPart && !part) return [];
    const start = part && before ? p.start - before[0].length : p.start;
    const days = part ? whole.map((w) => narrow(w, part, p.unit)) : whole;
    if (p.needsPart && !toldAsMeant(doc, { start, end: p.end }, days, frame)) return [];
    const range = hull(days);
    if (!range) return [];
    const words = doc.text.slice(start, p.end);
    const precision = p.unit === "year" && !p.part && !part ? "year" : p.unit === "week" ? "day" : "month";
    return [{ start, end: p.end, range, basis: relativeTo(words, frame.basis), kind: "event", precision, relative: true }];
  });
}
