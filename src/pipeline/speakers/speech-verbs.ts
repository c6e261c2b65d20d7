/**
 * Verbs (and "selon"/"according to") that attribute words to a speaker. Matched on whole words,
 * in any of the listed forms; past participles cover "a déclaré", "a-t-il dit", "s'est dit".
 */
const FRENCH = [
  "déclare", "déclaré", "dit", "dits", "dite", "affirme", "affirmé", "insiste", "insisté", "estime", "estimé",
  "ajoute", "ajouté", "souligne", "souligné", "explique", "expliqué", "assure", "assuré", "martèle", "martelé",
  "lance", "lancé", "répond", "répondu", "indique", "indiqué", "précise", "précisé", "poursuit", "poursuivi",
  "conclut", "conclu", "rappelle", "rappelé", "avertit", "averti", "juge", "jugé", "dénonce", "dénoncé",
  "plaide", "plaidé", "réaffirme", "réaffirmé", "regrette", "regretté", "confie", "confié", "rejette", "rejeté",
  "déplore", "déploré", "écrit", "tweeté", "prévient", "prévenu", "annonce", "annoncé", "selon", "s'exclame",
  "condamné", "condamne", "appelé", "qualifié",
];
const ENGLISH = [
  "said", "says", "say", "declared", "declares", "remarked", "added", "adds", "stated", "states", "argued", "argues",
  "told", "explained", "insisted", "warned", "noted", "wrote", "tweeted", "claimed", "claims", "asserted",
  "according", "called", "urged", "stressed", "believes", "feels", "described",
];

const SPEECH_WORD = new RegExp(`(?<![\\p{L}])(${[...FRENCH, ...ENGLISH].join("|")})(?![\\p{L}])`, "iu");

export function hasSpeechVerb(segment: string): boolean {
  return SPEECH_WORD.test(segment);
}
