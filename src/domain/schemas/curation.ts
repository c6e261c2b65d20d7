import { z } from "zod";
import { daysInOrder } from "../day";
import { articleIdSchema } from "./article-meta";
import { dateRangeSchema } from "./ingest";

/** A reviewer's correction of one quote's speaker; the quote is named by its start offset in the text. */
export const speakerCorrectionSchema = z.strictObject({
  quoteStart: z.number().int().nonnegative(),
  speaker: z.string().min(1).nullable(),
});
export type SpeakerCorrection = z.infer<typeof speakerCorrectionSchema>;

export const eventCurationSchema = z.strictObject({
  /** `accept`: reviewed and kept as extracted (after the corrections below); `reject`: dropped. */
  decision: z.enum(["accept", "reject"]).optional(),
  /** Replaces the extracted date; the evidence span stays the pipeline's. */
  date: dateRangeSchema
    .refine((r) => daysInOrder(r.start, r.end), { message: "`end` must not be before `start`", path: ["end"] })
    .optional(),
  speakers: z.array(speakerCorrectionSchema).optional(),
  note: z.string().min(1).optional(),
});
export type EventCuration = z.infer<typeof eventCurationSchema>;

/**
 * `data/curation/<article id>.json`: written by a reviewer only, applied after analysis on every run,
 * never written by the pipeline. Keys of `events` are the pipeline's stable event ids.
 */
export const curationFileSchema = z.strictObject({
  articleId: articleIdSchema,
  events: z.record(z.string().min(1), eventCurationSchema),
});
export type CurationFile = z.infer<typeof curationFileSchema>;
