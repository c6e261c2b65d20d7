import { z } from "zod";
import { isoDaySchema } from "../../domain/schemas/iso-day";

const spanText = z.object({ text: z.string().min(1), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

/**
 * Hand-written expectations for one seed article (`<id>.gold.json`): every quote with its exact
 * offsets and speaker, every event with its date range and evidence, and furniture that must stay out.
 */
export const goldSchema = z.object({
  article: z.string().min(1),
  note: z.string().min(1),
  events: z.array(z.object({ key: z.string().min(1), start: isoDaySchema, end: isoDaySchema, evidence: spanText })).min(1),
  quotes: z.array(spanText.extend({ speaker: z.string().min(1).nullable(), event: z.string().min(1) })),
  furniture: z.array(spanText),
});
export type Gold = z.infer<typeof goldSchema>;

export function parseGold(json: unknown, fileName: string): Gold {
  const result = goldSchema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(`${fileName}: ${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "invalid"}`);
}
