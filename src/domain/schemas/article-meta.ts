import { z } from "zod";
import { httpUrlSchema } from "./http-url";
import { daysInOrder } from "../day";
import { sourceSchema } from "./bloc";
import { dateRangeSchema, languageSchema } from "./ingest";

/** Corpus ids: the file stem, `NNN_<16 hex>` (seeds and added files) or `<16 hex>` (an outside file). */
export const articleIdSchema = z
  .string()
  .regex(/^(\d{3,}_)?[0-9a-f]{16}$/, "expected an article id such as 000_90e75e902162ad50");

/** A publication day (`start == end`) or an honest range, never reversed. */
export const publishedSchema = dateRangeSchema.refine((r) => daysInOrder(r.start, r.end), {
  message: "`end` must not be before `start`",
  path: ["end"],
});

/**
 * The sidecar `data/articles/<id>.meta.json` beside each verbatim `.txt`: what the page does not
 * say in a machine-readable way, established by a curator and sourced.
 */
export const articleMetaSchema = z.strictObject({
  id: articleIdSchema,
  language: languageSchema,
  /** Overrides the title the pipeline reads from the text. */
  title: z.string().min(1).optional(),
  outlet: z.string().min(1).nullable(),
  url: httpUrlSchema.nullable(),
  published: publishedSchema.nullable(),
  /** Why the metadata is what it is where `published.basis` does not say it (e.g. why it is null). */
  note: z.string().min(1).optional(),
  /** Where the facts above (URL, dates) were checked. */
  sources: z.array(sourceSchema).optional(),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;
