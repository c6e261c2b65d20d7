import * as z from "zod/mini";
import { daysInOrder } from "../day";
import { countryCodeSchema, localizedSchema, sourceSchema } from "./bloc";
import { isoDaySchema } from "./iso-day";

/**
 * `data/states/states.json`: the states the map draws on each date, built from today's shapes. Every
 * dated fact carries its source. `from` is the first day a fact holds, `to` the first day it no longer
 * does; a missing `from` means "since before the timeline starts", a missing `to` "still today".
 */

const datedSchema = {
  from: z.optional(isoDaySchema),
  to: z.optional(isoDaySchema),
};
const inOrder = (d: { from?: string | undefined; to?: string | undefined }) =>
  d.from === undefined || d.to === undefined || daysInOrder(d.from, d.to, true);
const ORDER_MESSAGE = { message: "`to` must be after `from`", path: ["to"] };

/** A [longitude, latitude] picking one polygon of a shape. */
const pointSchema = z.tuple([z.number().check(z.minimum(-180), z.maximum(180)), z.number().check(z.minimum(-90), z.maximum(90))]);
/** [west, south, east, north] in degrees. */
const boxSchema = z.tuple([z.number(), z.number(), z.number(), z.number()]);

/** The name of a file of `data/states/borders/` (without `.geojson`). */
const borderNameSchema = z.string().check(z.regex(/^[a-z0-9-]+$/, "expected a border file name"));

/** How a dated shape is made from today's shapes. */
export const shapeRecipeSchema = z.union([
  z.object({ union: z.array(countryCodeSchema).check(z.minLength(2)) }),
  z.object({ split: z.object({ shape: countryCodeSchema, border: borderNameSchema, side: z.enum(["inside", "outside"]) }) }),
]);
export type ShapeRecipe = z.infer<typeof shapeRecipeSchema>;

/** A state as drawn during one period, e.g. the Soviet Union before the Baltic states left. */
export const statePeriodSchema = z
  .object({
    code: countryCodeSchema,
    ...datedSchema,
    shape: shapeRecipeSchema,
    /** The name the state went by in this period, when it differs from today's (West Germany for DEU). */
    names: z.optional(localizedSchema),
    note: z.optional(localizedSchema),
    source: sourceSchema,
  })
  .check(z.refine(inOrder, ORDER_MESSAGE));
export type StatePeriod = z.infer<typeof statePeriodSchema>;

/** A code ISO 3166 withdrew (ISO 3166-3); its names are in src/domain/countries.ts with the others. */
export const formerStateSchema = z.object({
  code: countryCodeSchema,
  source: sourceSchema,
});
export type FormerState = z.infer<typeof formerStateSchema>;

/** Where an occupied area is in today's shapes. */
export const occupiedAreaSchema = z.union([
  /** A whole shape; `mergeInto` draws it as part of that state (Northern Cyprus within Cyprus). */
  z.object({ shape: countryCodeSchema, mergeInto: z.optional(countryCodeSchema) }),
  z.object({ polygonOf: countryCodeSchema, at: pointSchema }),
  z.object({ clipOf: countryCodeSchema, border: borderNameSchema }),
]);
export type OccupiedArea = z.infer<typeof occupiedAreaSchema>;

/**
 * Territory held by force against the UN's position: drawn with the state the UN recognises
 * (`sovereign`) at every date, and marked as occupied by `occupier` from `from` (to `to`). `policy`
 * is the UN resolution the drawing follows; `source` is where the dates come from.
 */
export const occupationSchema = z
  .object({
    id: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, "expected a lower-case id")),
    names: localizedSchema,
    area: occupiedAreaSchema,
    sovereign: countryCodeSchema,
    occupier: countryCodeSchema,
    from: isoDaySchema,
    to: z.optional(isoDaySchema),
    note: localizedSchema,
    policy: sourceSchema,
    source: sourceSchema,
  })
  .check(z.refine(inOrder, ORDER_MESSAGE));
export type Occupation = z.infer<typeof occupationSchema>;

/** An ISO 3166-1 alpha-3 territory, or an ISO 3166-2 region (US-HI) drawn apart from its state. */
export const areaCodeSchema = z.string().check(z.regex(/^(?:[A-Z]{3}|[A-Z]{2}-[A-Z0-9]{1,3})$/, "expected an ISO 3166-1 alpha-3 or ISO 3166-2 code"));

/** `part` overrides the territory's own for this period (Hong Kong: a British colony, then part of China). */
export const sovereigntySchema = z
  .object({ state: countryCodeSchema, ...datedSchema, part: z.optional(z.boolean()), source: sourceSchema })
  .check(z.refine(inOrder, ORDER_MESSAGE));
export type Sovereignty = z.infer<typeof sovereigntySchema>;

/**
 * A territory or outlying part of a state. `part` says whether it is part of the state itself (an
 * overseas department, Hawaii) or a dependency (Greenland, Bermuda): blocs that define no treaty
 * area cover the parts and not the dependencies. `within` cuts it out of its state's shape by box.
 */
export const territorySchema = z
  .object({
    code: areaCodeSchema,
    names: z.optional(localizedSchema),
    part: z.boolean(),
    within: z.optional(z.object({ shape: countryCodeSchema, box: boxSchema })),
    sovereignty: z
      .array(sovereigntySchema)
      .check(z.minLength(1))
      .check(z.refine((list) => list.every((s, i) => i === 0 || (list[i - 1]?.to !== undefined && s.from === list[i - 1]?.to)), {
        message: "sovereignty periods must follow each other without gap or overlap",
      })),
  })
  .check(z.refine((t) => /^[A-Z]{3}$/.test(t.code) || t.names !== undefined, {
    message: "a region without an ISO 3166-1 code needs names",
    path: ["names"],
  }));
export type Territory = z.infer<typeof territorySchema>;

export const statesFileSchema = z.object({
  formerStates: z.array(formerStateSchema),
  periods: z.array(statePeriodSchema),
  occupations: z.array(occupationSchema),
  territories: z.array(territorySchema),
});
export type StatesFile = z.infer<typeof statesFileSchema>;
