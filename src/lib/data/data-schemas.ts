/**
 * The schemas of every generated file the browser reads, in one module that fetchDataFile imports
 * lazily: zod and the schemas load alongside the first data file instead of blocking first paint.
 */
import "./zod-jitless";

export { blocsFileSchema } from "../../domain/schemas/bloc";
export {
  eventShardSchema,
  eventsIndexSchema,
  readerArticleSchema,
  searchManifestSchema,
  searchPostingsSchema,
} from "../../domain/schemas/event-data";
export { countriesSchema, countryPointsSchema } from "../../domain/schemas/shapes";
export { appStatesSchema } from "../../domain/schemas/app-states";
