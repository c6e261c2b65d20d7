import { addDays, addYears, compareDays, dayFromNumber, dayNumber, type IsoDay } from "../../domain/day";

/** The timeline's first day: the North Atlantic Treaty was signed on 4 April 1949. */
export const TIMELINE_START: IsoDay = "1949-04-04";

/** Pause between two playback steps at normal speed, in milliseconds: long enough to read the Members list change. */
export const PLAY_STEP_MS = 1400;
/** Playback speeds offered, as multiples of the normal pace. */
export const PLAY_SPEEDS = [0.5, 1, 2, 4] as const;
export type PlaySpeed = (typeof PLAY_SPEEDS)[number];

/** The narrowest the timeline zooms to, in days: a few weeks. */
export const MIN_VIEW_DAYS = 21;
/** How much one zoom step (a button, a key, a wheel notch) narrows or widens the view. */
export const ZOOM_STEP = 2;

export interface TimelineBounds {
  start: IsoDay;
  end: IsoDay;
}

export function clampDay(day: IsoDay, bounds: TimelineBounds): IsoDay {
  if (compareDays(day, bounds.start) < 0) return bounds.start;
  if (compareDays(day, bounds.end) > 0) return bounds.end;
  return day;
}

/** The day a key moves the slider to (arrows: a day, Page Up/Down: a year, Home/End), or null for other keys. */
export function dayForKey(key: string, day: IsoDay, bounds: TimelineBounds): IsoDay | null {
  switch (key) {
    case "ArrowRight":
    case "ArrowUp":
      return clampDay(addDays(day, 1), bounds);
    case "ArrowLeft":
    case "ArrowDown":
      return clampDay(addDays(day, -1), bounds);
    case "PageUp":
      return clampDay(addYears(day, 1), bounds);
    case "PageDown":
      return clampDay(addYears(day, -1), bounds);
    case "Home":
      return bounds.start;
    case "End":
      return bounds.end;
    default:
      return null;
  }
}

/** Position of a day along the track, 0 at the start and 1 at the end. */
export function dayToFraction(day: IsoDay, bounds: TimelineBounds): number {
  const start = dayNumber(bounds.start);
  const span = dayNumber(bounds.end) - start;
  return span <= 0 ? 0 : (dayNumber(day) - start) / span;
}

/** The day under a position along the track (clamped), rounded to the nearest day. */
export function fractionToDay(fraction: number, bounds: TimelineBounds): IsoDay {
  const start = dayNumber(bounds.start);
  const span = dayNumber(bounds.end) - start;
  const clamped = Math.min(1, Math.max(0, fraction));
  return dayFromNumber(start + Math.round(clamped * span));
}

/** First index in sorted `days` whose day is greater than `day` (binary search). */
function upperBound(days: readonly IsoDay[], day: IsoDay): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareDays(days[mid] as IsoDay, day) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return hi;
}

/** The first stop strictly after `day`, or null. `stops` must be sorted. */
export function nextStop(stops: readonly IsoDay[], day: IsoDay): IsoDay | null {
  return stops[upperBound(stops, day)] ?? null;
}

/** The last stop strictly before `day`, or null. `stops` must be sorted. */
export function previousStop(stops: readonly IsoDay[], day: IsoDay): IsoDay | null {
  let i = upperBound(stops, day) - 1;
  if (i >= 0 && stops[i] === day) i -= 1;
  return i >= 0 ? (stops[i] ?? null) : null;
}

/**
 * Where playback goes next: the next stop after the selected day, so Play starts from it; only when
 * Play is pressed at or past the last stop does it go back to the first, to replay the story.
 */
export function playbackNext(stops: readonly IsoDay[], day: IsoDay, atStart: boolean): IsoDay | null {
  const next = nextStop(stops, day);
  if (next !== null || !atStart) return next;
  const first = stops[0];
  return first !== undefined && compareDays(first, day) < 0 ? first : null;
}

