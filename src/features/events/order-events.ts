import { compareDays, dayNumber, type IsoDay } from "../../domain/day";
import type { ShardEvent } from "../../domain/schemas/event-data";

export interface EventsAroundDate {
  /** Events whose date (a day or an uncertain range) includes the day: exact days first, then the narrowest ranges. */
  onDate: ShardEvent[];
  /** The nearest events that ended before the day, nearest first. */
  before: ShardEvent[];
  /** The nearest events that start after the day, nearest first. */
  after: ShardEvent[];
}

const width = (e: ShardEvent) => dayNumber(e.date.end) - dayNumber(e.date.start);

/** Splits events around `date`, keeping at most `nearbyLimit` on each side. */
export function arrangeAroundDate(events: readonly ShardEvent[], date: IsoDay, nearbyLimit: number): EventsAroundDate {
  const onDate: ShardEvent[] = [];
  const before: ShardEvent[] = [];
  const after: ShardEvent[] = [];
  for (const e of events) {
    if (compareDays(e.date.end, date) < 0) before.push(e);
    else if (compareDays(e.date.start, date) > 0) after.push(e);
    else onDate.push(e);
  }
  onDate.sort((a, b) => width(a) - width(b) || compareDays(a.date.start, b.date.start) || a.id.localeCompare(b.id));
  before.sort((a, b) => compareDays(b.date.end, a.date.end) || compareDays(b.date.start, a.date.start) || a.id.localeCompare(b.id));
  after.sort((a, b) => compareDays(a.date.start, b.date.start) || compareDays(a.date.end, b.date.end) || a.id.localeCompare(b.id));
  return { onDate, before: before.slice(0, nearbyLimit), after: after.slice(0, nearbyLimit) };
}
