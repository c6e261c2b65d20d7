import type { IsoDay } from "../../domain/day";
import { addDays, compareDays } from "../../domain/day";
import { EVENT_WINDOW_DAYS } from "../../domain/event-window";
import type { ShardEvent } from "../../domain/schemas/event-data";

/** An event placed on the map: its place, or its first country's label point. */
export interface PlacedEvent {
  event: ShardEvent;
  lon: number;
  lat: number;
  /** On the selected date (its range contains it), rather than nearby. */
  current: boolean;
}

export interface EventCluster {
  members: PlacedEvent[];
  lon: number;
  lat: number;
  x: number;
  y: number;
}

/** Markers closer than this on screen, in CSS pixels, merge into one with a count. */
export const CLUSTER_RADIUS_PX = 28;

/** The events near the date that can be drawn, at their place or their first country's point. */
export function placeEvents(
  events: readonly ShardEvent[],
  date: IsoDay,
  countryPoint: (iso3: string) => [number, number] | undefined,
): PlacedEvent[] {
  const from = addDays(date, -EVENT_WINDOW_DAYS);
  const to = addDays(date, EVENT_WINDOW_DAYS);
  return events.flatMap((event) => {
    if (compareDays(event.date.end, from) < 0 || compareDays(event.date.start, to) > 0) return [];
    const first = event.countries[0];
    const at = event.place ? ([event.place.lon, event.place.lat] as [number, number]) : first ? countryPoint(first) : undefined;
    if (!at) return [];
    const current = compareDays(event.date.start, date) <= 0 && compareDays(date, event.date.end) <= 0;
    return [{ event, lon: at[0], lat: at[1], current }];
  });
}

/**
 * Greedy screen-space clustering: each event joins the first cluster within the radius of its
 * projected position, else starts one. Tens of events at most per window, so O(n²) is fine.
 */
export function clusterEvents(
  placed: readonly PlacedEvent[],
  project: (lon: number, lat: number) => { x: number; y: number },
  radius = CLUSTER_RADIUS_PX,
): EventCluster[] {
  const clusters: EventCluster[] = [];
  for (const item of placed) {
    const { x, y } = project(item.lon, item.lat);
    const near = clusters.find((c) => Math.hypot(c.x - x, c.y - y) <= radius);
    if (near) near.members.push(item);
    else clusters.push({ members: [item], lon: item.lon, lat: item.lat, x, y });
  }
  return clusters;
}
