import { flatMapped } from "../../domain/flat-mapped";
import { compareDays } from "../../domain/day";
import type { ArticleMeta } from "../../domain/schemas/article-meta";
import type { EventShard, EventsIndex, ReaderArticle, ShardEvent, TimelineMarks } from "../../domain/schemas/event-data";
import type { IngestedArticle, Language } from "../../domain/schemas/ingest";
import type { Place } from "../../domain/schemas/places";
import { createPlaceFinder, type PlaceMatchers, placeMatchers } from "./event-places";
import { monthBounds, monthsOverlapping } from "./month-shards";
import { buildSearchIndex, type IndexedEvent, indexedEvent, type SearchIndex } from "./search-index";
import type { SearchVocabulary } from "./search-vocabulary";

/** Up to this many events the index lists one mark per event (about 60 bytes each); beyond, per-day counts. */
export const MAX_EVENT_MARKS = 2_000;

export interface EventData {
  index: EventsIndex;
  shards: EventShard[];
  articles: ReaderArticle[];
  search: SearchIndex;
}

const byDateThenId = (a: ShardEvent, b: ShardEvent) =>
  compareDays(a.date.start, b.date.start) || compareDays(a.date.end, b.date.end) || a.id.localeCompare(b.id);

/** What an article's events need, built once per run: the gazetteer's matchers for each language, and the names their search words include. */
export interface EventDataContext {
  matchers: Record<Language, PlaceMatchers>;
  vocabulary: SearchVocabulary;
}

export function eventDataContext({ places = [], vocabulary }: { places?: readonly Place[]; vocabulary: SearchVocabulary }): EventDataContext {
  return { matchers: { en: placeMatchers(places, "en"), fr: placeMatchers(places, "fr") }, vocabulary };
}

/** One article's share of the event data, which depends on no other article. */
export interface PreparedArticle {
  reader: ReaderArticle;
  events: IndexedEvent[];
}

function toShardEvents(article: IngestedArticle, context: EventDataContext): IndexedEvent[] {
  const placeOf = createPlaceFinder(article.text, context.matchers[article.language]);
  const source = { id: article.id, title: article.title, outlet: article.outlet, language: article.language };
  return article.events.map((e) => {
    const { start, end, basis, basisFr } = e.date;
    const event: ShardEvent = {
      id: e.id,
      date: basisFr ? { start, end, basis, basisFr } : { start, end, basis },
      summary: e.summary,
      countries: e.countries,
      blocs: e.blocs,
      people: e.people,
      quotes: e.quotes,
      place: placeOf(e.date.evidence),
      article: source,
    };
    return indexedEvent(event, context.vocabulary);
  });
}

function timelineMarks(events: ShardEvent[]): TimelineMarks {
  if (events.length <= MAX_EVENT_MARKS) {
    return { kind: "events", marks: events.map((e) => ({ id: e.id, start: e.date.start, end: e.date.end })) };
  }
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.date.start, (counts.get(e.date.start) ?? 0) + 1);
  return { kind: "days", days: [...counts].map(([day, count]) => ({ day, count })) };
}

function toReaderArticle(article: IngestedArticle, meta: ArticleMeta | undefined): ReaderArticle {
  return {
    id: article.id,
    title: article.title,
    language: article.language,
    outlet: article.outlet,
    url: meta?.url ?? null,
    published: article.published,
    text: article.text,
    boilerplate: article.boilerplate,
    quotes: flatMapped(article.events, (event) =>
      event.quotes.map((q) => ({ start: q.start, end: q.end, eventId: event.id, speaker: q.speaker }))),
    events: article.events.map((event) => ({ id: event.id, start: event.date.start, end: event.date.end, evidence: event.date.evidence })),
    copies: meta?.copies ?? [],
  };
}

/**
 * One article's reader file, events (placed) and their search words: the work of the event data that
 * can be done as soon as the article is analysed, while others still are.
 */
export function prepareArticle(article: IngestedArticle, meta: ArticleMeta | undefined, context: EventDataContext): PreparedArticle {
  return { reader: toReaderArticle(article, meta), events: toShardEvents(article, context) };
}

/** The event data of `prepared` articles, in corpus order: see `buildEventData`. */
export function assembleEventData(prepared: readonly PreparedArticle[], vocabulary: SearchVocabulary): EventData {
  const seen = new Set<string>();
  for (const { event } of flatMapped(prepared, (p) => p.events)) {
    if (seen.has(event.id)) throw new Error(`event id ${JSON.stringify(event.id)} appears twice (article ${event.article.id})`);
    seen.add(event.id);
  }
  const indexed = flatMapped(prepared, (p) => p.events).sort((a, b) => byDateThenId(a.event, b.event));
  const events = indexed.map((e) => e.event);
  const byMonth = new Map<string, ShardEvent[]>();
  for (const event of events) {
    for (const month of monthsOverlapping(event.date.start, event.date.end)) {
      const shard = byMonth.get(month);
      if (shard) shard.push(event);
      else byMonth.set(month, [event]);
    }
  }
  const shards = [...byMonth.keys()].sort().map((id): EventShard => ({ id, ...monthBounds(id), events: byMonth.get(id) ?? [] }));
  const starts = new Map<string, number>();
  for (const event of events) {
    const month = event.date.start.slice(0, 7);
    starts.set(month, (starts.get(month) ?? 0) + 1);
  }
  const ends = events.map((e) => e.date.end).sort(compareDays);
  const index: EventsIndex = {
    count: events.length,
    first: events[0]?.date.start ?? null,
    last: ends.at(-1) ?? null,
    shards: shards.map((s) => ({ id: s.id, start: s.start, end: s.end, count: s.events.length, starts: starts.get(s.id) ?? 0, file: `${s.id}.json` })),
    timeline: timelineMarks(events),
  };
  return { index, shards, articles: prepared.map((p) => p.reader), search: buildSearchIndex(indexed, vocabulary) };
}

/**
 * What the app reads: month shards (an event in every month its range overlaps), a small index,
 * one reader file per article, and the search index over every event. Pure; scripts/data/events.ts
 * writes it, preparing each article as it is analysed.
 */
export function buildEventData(
  articles: IngestedArticle[],
  metas: ArticleMeta[],
  { places, vocabulary }: { places?: readonly Place[]; vocabulary: SearchVocabulary },
): EventData {
  const context = eventDataContext({ places, vocabulary });
  const metaById = new Map(metas.map((m) => [m.id, m]));
  return assembleEventData(articles.map((a) => prepareArticle(a, metaById.get(a.id), context)), vocabulary);
}
