import { flatMapped } from "../../domain/flat-mapped";
import { dayFromNumber, dayNumber } from "../../domain/day";
import type { DateRange } from "../../domain/schemas/ingest";
import { type TextDocument, sentenceAround } from "../text/document";
import type { AnchorMention } from "./anchors";
import {
  type DayWindow,
  formatWindow,
  hull,
  intersectWindows,
  normalizeWindows,
  windowOf,
  yearOf,
  yearWindow,
} from "./day-windows";
import type { ReferenceEvent } from "./reference-events";
import { findRelativePeriods } from "./relative-periods";
import { type Basis, anchoredOn, nearStatedDates, publicationDate, publicationRange, referenceConflict } from "./basis";

/** When the text could have been written, and how that is known. */
export interface WritingFrame {
  windows: DayWindow[];
  basis: Basis;
  /** Set when anchored after a reference event: the week from its start, where weekday-only mentions fall. */
  anchorWeeks: DayWindow[] | null;
}

/** A date given without its year, or an article without a publication date, lies within this many days of writing. */
export const NEAR_WRITING_DAYS = 183;
/** How far a "before"/"after" anchor reaches when its series has no neighbour in the table, in days. */
const OPEN_BOUND_DAYS = 3653;
/** A weekday-only mention names a day within the week that begins on the anchor's first day. */
const ANCHOR_WEEK_DAYS = 7;

function neighbour(event: ReferenceEvent, events: readonly ReferenceEvent[], direction: 1 | -1): ReferenceEvent | null {
  if (!event.series) return null;
  const start = dayNumber(event.start);
  const sameSeries = events
    .filter((e) => e.series === event.series && Math.sign(dayNumber(e.start) - start) === direction)
    .sort((a, b) => direction * (dayNumber(a.start) - dayNumber(b.start)));
  return sameSeries[0] ?? null;
}

function windowFor(event: ReferenceEvent, relation: "before" | "after" | "during", events: readonly ReferenceEvent[]): DayWindow {
  const { start, end } = windowOf(event.start, event.end);
  if (relation === "before") {
    const previous = neighbour(event, events, -1);
    return { start: previous ? dayNumber(previous.end) + 1 : start - OPEN_BOUND_DAYS, end: start - 1 };
  }
  const next = neighbour(event, events, 1);
  return { start, end: next ? dayNumber(next.start) - 1 : Math.max(end, start + OPEN_BOUND_DAYS) };
}

/** One anchor's reading: for each table entry it could name, when the text could then have been written. */
interface Constraint {
  anchor: AnchorMention;
  parts: { event: ReferenceEvent; window: DayWindow }[];
}

const windowsOf = (c: Constraint) => normalizeWindows(c.parts.map((p) => p.window));

/** "élu président … l'an prochain": the named event falls in the year after the one the text was written in. */
function yearLinks(doc: TextDocument, anchors: readonly AnchorMention[]): Constraint[] {
  return flatMapped(findRelativePeriods(doc).filter((p) => p.unit === "year" && !p.part), (word) => {
    const sentence = sentenceAround(doc, word);
    return anchors
      .filter((a) => a.start >= sentence.start && a.end <= sentence.end)
      .map((anchor) => ({
        anchor,
        parts: anchor.candidates.map((event) => ({ event, window: yearWindow(yearOf(dayNumber(event.start)) - word.offset) })),
      }));
  });
}

/** The entries of a constraint still possible once every constraint is applied, for the basis. */
function survivors(c: Constraint, windows: readonly DayWindow[]): string[] {
  return c.parts
    .filter((p) => intersectWindows([p.window], windows).length > 0)
    .map((p) => `${p.event.label} (${formatWindow(p.event.start, p.event.end)})`);
}

export function writingFrame(
  doc: TextDocument,
  published: DateRange | null,
  anchors: readonly AnchorMention[],
  events: readonly ReferenceEvent[],
  pinnedDays: readonly number[] = [],
): WritingFrame | null {
  if (published) {
    const day = published.start === published.end;
    return {
      windows: [windowOf(published.start, published.end)],
      basis: day ? publicationDate(published.start) : publicationRange(formatWindow(published.start, published.end)),
      anchorWeeks: null,
    };
  }
  const constraints: Constraint[] = [
    ...flatMapped(anchors, (anchor): Constraint[] => {
      const relation = anchor.relation;
      if (relation === null) return [];
      return [{ anchor, parts: anchor.candidates.map((event) => ({ event, window: windowFor(event, relation, events) })) }];
    }),
    ...yearLinks(doc, anchors),
  ];
  if (constraints.length === 0) return null;
  let windows = constraints.map(windowsOf).reduce((acc, w) => intersectWindows(acc, w));
  const narrowed = intersectWindows(windows, pinnedDays.map((d) => ({ start: d - NEAR_WRITING_DAYS, end: d + NEAR_WRITING_DAYS })));
  const pinned = pinnedDays.length > 0 && narrowed.length > 0;
  if (pinned) windows = narrowed;
  if (windows.length === 0) {
    const range = hull(flatMapped(constraints, windowsOf));
    const whole = range ? [windowOf(range.start, range.end)] : [];
    return { windows: whole, basis: referenceConflict, anchorWeeks: null };
  }
  const names = [...new Set(flatMapped(constraints, (c) => survivors(c, windows)))];
  const basis = anchoredOn(names.join(", "), pinned);
  const weekWindows = flatMapped(constraints
    .filter((c) => c.anchor.relation === "after" || (c.anchor.relation === "during" && c.parts.length === 1)), (c) => c.parts)
    .map(({ event }) => ({ start: dayNumber(event.start), end: dayNumber(event.start) + ANCHOR_WEEK_DAYS - 1 }));
  const anchorWeeks = intersectWindows(normalizeWindows(weekWindows), windows);
  return { windows, basis, anchorWeeks: anchorWeeks.length > 0 ? anchorWeeks : null };
}

/** Without a publication date or anchor, a fully stated date ("4 février 2022") still says roughly when the text was written. */
export function frameFromStatedDays(days: readonly number[]): WritingFrame | null {
  if (days.length === 0) return null;
  const windows = normalizeWindows(days.map((d) => ({ start: d - NEAR_WRITING_DAYS, end: d + NEAR_WRITING_DAYS })));
  const shown = [...new Set(days)].sort((a, b) => a - b).map(dayFromNumber).join(", ");
  return { windows, basis: nearStatedDates(shown), anchorWeeks: null };
}
