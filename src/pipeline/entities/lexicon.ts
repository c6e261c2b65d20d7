import { z } from "zod";
import { blocIdSchema, countryCodeSchema, localizedSchema, sourceSchema } from "../../domain/schemas/bloc";
import { personIdSchema } from "../../domain/schemas/ingest";

const namesSchema = z.array(z.string().min(1)).min(1);

/** A person the pipeline recognises under any of their names, in either language. */
const personSchema = z.strictObject({
  id: personIdSchema,
  /** How each interface language writes the name: the titles of the person's English and French encyclopaedia articles. */
  names: localizedSchema,
  /**
   * Other spellings found in the news ("Zelensky", "Zelenskiy") and the surname alone where it names
   * one person only ("Poutine"); a surname shared by several well-known people ("Johnson") is left out.
   */
  aliases: z.array(z.string().min(1)),
  /**
   * The gender the same encyclopaedia article gives the person (by its pronouns): a pronoun or a
   * gendered function ("she", « le chancelier ») never stands for a person of the other.
   */
  gender: z.enum(["m", "f"]),
  /**
   * The country the same article gives as the person's (ISO 3166-1 alpha-3): « le président chinois »
   * stands for Xi Jinping when he is the one Chinese person named. Left out for the Soviet Union's
   * leaders, whose state has no code today.
   */
  country: z.optional(countryCodeSchema),
  source: sourceSchema,
});
export type Person = z.infer<typeof personSchema>;

/** `data/lexicon.json`: the reviewed names the country libraries lack (metonyms, adjectives, blocs, people, roles). */
export const lexiconSchema = z.object({
  source: sourceSchema,
  countryAliases: z.array(z.object({ country: countryCodeSchema, names: namesSchema })),
  /** `label`: the name to show for a bloc without a data file of its own (the G7, the UN); the others take theirs from it. */
  blocs: z.array(z.object({ bloc: blocIdSchema, names: namesSchema, label: z.optional(localizedSchema) })),
  people: z.array(personSchema).superRefine((people, ctx) => {
    const seen = new Set<string>();
    people.forEach((p, i) => {
      if (seen.has(p.id)) ctx.addIssue({ code: "custom", message: `person id "${p.id}" is listed twice`, path: [i, "id"] });
      seen.add(p.id);
    });
  }),
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
