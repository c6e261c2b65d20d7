import { z } from "zod";
import { countryCodeSchema, sourceSchema } from "./bloc";

/**
 * The reviewed gazetteer (`data/places.json`): cities where events happen, with the names an article
 * may use for them (including seats used as metonyms: "le Kremlin" is Moscow) and their coordinates.
 */
export const placeSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: z.string().min(1),
  country: countryCodeSchema,
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  names: z.object({ en: z.array(z.string().min(1)).min(1), fr: z.array(z.string().min(1)).min(1) }),
  source: sourceSchema,
});
export type Place = z.infer<typeof placeSchema>;

export const placesFileSchema = z.object({ places: z.array(placeSchema).min(1) });

/** Where an event is drawn: the place the article names, as the app needs it. */
export const eventPlaceSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  lon: z.number(),
  lat: z.number(),
});
export type EventPlace = z.infer<typeof eventPlaceSchema>;
