import * as z from "zod/mini";
import { ARTICLE_ID } from "../id-patterns";
import { httpUrlSchema } from "./http-url";
import { daysInOrder } from "../day";
import { sourceSchema } from "./bloc";
import { dateRangeSchema, languageSchema } from "./ingest";

export const articleIdSchema = z.string().check(z.regex(ARTICLE_ID, "expected an article id such as 000_90e75e902162ad50"));

/** A publication day (`start == end`) or an honest range, never reversed. */
export const publishedSchema = dateRangeSchema.check(z.refine((r) => daysInOrder(r.start, r.end), {
  message: "`end` must not be before `start`",
  path: ["end"],
}));

/**
 * The sidecar `data/articles/<id>.meta.json` beside each verbatim `.txt`: what the page does not
 * say in a machine-readable way, established by a curator and sourced.
 */
export const articleMetaSchema = z.strictObject({
  id: articleIdSchema,
  language: languageSchema,
  /** Overrides the title the pipeline reads from the text. */
  title: z.optional(z.string().check(z.minLength(1))),
  outlet: z.nullable(z.string().check(z.minLength(1))),
  url: z.nullable(httpUrlSchema),
  published: z.nullable(publishedSchema),
  /** Why the metadata is what it is where `published.basis` does not say it (e.g. why it is null). */
  note: z.optional(z.string().check(z.minLength(1))),
  /** Where the facts above (URL, dates) were checked. */
  sources: z.optional(z.array(sourceSchema)),
  /** Other addresses that published the same text (an agency dispatch on several sites): the reader links them. */
  copies: z.optional(z.array(sourceSchema)),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;
