import { config } from "zod/mini";

/**
 * The page runs under a Content-Security-Policy without 'unsafe-eval' (index.html), where zod's
 * compiled parsers cannot run anyway. Saying so before any schema is built spares zod its probe with
 * `new Function`, which the browser reports as a policy violation even though zod catches the failure.
 * Imported first by data-schemas.ts: schemas decide at construction.
 */
config({ jitless: true });
