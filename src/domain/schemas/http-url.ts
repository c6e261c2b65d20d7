import * as z from "zod/mini";
import { isHttpUrl } from "../http-url";

/**
 * Every address a data file holds (article sidecars, bloc sources, the reader's article, any added
 * later): `http:` or `https:` only, kept exactly as written. Lint refuses `z.url()` elsewhere, whose
 * check accepts any scheme.
 */
export const httpUrlSchema = z.string().check(z.refine(isHttpUrl, { message: "expected an http:// or https:// address" }));
