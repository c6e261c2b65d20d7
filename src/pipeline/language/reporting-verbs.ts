import { boundedMemoPer } from "../../domain/bounded-memo";
import type { LanguagePack } from "./language-pack";

/** « l'accusait », « qu'a assuré »: an elided pronoun or conjunction written onto the verb. */
const ELIDED_PREFIX = /^(?:l|m|t|s|n|j|qu|c)['’]/u;

/**
 * Whether a word is a form of a reporting verb: listed in the pack, or (French) an imperfect,
 * participle or present form of a listed first-group verb (« accusait », « déclarant » → « accuser »,
 * « déclarer »). Case and an elided pronoun before the verb do not matter.
 */
export function isReportingVerb(pack: LanguagePack, word: string): boolean {
  return reportingForm(pack, word);
}

/** Far above a language's distinct words. */
const MAX_WORDS = 100_000;
/** Asked of most words of an article by several rules: news repeats its words, and a look-up costs less than the tests. */
const reportingForm = boundedMemoPer(isReportingForm, MAX_WORDS);

function isReportingForm(pack: LanguagePack, word: string): boolean {
  const lower = word.toLowerCase().replace(ELIDED_PREFIX, "");
  if (pack.reportingVerbs.has(lower)) return true;
  for (const ending of pack.verbEndings) {
    if (lower.length > ending.length + 2 && lower.endsWith(ending) && pack.reportingVerbs.has(`${lower.slice(0, -ending.length)}${pack.infinitiveEnding}`)) return true;
  }
  return false;
}
