import { z } from "zod";
import { blocIdSchema, countryCodeSchema, sourceSchema } from "../../domain/schemas/bloc";

const namesSchema = z.array(z.string().min(1)).min(1);

/** `data/lexicon.json`: the reviewed names the country libraries lack (metonyms, adjectives, blocs, roles). */
export const lexiconSchema = z.object({
  source: sourceSchema,
  countryAliases: z.array(z.object({ country: countryCodeSchema, names: namesSchema })),
  blocs: z.array(z.object({ bloc: blocIdSchema, names: namesSchema })),
  /** Seats and organisations that the text may quote as speakers ("le Kremlin a déclaré"). */
  institutions: namesSchema,
  /** Titles stripped from a speaker ("le président Emmanuel Macron" → Emmanuel Macron), lower-case except fixed forms. */
  roles: z.object({ fr: namesSchema, en: namesSchema }),
  /** Capitalised words that never start or belong to a person's name. */
  notPersonWords: namesSchema,
});
export type Lexicon = z.infer<typeof lexiconSchema>;

/** Parses the lexicon; a malformed file throws one message naming the file and the field path. */
export function parseLexicon(json: unknown, fileName: string): Lexicon {
  const result = lexiconSchema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.join(".") : "(root)";
  throw new Error(`${fileName}: ${path}: ${issue?.message ?? "invalid"}`);
}
