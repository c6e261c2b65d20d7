import * as z from "zod/mini";
import { PERSON_ID, SPEAKER_ID } from "../id-patterns";
import { isoDaySchema } from "./iso-day";
import { blocIdSchema, countryCodeSchema } from "./bloc";

/** A span of an article's text: JavaScript string indexes, end exclusive. */
export const spanSchema = z
  .object({ start: z.int().check(z.nonnegative()), end: z.int().check(z.nonnegative()) })
  .check(z.refine((s) => s.end >= s.start, { message: "`end` must not be before `start`" }));
export type Span = z.infer<typeof spanSchema>;

/** A day (`start == end`) or an honest range of days, with how it was established. */
export const dateRangeSchema = z.object({
  start: isoDaySchema,
  end: isoDaySchema,
  basis: z.string().check(z.minLength(1)),
});
export type DateRange = z.infer<typeof dateRangeSchema>;

/** An event's date: its basis also in French when the pipeline gave it (a reviewer's is in their own words). */
export const eventDateSchema = z.extend(dateRangeSchema, { basisFr: z.optional(z.string().check(z.minLength(1))), evidence: spanSchema });
export type EventDate = z.infer<typeof eventDateSchema>;

/** A person of the reviewed lexicon (`data/lexicon.json`). */
export const personIdSchema = z.string().check(z.regex(PERSON_ID, "expected a lower-case id such as vladimir-putin"));

/**
 * A speaker's id: the lexicon's id of a recognised person, else the name's words without accents or
 * case, joined by hyphens (`jean-noel-barrot`), so the same person quoted by several outlets is one.
 */
export const speakerIdSchema = z.string().check(z.regex(SPEAKER_ID, "expected lower-case words joined by hyphens"));

export const quoteSchema = z
  .object({
    text: z.string().check(z.minLength(1)),
    /** Display form: the person's fullest name, "A et B" for a joint statement, a body's label; null when unknown. */
    speaker: z.nullable(z.string().check(z.minLength(1))),
    start: z.int().check(z.nonnegative()),
    end: z.int().check(z.nonnegative()),
    /** Each person or body separately (two for a joint statement); empty when `speaker` is null. */
    speakers: z.array(z.string().check(z.minLength(1))),
    /** Each of `speakers`' id, in the same order. */
    speakerIds: z.array(speakerIdSchema),
    /** The words that identify the speaker; absent when `speaker` is null. */
    speakerEvidence: z.optional(spanSchema),
  })
  .check(z.refine((q) => (q.speaker === null) === (q.speakers.length === 0), { message: "`speakers` must be empty exactly when `speaker` is null", path: ["speakers"] }))
  .check(z.refine((q) => q.speakerIds.length === q.speakers.length, { message: "`speakerIds` must have one id per speaker", path: ["speakerIds"] }))
  .check(z.refine((q) => q.speaker !== null || q.speakerEvidence === undefined, { message: "`speakerEvidence` must be absent when `speaker` is null", path: ["speakerEvidence"] }));
export type Quote = z.infer<typeof quoteSchema>;

export const languageSchema = z.enum(["en", "fr"]);
export type Language = z.infer<typeof languageSchema>;

export const eventSchema = z.object({
  id: z.string().check(z.minLength(1)),
  date: eventDateSchema,
  summary: z.string().check(z.minLength(1)),
  countries: z.array(countryCodeSchema),
  blocs: z.array(blocIdSchema),
  /** The lexicon's people named in the event's sentences or speaking in its quotes. */
  people: z.array(personIdSchema),
  quotes: z.array(quoteSchema),
});
export type ArticleEvent = z.infer<typeof eventSchema>;

export const ingestedArticleSchema = z
  .object({
    id: z.string().check(z.minLength(1)),
    title: z.string(),
    language: languageSchema,
    outlet: z.nullable(z.string()),
    published: z.nullable(dateRangeSchema),
    text: z.string(),
    boilerplate: z.array(spanSchema),
    events: z.array(eventSchema),
  })
  .check(z.superRefine((article, ctx) => {
    const inText = (start: number, end: number) => end <= article.text.length && start <= end;
    article.events.forEach((event, e) => {
      if (!inText(event.date.evidence.start, event.date.evidence.end)) {
        ctx.addIssue({ code: "custom", message: "evidence span outside the text", path: ["events", e, "date", "evidence"] });
      }
      event.quotes.forEach((quote, q) => {
        if (!inText(quote.start, quote.end) || article.text.slice(quote.start, quote.end) !== quote.text) {
          ctx.addIssue({
            code: "custom",
            message: "quote text is not text.slice(start, end)",
            path: ["events", e, "quotes", q],
          });
        }
        if (quote.speakerEvidence && !inText(quote.speakerEvidence.start, quote.speakerEvidence.end)) {
          ctx.addIssue({ code: "custom", message: "speaker evidence outside the text", path: ["events", e, "quotes", q, "speakerEvidence"] });
        }
      });
    });
  }));
export type IngestedArticle = z.infer<typeof ingestedArticleSchema>;

/** The ingest CLI's `--json` output (DESIGN.md, "Ingest CLI"). */
export const ingestOutputSchema = z.object({ articles: z.array(ingestedArticleSchema) });
export type IngestOutput = z.infer<typeof ingestOutputSchema>;