/** Sorted unique union of several sorted or unsorted day lists. */
export function mergeStops(...lists: readonly (readonly IsoDay[])[]): IsoDay[] {
  return [...new Set(lists.flat())].sort(compareDays);
}

/** An event's extent on the timeline: a day (`start == end`) or an uncertain range. */
export interface DatedMark {
  start: IsoDay;
  end: IsoDay;
}

/** Events dated only to a range, drawn as bands: widest first so narrow ones stay visible on top. */
export function rangeMarks<T extends DatedMark>(marks: readonly T[]): T[] {
  return marks
    .filter((m) => m.start !== m.end)
    .sort((a, b) => dayNumber(b.end) - dayNumber(b.start) - (dayNumber(a.end) - dayNumber(a.start)));
}

/** The part of the timeline shown: `bounds` zoomed in, `MIN_VIEW_DAYS` wide at the least. */
function viewOf(startNumber: number, span: number, bounds: TimelineBounds): TimelineBounds {
  const [first, last] = [dayNumber(bounds.start), dayNumber(bounds.end)];
  const width = Math.min(last - first, Math.max(MIN_VIEW_DAYS, Math.round(span)));
  const start = Math.min(last - width, Math.max(first, Math.round(startNumber)));
  return { start: dayFromNumber(start), end: dayFromNumber(start + width) };
}

/** The view zoomed by `factor` (below 1 zooms in) around `anchor`, which keeps its place on the track. */
export function zoomView(view: TimelineBounds, bounds: TimelineBounds, factor: number, anchor: IsoDay): TimelineBounds {
  const [start, end, at] = [dayNumber(view.start), dayNumber(view.end), dayNumber(anchor)];
  const fraction = end === start ? 0.5 : (at - start) / (end - start);
  const span = Math.min(dayNumber(bounds.end) - dayNumber(bounds.start), Math.max(MIN_VIEW_DAYS, (end - start) * factor));
  return viewOf(at - fraction * span, span, bounds);
}

/** The view moved by `days` (negative: earlier), its width kept, within the timeline. */
export function panView(view: TimelineBounds, bounds: TimelineBounds, days: number): TimelineBounds {
  const start = dayNumber(view.start);
  return viewOf(start + days, dayNumber(view.end) - start, bounds);
}

/** The view moved just enough to show `day` (playback, keys and buttons move the date out of a zoomed view). */
export function viewShowing(view: TimelineBounds, bounds: TimelineBounds, day: IsoDay): TimelineBounds {
  const [start, end, at] = [dayNumber(view.start), dayNumber(view.end), dayNumber(day)];
  if (at < start) return panView(view, bounds, at - start);
  if (at > end) return panView(view, bounds, at - end);
  return view;
}

/** One mark on the track: an event, or events that could not be told apart, drawn as one with their count. */
export interface MarkGroup {
  start: IsoDay;
  end: IsoDay;
  /** The events' ids, where the corpus is small enough to list them. */
  ids: string[];
  count: number;
  /** Where the mark's day is on the track, and where its head is drawn once spread, in CSS pixels. */
  at: number;
  x: number;
}

type Mark = DatedMark & { id: string | null; count: number };

/** Marks closer than `gap` to each other, spread evenly around their mean, as one run. */
interface Run {
  groups: MarkGroup[];
  left: number;
}

const runWidth = (run: Run, gap: number) => (run.groups.length - 1) * gap;

/**
 * The marks within the view, left to right. Marks that would touch are spread apart, evenly around
 * where they are, as long as a run of them stays within `maxSpreadPx` (a leader joins each head to its
 * day); a longer run is cut into as many groups as fit, each drawn as one mark with its count.
 */
