import * as z from "zod/mini";
import { countryCodeSchema, localizedSchema, sourceSchema } from "./bloc";
import { isoDaySchema } from "./iso-day";
import type { StatesFile } from "./states";

/**
 * `states.json`, what the app reads of data/states: the dates, names, notes and sources it shows, and
 * the codes each former state was made of; the recipes for the shapes and the border lines stay at
 * build time (data/states is checked in full by `statesFileSchema` when it is read).
 */
const dated = { from: z.optional(isoDaySchema), to: z.optional(isoDaySchema) };
const code = countryCodeSchema;
/** An ISO 3166-1 alpha-3 territory, or an ISO 3166-2 region drawn apart from its state. */
const area = z.string().check(z.regex(/^(?:[A-Z]{3}|[A-Z]{2}-[A-Z0-9]{1,3})$/));

export const appStatesSchema = z.object({
  formerStates: z.array(code),
  periods: z.array(
    z.object({ code, ...dated, parts: z.array(code), names: z.optional(localizedSchema), note: z.optional(localizedSchema), source: sourceSchema }),
  ),
  occupations: z.array(
    z.object({
      id: z.string().check(z.minLength(1)),
      names: localizedSchema,
      sovereign: code,
      occupier: code,
      from: isoDaySchema,
      to: z.optional(isoDaySchema),
      note: localizedSchema,
      policy: sourceSchema,
    }),
  ),
  territories: z.array(
    z.object({
      code: area,
      names: z.optional(localizedSchema),
      part: z.boolean(),
      sovereignty: z.array(z.object({ state: code, ...dated, part: z.optional(z.boolean()) })),
    }),
  ),
});
export type AppStates = z.infer<typeof appStatesSchema>;
export type AppPeriod = AppStates["periods"][number];
export type AppOccupation = AppStates["occupations"][number];
export type AppTerritory = AppStates["territories"][number];

/** The app's part of the full data. */
export function toAppStates(file: StatesFile): AppStates {
  return {
    formerStates: file.formerStates.map((s) => s.code),
    periods: file.periods.map(({ shape, ...period }) => ({
      ...period,
      parts: "union" in shape ? shape.union : [shape.split.shape],
    })),
    occupations: file.occupations.map(({ area: _area, source: _source, ...occupation }) => occupation),
    territories: file.territories.map(({ within: _within, sovereignty, ...territory }) => ({
      ...territory,
      sovereignty: sovereignty.map(({ source: _source, ...s }) => s),
    })),
  };
}
