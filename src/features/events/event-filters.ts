import type { ShardEvent } from "../../domain/schemas/event-data";
import { matchesTerms, normalizeSearchText, queryTerms } from "./search-text";

/** What the reader narrowed the Events list to; `null` means "any". Local to the feature, not in the URL. */
export interface EventFilters {
  bloc: string | null;
  country: string | null;
  /** A speaker's key (`speakerKey`): spellings with and without accents are one person. */
  speaker: string | null;
  article: string | null;
  query: string;
}

export const NO_FILTERS: EventFilters = { bloc: null, country: null, speaker: null, article: null, query: "" };

export function isFiltering(filters: EventFilters): boolean {
  return (
    filters.bloc !== null ||
    filters.country !== null ||
    filters.speaker !== null ||
    filters.article !== null ||
    queryTerms(filters.query).length > 0
  );
}

export const speakerKey = (speaker: string) => normalizeSearchText(speaker);

const searchTexts = new WeakMap<ShardEvent, string>();

/** The summary, quotes and speakers of an event, normalized once per event object. */
function searchTextOf(event: ShardEvent): string {
  let text = searchTexts.get(event);
  if (text === undefined) {
    const parts = [event.summary, ...event.quotes.flatMap((q) => [q.text, q.speaker ?? ""])];
    text = normalizeSearchText(parts.join(" \n "));
    searchTexts.set(event, text);
  }
  return text;
}

export function filterEvents(events: readonly ShardEvent[], filters: EventFilters): ShardEvent[] {
  const terms = queryTerms(filters.query);
  return events.filter(
    (e) =>
      (filters.bloc === null || e.blocs.includes(filters.bloc)) &&
      (filters.country === null || e.countries.includes(filters.country)) &&
      (filters.speaker === null || e.quotes.some((q) => q.speaker !== null && speakerKey(q.speaker) === filters.speaker)) &&
      (filters.article === null || e.article.id === filters.article) &&
      matchesTerms(searchTextOf(e), terms),
  );
}

export interface FilterOptions {
  blocs: string[];
  countries: string[];
  speakers: { key: string; label: string }[];
  articles: { id: string; title: string }[];
}

/** Characters outside ASCII: the accented spelling of a name is the one to show. */
const accentCount = (s: string) => s.replace(/[\x20-\x7e]/g, "").length;

/** The choices each filter offers: only values that occur in `events`, so no choice yields nothing. */
export function filterOptions(events: readonly ShardEvent[]): FilterOptions {
  const blocs = new Set<string>();
  const countries = new Set<string>();
  const speakers = new Map<string, string>();
  const articles = new Map<string, string>();
  for (const e of events) {
    e.blocs.forEach((b) => blocs.add(b));
    e.countries.forEach((c) => countries.add(c));
    articles.set(e.article.id, e.article.title);
    for (const { speaker } of e.quotes) {
      if (speaker === null) continue;
      const key = speakerKey(speaker);
      const known = speakers.get(key);
      if (known === undefined || accentCount(speaker) > accentCount(known)) speakers.set(key, speaker);
    }
  }
  return {
    blocs: [...blocs].sort(),
    countries: [...countries].sort(),
    speakers: [...speakers].map(([key, label]) => ({ key, label })).sort((a, b) => a.label.localeCompare(b.label)),
    articles: [...articles].map(([id, title]) => ({ id, title })).sort((a, b) => a.id.localeCompare(b.id)),
  };
}
