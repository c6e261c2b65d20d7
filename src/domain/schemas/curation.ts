import * as z from "zod/mini";
import { daysInOrder } from "../day";
import { articleIdSchema } from "./article-meta";
import { dateRangeSchema } from "./ingest";

/** A reviewer's correction of one quote's speaker; the quote is named by its start offset in the text. */
export const speakerCorrectionSchema = z.strictObject({
  quoteStart: z.int().check(z.nonnegative()),
  speaker: z.nullable(z.string().check(z.minLength(1))),
});
export type SpeakerCorrection = z.infer<typeof speakerCorrectionSchema>;

export const eventCurationSchema = z.strictObject({
  /** `accept`: reviewed and kept as extracted (after the corrections below); `reject`: dropped. */
  decision: z.optional(z.enum(["accept", "reject"])),
  /** Replaces the extracted date; the evidence span stays the pipeline's. */
  date: z.optional(dateRangeSchema.check(z.refine((r) => daysInOrder(r.start, r.end), { message: "`end` must not be before `start`", path: ["end"] }))),
  speakers: z.optional(z.array(speakerCorrectionSchema)),
  note: z.optional(z.string().check(z.minLength(1))),
});
export type EventCuration = z.infer<typeof eventCurationSchema>;

/**
 * `data/curation/<article id>.json`: written by a reviewer only, applied after analysis on every run,
 * never written by the pipeline. Keys of `events` are the pipeline's stable event ids.
 */
export const curationFileSchema = z.strictObject({
  articleId: articleIdSchema,
  events: z.record(z.string().check(z.minLength(1)), eventCurationSchema),
});
export type CurationFile = z.infer<typeof curationFileSchema>;
