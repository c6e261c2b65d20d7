/**
 * The shapes of the ids that data files and links share, without zod, so the page's first script
 * can check a link with them; the schemas in `schemas/` use the same patterns.
 */

/** ISO 3166-1 alpha-3, or one of the user-assigned X.. codes of countries/states: `FIN`, `SUN`. */
export const COUNTRY_CODE = /^[A-Z]{3}$/;
export const BLOC_ID = /^[a-z][a-z0-9-]*$/;
/** Corpus ids: the file stem, `NNN_<16 hex>` (seeds and added files) or `<16 hex>` (an outside file). */
export const ARTICLE_ID = /^(\d{3,}_)?[0-9a-f]{16}$/;
/** A person of the reviewed lexicon: `vladimir-putin`. */
export const PERSON_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A speaker: a person's id, or anyone else's name as lower-case words (any script) joined by hyphens. */
export const SPEAKER_ID = /^[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]+)*$/u;
