import { z } from "zod";
import { parseDay } from "../../domain/day";
import { isoDaySchema } from "../../domain/schemas/iso-day";
import { sourceSchema } from "../../domain/schemas/bloc";

function isValidPattern(source: string): boolean {
  try {
    new RegExp(source, "iu");
    return true;
  } catch {
    return false;
  }
}

const patternSchema = z.string().min(1).refine(isValidPattern, { message: "not a valid regular expression" });

/** One dated, reviewed event that article text can mention ("le sommet de l'OTAN à Vilnius"). */
export const referenceEventSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "expected a kebab-case id"),
    /** Recurring events (summits, elections) share a series: the previous one bounds "the forthcoming …". */
    series: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "expected a kebab-case series id").optional(),
    label: z.string().min(1),
    start: isoDaySchema,
    end: isoDaySchema,
    /** Case-insensitive regular-expression sources, per language, that name this event in text. */
    patterns: z.object({ fr: z.array(patternSchema), en: z.array(patternSchema) }),
    note: z.string().min(1).optional(),
    source: sourceSchema,
  })
  .refine((e) => (parseDay(e.end) ?? Infinity) >= (parseDay(e.start) ?? -Infinity), { message: "`end` must not be before `start`", path: ["end"] });
export type ReferenceEvent = z.infer<typeof referenceEventSchema>;

export const referenceEventsFileSchema = z.object({ events: z.array(referenceEventSchema) });
export type ReferenceEventsFile = z.infer<typeof referenceEventsFileSchema>;

/** Parses the reference-events table; a malformed file throws one message naming the file and the field path. */
export function parseReferenceEvents(json: unknown, fileName: string): ReferenceEvent[] {
  const result = referenceEventsFileSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue && issue.path.length > 0 ? issue.path.join(".") : "(root)";
    throw new Error(`${fileName}: ${path}: ${issue?.message ?? "invalid"}`);
  }
  const ids = new Set<string>();
  result.data.events.forEach((event, i) => {
    if (ids.has(event.id)) throw new Error(`${fileName}: events.${i}.id: duplicate id ${JSON.stringify(event.id)}`);
    ids.add(event.id);
  });
  return result.data.events;
}
