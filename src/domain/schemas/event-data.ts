import * as z from "zod/mini";
import { httpUrlSchema } from "./http-url";
import { daysInOrder } from "../day";
import { isoDaySchema } from "./iso-day";
import { articleIdSchema, publishedSchema } from "./article-meta";
import { blocIdSchema, countryCodeSchema, localizedSchema, sourceSchema } from "./bloc";
import { dateRangeSchema, languageSchema, personIdSchema, quoteSchema, spanSchema, speakerIdSchema } from "./ingest";
import { eventPlaceSchema } from "./places";

/**
 * What the app reads from `events/` and `articles/` (written by scripts/data/events.ts). One schema
 * per file, used both when writing and when fetching, so a bad file is a visible error.
 */

/** A shard is one calendar month: `YYYY-MM`. */
export const shardIdSchema = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, "expected a month as YYYY-MM"));

const orderedRange = <T extends { start: string; end: string }>(r: T) => daysInOrder(r.start, r.end);
const RANGE_ORDER = { message: "`end` must not be before `start`", path: ["end"] };

export const shardRefSchema = z
  .strictObject({
    id: shardIdSchema,
    start: isoDaySchema,
    end: isoDaySchema,
    /** Events whose date range overlaps the month (a range spanning months counts in each). */
    count: z.int().check(z.positive()),
    /** Events whose range starts in the month: they number the events for search (domain/event-search.ts). */
    starts: z.int().check(z.nonnegative()),
    /** Relative to the `events/` folder. */
    file: z.string().check(z.regex(/^\d{4}-\d{2}\.json$/)),
  })
  .check(z.refine(orderedRange, RANGE_ORDER));
export type ShardRef = z.infer<typeof shardRefSchema>;

export const eventMarkSchema = z.strictObject({ id: z.string().check(z.minLength(1)), start: isoDaySchema, end: isoDaySchema });
export const dayCountSchema = z.strictObject({ day: isoDaySchema, count: z.int().check(z.positive()) });

/**
 * The timeline's light marks: one per event while the corpus is small, per-day counts (by start
 * day) once it is large, so the index stays small at 100,000 events.
 */
export const timelineMarksSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("events"), marks: z.array(eventMarkSchema) }),
  z.strictObject({ kind: z.literal("days"), days: z.array(dayCountSchema) }),
]);
export type TimelineMarks = z.infer<typeof timelineMarksSchema>;

export const eventsIndexSchema = z.strictObject({
  /** Total number of events (each counted once). */
  count: z.int().check(z.nonnegative()),
  first: z.nullable(isoDaySchema),
  last: z.nullable(isoDaySchema),
  shards: z.array(shardRefSchema),
  timeline: timelineMarksSchema,
});
export type EventsIndex = z.infer<typeof eventsIndexSchema>;

/** The search index's `manifest.json`: which word files exist, and every value each filter can take. */
export const searchManifestSchema = z.strictObject({
  /** Keys of the word files written (domain/event-search.ts `wordFileKey`), sorted. */
  words: z.array(z.string().check(z.minLength(1))),
  /** Each bloc the events concern, named in both languages. */
  blocs: z.array(z.strictObject({ id: blocIdSchema, label: localizedSchema })),
  countries: z.array(countryCodeSchema),
  /**
   * One per person (a joint statement counts under each), by id: a recognised person is named in
   * each language as the lexicon says, anyone else by the most accented spelling the articles use.
   */
  speakers: z.array(z.strictObject({ id: speakerIdSchema, label: localizedSchema })),
  articles: z.array(z.strictObject({ id: articleIdSchema, title: z.string(), language: languageSchema })),
  /**
   * The events whose range runs past their start month, by the last month they reach (numbers
   * ascending): a search lists them at every date they cover, however many matches start nearer.
   */
  spanning: z.record(shardIdSchema, z.array(z.int().check(z.nonnegative()))),
});
export type SearchManifest = z.infer<typeof searchManifestSchema>;

/** A word file or filter file of the search index: each word or value → its events' numbers, delta-encoded. */
export const searchPostingsSchema = z.record(z.string(), z.array(z.int().check(z.nonnegative())));
export type SearchPostings = z.infer<typeof searchPostingsSchema>;

export const eventArticleRefSchema = z.strictObject({
  id: articleIdSchema,
  title: z.string(),
  outlet: z.nullable(z.string()),
  language: languageSchema,
});

export const shardEventSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  date: z.extend(dateRangeSchema, { basisFr: z.optional(z.string().check(z.minLength(1))) }).check(z.refine(orderedRange, RANGE_ORDER)),
  summary: z.string().check(z.minLength(1)),
  countries: z.array(countryCodeSchema),
  blocs: z.array(blocIdSchema),
  people: z.array(personIdSchema),
  quotes: z.array(quoteSchema),
  /** Where the article says it happened; null draws it at its first country. */
  place: z.nullable(eventPlaceSchema),
  article: eventArticleRefSchema,
});
export type ShardEvent = z.infer<typeof shardEventSchema>;

export const eventShardSchema = z.strictObject({
  id: shardIdSchema,
  start: isoDaySchema,
  end: isoDaySchema,
  events: z.array(shardEventSchema),
});
export type EventShard = z.infer<typeof eventShardSchema>;

/** A quote span in the reader, tied back to its event. */
export const readerQuoteSchema = z.intersection(
  spanSchema,
  z.object({ eventId: z.string().check(z.minLength(1)), speaker: z.nullable(z.string().check(z.minLength(1))) }),
);

export const readerArticleSchema = z
  .strictObject({
    id: articleIdSchema,
    title: z.string(),
    language: languageSchema,
    outlet: z.nullable(z.string()),
    url: z.nullable(httpUrlSchema),
    published: z.nullable(publishedSchema),
    text: z.string(),
    boilerplate: z.array(spanSchema),
    quotes: z.array(readerQuoteSchema),
    /**
     * Each event's dates (how a link to one event finds its shard when the index cannot list them
     * all) and the words its date was read from, where the reader opens for an event without quotes.
     */
    events: z.array(z.extend(eventMarkSchema, { evidence: spanSchema })),
    /** Other addresses that published the same text. */
    copies: z.array(sourceSchema),
  })
  .check(z.refine((a) => [...a.quotes, ...a.boilerplate, ...a.events.map((e) => e.evidence)].every((span) => span.end <= a.text.length), {
    message: "a span ends past the text",
  }));
export type ReaderArticle = z.infer<typeof readerArticleSchema>;
