import { addDays, compareDays, type IsoDay } from "./day";
import type { ShardRef, TimelineMarks } from "./schemas/event-data";

/** Days either side of the selected date whose events the Events region lists as "nearby". */
export const EVENT_WINDOW_DAYS = 45;

/**
 * The shards to fetch to show one date: those overlapping the window around it, plus the nearest
 * shard with events before and after the window (the Events region always shows the nearest events,
 * however far). `shards` are sorted by start, as the index lists them.
 */
export function shardsForDate(shards: readonly ShardRef[], date: IsoDay, windowDays = EVENT_WINDOW_DAYS): ShardRef[] {
  const from = addDays(date, -windowDays);
  const to = addDays(date, windowDays);
  const inWindow = (s: ShardRef) => compareDays(s.end, from) >= 0 && compareDays(s.start, to) <= 0;
  const chosen = new Set(shards.filter(inWindow));
  const before = shards.findLast((s) => compareDays(s.end, from) < 0);
  const after = shards.find((s) => compareDays(s.start, to) > 0);
  if (before) chosen.add(before);
  if (after) chosen.add(after);
  return shards.filter((s) => chosen.has(s));
}

/**
 * How many events of the timeline's marks fall between two days (inclusive, either order), and the
 * first day one of them starts: what a comparison of two dates offers to go and read. An uncertain
 * range counts when it overlaps the span; it starts no earlier than the span for `first`.
 */
export function eventsBetween(marks: TimelineMarks, a: IsoDay, b: IsoDay): { count: number; first: IsoDay | null } {
  const [from, to] = compareDays(a, b) <= 0 ? [a, b] : [b, a];
  const spans =
    marks.kind === "events"
      ? marks.marks.map((m) => ({ start: m.start, end: m.end, count: 1 }))
      : marks.days.map((d) => ({ start: d.day, end: d.day, count: d.count }));
  let count = 0;
  let first: IsoDay | null = null;
  for (const span of spans) {
    if (compareDays(span.end, from) < 0 || compareDays(span.start, to) > 0) continue;
    count += span.count;
    const start = compareDays(span.start, from) < 0 ? from : span.start;
    if (first === null || compareDays(start, first) < 0) first = start;
  }
  return { count, first };
}
