import { queryOptions, useQueries, useQuery, useQueryClient, type UseQueryResult } from "@tanstack/react-query";
import { useEffect, useMemo } from "react";
import { compareDays, type IsoDay } from "../../domain/day";
import { articleOfEvent } from "../../domain/event-ids";
import { shardsForDate } from "../../domain/event-window";
import type { EventShard, EventsIndex, ShardEvent, ShardRef } from "../../domain/schemas/event-data";
import { useSettledDate } from "../use-settled-date";
import { fetchDataFile } from "./fetch-data-file";
import { useArticle } from "./use-article";
import { dataKeys } from "./query-keys";

export interface EventsResult {
  /** Each event once (a range spanning months is in several shards), in date order. */
  events: ShardEvent[];
  /** Shards that failed to load, each naming its file; the events of the others are still listed. */
  errors: Error[];
  pending: boolean;
}

/** One event's mark on the timeline: a day (`start == end`) or an uncertain range; a large corpus's marks count a day's events. */
export interface EventMark {
  id: string | null;
  start: IsoDay;
  end: IsoDay;
  count: number;
}

export function useEventIndex() {
  return useQuery({
    queryKey: dataKeys.eventIndex(),
    queryFn: ({ signal }) => fetchDataFile("events/index.json", (s) => s.eventsIndexSchema, signal),
  });
}

export const shardQuery = (ref: ShardRef) =>
  queryOptions({
    queryKey: dataKeys.eventShard(ref.id),
    queryFn: ({ signal }) => fetchDataFile(`events/${ref.file}`, (s) => s.eventShardSchema, signal),
  });

const byDate = (a: ShardEvent, b: ShardEvent) =>
  compareDays(a.date.start, b.date.start) || compareDays(a.date.end, b.date.end) || a.id.localeCompare(b.id);

/** The events of several shards, each once, in date order. */
export function mergeShardEvents(shards: readonly (EventShard | undefined)[]): ShardEvent[] {
  const byId = new Map<string, ShardEvent>();
  for (const shard of shards) for (const event of shard?.events ?? []) byId.set(event.id, event);
  return [...byId.values()].sort(byDate);
}

function combineShards(results: UseQueryResult<EventShard>[]): EventsResult {
  return {
    events: mergeShardEvents(results.map((r) => r.data)),
    errors: results.flatMap((r) => (r.error ? [r.error] : [])),
    pending: results.some((r) => r.isPending),
  };
}

export function useShardEvents(refs: readonly ShardRef[]): EventsResult {
  return useQueries({ queries: refs.map(shardQuery), combine: combineShards });
}

/** The index's shards overlapping a range of days. */
export function shardsOverlapping(index: EventsIndex, start: IsoDay, end: IsoDay): ShardRef[] {
  return index.shards.filter((s) => compareDays(s.end, start) >= 0 && compareDays(s.start, end) <= 0);
}

/** The shards' events, with the index's own failure or wait folded in. */
function useIndexedShards(index: UseQueryResult<EventsIndex>, refs: readonly ShardRef[]): EventsResult {
  const shards = useShardEvents(refs);
  const { error, isPending } = index;
  return useMemo(
    () => ({
      events: shards.events,
      errors: error ? [error, ...shards.errors] : shards.errors,
      pending: isPending || shards.pending,
    }),
    [shards, error, isPending],
  );
}

/** The shards just outside `chosen`, so stepping to a neighbouring date finds its events already loaded. */
export function neighbourShards(all: readonly ShardRef[], chosen: readonly ShardRef[]): ShardRef[] {
  const first = chosen[0];
  const last = chosen.at(-1);
  if (!first || !last) return [];
  const before = all[all.indexOf(first) - 1];
  const after = all[all.indexOf(last) + 1];
  return [before, after].filter((s): s is ShardRef => s !== undefined);
}

/** Events on and around `date`: the shards of its window, with the neighbouring shards prefetched. */
export function useEventsNearDate(date: IsoDay | null): EventsResult {
  const index = useEventIndex();
  const queryClient = useQueryClient();
  const refs = useMemo(() => (index.data && date ? shardsForDate(index.data.shards, date) : []), [index.data, date]);
  useEffect(() => {
    if (!index.data) return;
    for (const ref of neighbourShards(index.data.shards, refs)) void queryClient.prefetchQuery(shardQuery(ref));
  }, [index.data, refs, queryClient]);
  return useIndexedShards(index, refs);
}

/** The timeline marks of an index, sorted by start then end; per-day counts become one-day marks counting their events. */
export function eventMarksOf(index: EventsIndex): EventMark[] {
  const marks: EventMark[] =
    index.timeline.kind === "events"
      ? index.timeline.marks.map((m) => ({ id: m.id, start: m.start, end: m.end, count: 1 }))
      : index.timeline.days.map((d) => ({ id: null, start: d.day, end: d.day, count: d.count }));
  return marks.sort((a, b) => compareDays(a.start, b.start) || compareDays(a.end, b.end));
}

/** For the timeline: every event's start day (and range, where uncertain), sorted; empty until loaded. */
export function useEventMarks(): EventMark[] {
  const { data } = useEventIndex();
  return useMemo(() => (data ? eventMarksOf(data) : []), [data]);
}

export type EventLookup =
  | { status: "pending" }
  | { status: "found"; event: ShardEvent }
  | { status: "missing" }
  | { status: "error"; error: Error };

/**
 * Finds one event by id: among the events already loaded around the selected date, else through its
 * dates — its timeline mark while the index lists every event, else its article's file (event ids
 * name their article) — and the shard that holds that day.
 */
export function useEventById(id: string | null): EventLookup {
  const index = useEventIndex();
  const near = useEventsNearDate(useSettledDate());
  const nearby = id ? near.events.find((e) => e.id === id) : undefined;
  const listsEvents = index.data?.timeline.kind === "events";
  const needsArticle = id !== null && index.data !== undefined && !listsEvents && !nearby && !near.pending;
  const article = useArticle(needsArticle ? articleOfEvent(id) : null);
  const mark = useMemo(() => {
    if (!id || !index.data || nearby) return undefined;
    const marks = index.data.timeline.kind === "events" ? index.data.timeline.marks : (article.data?.events ?? []);
    return marks.find((m) => m.id === id);
  }, [index.data, article.data, id, nearby]);
  const refs = useMemo(
    () => (index.data && mark ? shardsOverlapping(index.data, mark.start, mark.start) : []),
    [index.data, mark],
  );
  const shards = useShardEvents(refs);
  const articleSettled =
    listsEvents || article.data !== undefined || article.error !== null || (needsArticle && articleOfEvent(id) === null);
  return useMemo((): EventLookup => {
    if (index.error) return { status: "error", error: index.error };
    if (!index.data || !id) return { status: "pending" };
    const event = nearby ?? shards.events.find((e) => e.id === id);
    if (event) return { status: "found", event };
    if (!mark) return articleSettled ? { status: "missing" } : { status: "pending" };
    const [error] = shards.errors;
    if (error) return { status: "error", error };
    return shards.pending ? { status: "pending" } : { status: "missing" };
  }, [index.error, index.data, id, nearby, mark, shards, articleSettled]);
}
