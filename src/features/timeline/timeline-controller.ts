import { addDays, addYears, compareDays, dayFromNumber, dayNumber, type IsoDay } from "../../domain/day";

/** The timeline's first day: the North Atlantic Treaty was signed on 4 April 1949. */
export const TIMELINE_START: IsoDay = "1949-04-04";

/** Pause between two playback steps, in milliseconds: long enough to read the Members list change. */
export const PLAY_STEP_MS = 1400;

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
 * Where playback goes next: the next stop, or — when the selected day is at or past the last stop —
 * back to the first stop, so pressing Play at the end replays the story instead of doing nothing.
 */
export function playbackNext(stops: readonly IsoDay[], day: IsoDay, atStart: boolean): IsoDay | null {
  if (atStart) {
    const first = stops[0];
    return first !== undefined && compareDays(first, day) < 0 ? first : nextStop(stops, day);
  }
  return nextStop(stops, day);
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

/**
 * Counts of day-precise events in `binCount` equal slices of the timeline, so a dense period reads
 * as a taller bar instead of a smear of overlapping ticks, whatever the corpus size.
 */
export function binEventDays(marks: readonly DatedMark[], bounds: TimelineBounds, binCount: number): number[] {
  const bins = new Array<number>(binCount).fill(0);
  for (const mark of marks) {
    if (mark.start !== mark.end) continue;
    const fraction = dayToFraction(mark.start, bounds);
    if (fraction < 0 || fraction > 1) continue;
    const bin = Math.min(binCount - 1, Math.floor(fraction * binCount));
    bins[bin] = (bins[bin] ?? 0) + 1;
  }
  return bins;
}

/** Events dated only to a range, drawn as bands: widest first so narrow ones stay visible on top. */
export function rangeMarks<T extends DatedMark>(marks: readonly T[]): T[] {
  return marks
    .filter((m) => m.start !== m.end)
    .sort((a, b) => dayNumber(b.end) - dayNumber(b.start) - (dayNumber(a.end) - dayNumber(a.start)));
}