export function spreadMarks(marks: readonly Mark[], view: TimelineBounds, widthPx: number, gapPx: number, maxSpreadPx: number): MarkGroup[] {
  const slots = Math.max(1, Math.floor(maxSpreadPx / gapPx) + 1);
  const runs: Run[] = [];
  const place = (run: Run) => {
    const mean = run.groups.reduce((sum, g) => sum + g.at, 0) / run.groups.length;
    run.left = Math.min(Math.max(0, widthPx - runWidth(run, gapPx)), Math.max(0, mean - runWidth(run, gapPx) / 2));
  };
  for (const mark of marks) {
    const fraction = dayToFraction(mark.start, view);
    if (fraction < 0 || fraction > 1) continue;
    const group: MarkGroup = { start: mark.start, end: mark.start, ids: mark.id === null ? [] : [mark.id], count: mark.count, at: fraction * widthPx, x: 0 };
    const run: Run = { groups: [group], left: group.at };
    runs.push(run);
    // Join the previous runs while they would touch this one once spread.
    for (let last = runs.at(-1), before = runs.at(-2); last && before; last = runs.at(-1), before = runs.at(-2)) {
      if (before.left + runWidth(before, gapPx) + gapPx <= last.left) break;
      runs.splice(-2, 2, { groups: [...before.groups, ...last.groups], left: 0 });
      place(runs.at(-1) as Run);
    }
  }
  return runs.flatMap((run) => {
    const groups = run.groups.length <= slots ? run.groups : mergeInto(run.groups, slots);
    const packed = { groups, left: 0 };
    place(packed);
    return groups.map((g, i) => ({ ...g, x: packed.left + i * gapPx }));
  });
}

/** `groups` (in order) merged into `slots` consecutive groups of about equal size. */
function mergeInto(groups: readonly MarkGroup[], slots: number): MarkGroup[] {
  const merged: MarkGroup[] = [];
  for (let i = 0; i < slots; i += 1) {
    const part = groups.slice(Math.floor((i * groups.length) / slots), Math.floor(((i + 1) * groups.length) / slots));
    const first = part[0];
    const last = part.at(-1);
    if (!first || !last) continue;
    merged.push({
      start: first.start,
      end: last.end,
      ids: part.flatMap((g) => g.ids),
      count: part.reduce((sum, g) => sum + g.count, 0),
      at: part.reduce((sum, g) => sum + g.at, 0) / part.length,
      x: 0,
    });
  }
  return merged;
}

/** A label under the track: a year, or a month when the view is narrower than `MONTH_TICKS_BELOW_DAYS`. */
export interface Tick {
  day: IsoDay;
  unit: "year" | "month";
}
const MONTH_TICKS_BELOW_DAYS = 3 * 365;
const YEAR_STEPS = [1, 2, 5, 10, 20, 50];
const MONTH_STEPS = [1, 2, 3, 6];

/** Round-numbered labels across the view, at most `maxTicks` of them. */
export function ticksFor(view: TimelineBounds, maxTicks: number): Tick[] {
  const [start, end] = [dayNumber(view.start), dayNumber(view.end)];
  const ticks: Tick[] = [];
  const [y0, m0] = [Number(view.start.slice(0, 4)), Number(view.start.slice(5, 7))];
  const y1 = Number(view.end.slice(0, 4));
  if (end - start < MONTH_TICKS_BELOW_DAYS) {
    const months = (y1 - y0) * 12 + Number(view.end.slice(5, 7)) - m0 + 1;
    const step = MONTH_STEPS.find((s) => months / s <= maxTicks) ?? 12;
    for (let i = 0; i <= months; i += 1) {
      const month = m0 - 1 + i;
      const day = `${y0 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}-01`;
      if ((month % 12) % step === 0 && dayNumber(day) >= start && dayNumber(day) <= end) ticks.push({ day, unit: "month" });
    }
    return ticks;
  }
  const step = YEAR_STEPS.find((s) => (y1 - y0) / s <= maxTicks) ?? 100;
  for (let y = Math.ceil(y0 / step) * step; y <= y1; y += step) {
    const day = `${y}-01-01`;
    if (dayNumber(day) >= start) ticks.push({ day, unit: "year" });
  }
  return ticks;
}
