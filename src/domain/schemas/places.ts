import * as z from "zod/mini";
import { countryCodeSchema, sourceSchema } from "./bloc";

/**
 * The reviewed gazetteer (`data/places.json`): cities where events happen, with the names an article
 * may use for them (including seats used as metonyms: "le Kremlin" is Moscow) and their coordinates.
 */
export const placeSchema = z.object({
  id: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)),
  name: z.string().check(z.minLength(1)),
  country: countryCodeSchema,
  lon: z.number().check(z.minimum(-180), z.maximum(180)),
  lat: z.number().check(z.minimum(-90), z.maximum(90)),
  names: z.object({ en: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)), fr: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)) }),
  source: sourceSchema,
});
export type Place = z.infer<typeof placeSchema>;

export const placesFileSchema = z.object({ places: z.array(placeSchema).check(z.minLength(1)) });

/** Where an event is drawn: the place the article names, as the app needs it. */
export const eventPlaceSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  lon: z.number(),
  lat: z.number(),
});
export type EventPlace = z.infer<typeof eventPlaceSchema>;
