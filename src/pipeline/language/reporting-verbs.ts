import { boundedMemoPer } from "../../domain/bounded-memo";
import type { LanguagePack } from "./language-pack";

/** « l'accusait », « qu'a assuré »: an elided pronoun or conjunction written onto the verb. */
const ELIDED_PREFIX = /^(?:l|m|t|s|n|j|qu|c)['’]/u;

/** Far above a language's distinct words. */
const MAX_WORDS = 100_000;

/**
 * Whether a word is a form of a reporting verb: listed in the pack, or (French) an imperfect,
 * participle or present form of a listed first-group verb (« accusait », « déclarant » → « accuser »,
 * « déclarer »). Case and an elided pronoun before the verb do not matter. Remembered per language:
 * several rules ask it of most words, news repeats its words, and a look-up costs less than the tests.
 */
export const isReportingVerb = boundedMemoPer(reportingForm, MAX_WORDS);

function reportingForm(pack: LanguagePack, word: string): boolean {
  const lower = word.toLowerCase().replace(ELIDED_PREFIX, "");
  if (pack.reportingVerbs.has(lower)) return true;
  for (const ending of pack.verbEndings) {
    if (lower.length > ending.length + 2 && lower.endsWith(ending) && pack.reportingVerbs.has(`${lower.slice(0, -ending.length)}${pack.infinitiveEnding}`)) return true;
  }
  return false;
}
