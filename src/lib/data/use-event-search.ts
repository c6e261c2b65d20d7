import { queryOptions, useQueries, useQuery, type UseQueryResult } from "@tanstack/react-query";
import { useMemo } from "react";
import type { IsoDay } from "../../domain/day";
import {
  type EventFilters,
  eventsStartingIn,
  firstNumbers,
  locateEvent,
  matchAll,
  matchesAround,
  searchConditions,
  searchManifestFile,
} from "../../domain/event-search";
import type { EventShard, SearchManifest, SearchPostings, ShardEvent, ShardRef } from "../../domain/schemas/event-data";
import { DataFileError, fetchDataFile } from "./fetch-data-file";
import { dataKeys } from "./query-keys";
import { shardQuery, useEventIndex } from "./use-events";

const searchFileQuery = (file: string) =>
  queryOptions({
    queryKey: dataKeys.searchFile(file),
    queryFn: ({ signal }) => fetchDataFile(`events/${file}`, (s) => s.searchPostingsSchema, signal),
    staleTime: Infinity,
  });

/** The search index's manifest (which word files exist, every filter's values), once `wanted`. */
export function useSearchManifest(wanted: boolean): UseQueryResult<SearchManifest> {
  const file = searchManifestFile();
  return useQuery({
    queryKey: dataKeys.searchFile(file),
    queryFn: ({ signal }) => fetchDataFile(`events/${file}`, (s) => s.searchManifestSchema, signal),
    enabled: wanted,
  });
}

export interface EventSearch {
  /** How many events match in the whole corpus; null until known. */
  count: number | null;
  /** The matches nearest the date (see `matchesAround`), in the index's order. */
  events: ShardEvent[];
  errors: Error[];
  pending: boolean;
}

const IDLE: EventSearch = { count: null, events: [], errors: [], pending: false };

/** Module-level, so TanStack Query keeps the combined value while no query changes. */
function combineLoads<T>(results: UseQueryResult<T>[]) {
  return {
    data: results.map((r) => r.data),
    errors: results.flatMap((r) => (r.error ? [r.error] : [])),
    pending: results.some((r) => r.isPending),
  };
}

/** The shard's events that start in its month, checked against the index's count of them. */
function startingIn(ref: ShardRef, shard: EventShard): ShardEvent[] | Error {
  const starting = eventsStartingIn(shard);
  if (starting.length === ref.starts) return starting;
  return new DataFileError(`events/${ref.file}`, { kind: "count", found: starting.length, expected: ref.starts });
}

/**
 * Searches the whole corpus through the search index: fetches the word and filter files the query
 * needs, then only the shards holding the matches nearest `date` (`limit` on each side). Idle while
 * `filters` is null.
 */
export function useEventSearch(filters: EventFilters | null, date: IsoDay | null, limit: number): EventSearch {
  const index = useEventIndex();
  const manifest = useSearchManifest(filters !== null);
  const conditions = useMemo(
    () => (filters && manifest.data ? searchConditions(filters, new Set(manifest.data.words)) : null),
    [filters, manifest.data],
  );
  const files = useMemo(() => [...new Set(conditions?.flatMap((c) => c.files) ?? [])], [conditions]);
  const postings = useQueries({ queries: files.map(searchFileQuery), combine: combineLoads<SearchPostings> });
  const matches = useMemo(() => {
    if (!conditions || postings.pending || postings.errors.length > 0) return null;
    const loaded = new Map(files.flatMap((file, i) => (postings.data[i] ? [[file, postings.data[i]] as const] : [])));
    return matchAll(conditions, loaded);
  }, [conditions, files, postings]);

  const shards = index.data?.shards;
  const spanning = manifest.data?.spanning;
  const located = useMemo(() => {
    if (!matches || !shards || !spanning || !date) return [];
    const firsts = firstNumbers(shards);
    return matchesAround(matches, shards, spanning, date, limit).flatMap((n) => locateEvent(shards, firsts, n) ?? []);
  }, [matches, shards, spanning, date, limit]);
  const shardNumbers = useMemo(() => [...new Set(located.map((l) => l.shard))], [located]);
  const refs = useMemo(() => (shards ? shardNumbers.map((i) => shards[i] as ShardRef) : []), [shardNumbers, shards]);
  const loadedShards = useQueries({ queries: refs.map(shardQuery), combine: combineLoads<EventShard> });

  return useMemo((): EventSearch => {
    if (!filters) return IDLE;
    const errors = [index.error, manifest.error, ...postings.errors, ...loadedShards.errors].filter((e): e is Error => e instanceof Error);
    const byShard = new Map<number, ShardEvent[]>();
    refs.forEach((ref, i) => {
      const shard = loadedShards.data[i];
      if (!shard) return;
      const starting = startingIn(ref, shard);
      if (starting instanceof Error) errors.push(starting);
      else byShard.set(shardNumbers[i] as number, starting);
    });
    const events = located.flatMap((l) => byShard.get(l.shard)?.[l.place] ?? []);
    const pending = errors.length === 0 && (matches === null || loadedShards.pending);
    return { count: matches?.length ?? null, events, errors, pending };
  }, [filters, index.error, manifest.error, postings.errors, loadedShards, refs, shardNumbers, located, matches]);
}
