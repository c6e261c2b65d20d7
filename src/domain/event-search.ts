import type { SearchManifest } from "./schemas/event-data";
import { searchWords } from "./search-text";

/**
 * The search index over every event (written by the pipeline beside the shards, read by the app), so
 * search and filters reach the whole corpus while fetching only the files a query needs:
 *
 * - Events are numbered in the order of the index (start, end, id): an event's number is its
 *   position among all events. Each shard's ref says how many events start in its month, so a number
 *   leads to the shard that holds the event and its place among the events starting there.
 * - A word's events are in the file of its first two letters (`w-<hex>.json`: every word beginning
 *   with them, so a query word matches as a prefix); a one-letter word has a file of its own.
 * - A filter value's events (bloc, country, speaker, article) are in one of FACET_FILES files per
 *   kind, picked by a hash of the value.
 * - Each list of event numbers is stored ascending as differences from the previous number.
 */

export const FACETS = ["bloc", "country", "speaker", "article"] as const;
export type Facet = (typeof FACETS)[number];

/** Files per kind of filter: few enough to stay small at 100,000 events, many enough that one is light. */
export const FACET_FILES = 64;

/** The key of the file holding a word: its first two letters, or the word itself when it has one. */
export function wordFileKey(word: string): string {
  let end = 0;
  for (let letters = 0; letters < 2 && end < word.length; letters++) end += (word.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
  return word.slice(0, end);
}

const hex = (text: string) => [...new TextEncoder().encode(text)].map((b) => b.toString(16).padStart(2, "0")).join("");

/** Relative to the `events/` folder, like the shards. */
export const SEARCH_FOLDER = "search";
export const searchManifestFile = () => `${SEARCH_FOLDER}/manifest.json`;
export const wordFile = (key: string) => `${SEARCH_FOLDER}/w-${hex(key)}.json`;
export const facetFile = (facet: Facet, value: string) => `${SEARCH_FOLDER}/${facet}-${facetBucket(value)}.json`;
/** The names the pipeline writes in the search folder (and may remove when they are no longer listed). */
export const SEARCH_FILE_NAME = /^(?:manifest|w-[0-9a-f]+|(?:bloc|country|speaker|article)-\d+)\.json$/;

/** FNV-1a over the UTF-16 code units: stable across runs and machines, enough to spread values out. */
function facetBucket(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) hash = Math.imul(hash ^ value.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % FACET_FILES;
}

export function encodePostings(ascending: readonly number[]): number[] {
  return ascending.map((n, i) => n - (i === 0 ? 0 : (ascending[i - 1] as number)));
}

export function decodePostings(deltas: readonly number[]): number[] {
  let last = 0;
  return deltas.map((d) => (last += d));
}

/** One condition of a query: the word files or facet file it reads, and the event numbers it allows. */
export interface SearchCondition {
  files: string[];
  /** Event numbers, ascending, given the loaded files (keyed by file name). */
  events: (loaded: ReadonlyMap<string, Readonly<Record<string, readonly number[]>>>) => number[];
}

function union(lists: readonly (readonly number[])[]): number[] {
  if (lists.length === 1) return [...(lists[0] as readonly number[])];
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

/**
 * The condition a query word sets: some word of the event begins with it, or, for a one-letter
 * word, is it. `knownKeys` are the word files that exist; a word with none matches nothing.
 */
export function wordCondition(word: string, knownKeys: ReadonlySet<string>): SearchCondition {
  const key = wordFileKey(word);
  if (!knownKeys.has(key)) return { files: [], events: () => [] };
  const file = wordFile(key);
  return {
    files: [file],
    events: (loaded) => {
      const words = loaded.get(file) ?? {};
      const exact = [...word].length === 1;
      const lists = Object.entries(words).flatMap(([w, deltas]) => ((exact ? w === word : w.startsWith(word)) ? [decodePostings(deltas)] : []));
      return lists.length === 0 ? [] : union(lists);
    },
  };
}

export function facetCondition(facet: Facet, value: string): SearchCondition {
  const file = facetFile(facet, value);
  return { files: [file], events: (loaded) => decodePostings(loaded.get(file)?.[value] ?? []) };
}

/** The events every condition allows, ascending (`conditions` is never empty when there is a query). */
export function matchAll(conditions: readonly SearchCondition[], loaded: ReadonlyMap<string, Readonly<Record<string, readonly number[]>>>): number[] {
  let result: number[] | null = null;
  for (const condition of conditions) {
    const allowed = condition.events(loaded);
    if (result === null) {
      result = allowed;
    } else {
      const keep = new Set(allowed);
      result = result.filter((n) => keep.has(n));
    }
    if (result.length === 0) break;
  }
  return result ?? [];
}

/** The words a text gives the index: the summary, the quotes and their speakers. */
export function eventSearchWords(event: { summary: string; quotes: readonly { text: string; speaker: string | null }[] }): string[] {
  return searchWords([event.summary, ...event.quotes.flatMap((q) => [q.text, q.speaker ?? ""])].join(" \n "));
}

/** What numbering needs of a shard's ref: its month and how many events start in it. */
export interface NumberedShard {
  id: string;
  starts: number;
}

/** The number of the first event starting in each shard. */
export function firstNumbers(shards: readonly NumberedShard[]): number[] {
  let next = 0;
  return shards.map((s) => {
    const first = next;
    next += s.starts;
    return first;
  });
}

/** Which shard holds event number `n` (by its start month) and its place among the events starting there. */
export function locateEvent(shards: readonly NumberedShard[], firsts: readonly number[], n: number): { shard: number; place: number } | null {
  let low = 0;
  let high = shards.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const first = firsts[mid] as number;
    if (n < first) high = mid - 1;
    else if (n >= first + (shards[mid] as NumberedShard).starts) low = mid + 1;
    else return { shard: mid, place: n - first };
  }
  return null;
}

/** The events of a shard that start in its month, in the shard's (the index's) order: numbered from the shard's first number. */
export function eventsStartingIn<E extends { date: { start: string } }>(shard: { start: string; end: string; events: readonly E[] }): E[] {
  return shard.events.filter((e) => e.date.start >= shard.start && e.date.start <= shard.end);
}

/**
 * The matches worth fetching to show the nearest `limit` on each side of `day`: every match starting
 * in the day's month, every match that started earlier and still runs in that month (`spanning`, the
 * manifest's list), and the `limit` nearest of the others starting before and after it. Ascending.
 */
export function matchesAround(
  matches: readonly number[],
  shards: readonly NumberedShard[],
  spanning: Readonly<Record<string, readonly number[]>>,
  day: string,
  limit: number,
): number[] {
  const month = day.slice(0, 7);
  let monthStart = 0;
  let monthEnd = 0;
  for (const shard of shards) {
    if (shard.id < month) monthStart += shard.starts;
    if (shard.id <= month) monthEnd += shard.starts;
  }
  const running = new Set<number>();
  for (const [last, numbers] of Object.entries(spanning)) {
    if (last >= month) for (const n of numbers) if (n < monthStart) running.add(n);
  }
  const earlier = matches.filter((n) => n < monthStart);
  const before = earlier.filter((n) => !running.has(n)).slice(-limit);
  const ongoing = earlier.filter((n) => running.has(n));
  const within = matches.filter((n) => n >= monthStart && n < monthEnd);
  const after = matches.filter((n) => n >= monthEnd).slice(0, limit);
  return [...before, ...ongoing].sort((a, b) => a - b).concat(within, after);
}

/** What the reader narrowed the events to; `null` means "any". */
export interface EventFilters {
  bloc: string | null;
  country: string | null;
  /** A speaker's id (`speakerIdSchema`). */
  speaker: string | null;
  article: string | null;
  query: string;
}

/** The choices each filter offers: every value in the corpus. */
export type FilterOptions = Omit<SearchManifest, "words" | "spanning">;

export const NO_FILTERS: EventFilters = { bloc: null, country: null, speaker: null, article: null, query: "" };

/** The conditions `filters` set: one per query word and one per filter; none when nothing is asked. */
export function searchConditions(filters: EventFilters, knownWordKeys: ReadonlySet<string>): SearchCondition[] {
  const facets: [Facet, string | null][] = [
    ["bloc", filters.bloc],
    ["country", filters.country],
    ["speaker", filters.speaker],
    ["article", filters.article],
  ];
  return [
    ...searchWords(filters.query).map((word) => wordCondition(word, knownWordKeys)),
    ...facets.flatMap(([facet, value]) => (value === null ? [] : [facetCondition(facet, value)])),
  ];
}

export function isFiltering(filters: EventFilters): boolean {
  return searchConditions(filters, new Set()).length > 0;
}
