import * as z from "zod/mini";
import { isIsoDay } from "../day";

/** A calendar day as `YYYY-MM-DD`; kept apart from day.ts so the browser's first paint needs no zod. */
export const isoDaySchema = z.string().check(z.refine(isIsoDay, { message: "expected a calendar day as YYYY-MM-DD" }));
