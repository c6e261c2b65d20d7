import { addDays, compareDays, type IsoDay } from "./day";
import type { ShardRef } from "./schemas/event-data";

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
