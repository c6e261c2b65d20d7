import { countOf, type Lang } from "../../lib/i18n";
import type { IgnoredReason } from "../../lib/url-state";
import { frenchCatalogue, typeset } from "../../domain/french-typography";

/**
 * The notice's words, apart from the interface's catalogue: they load with the notice, only when a
 * link had parts to ignore, not with every page.
 */
const en = {
  ignoredOne: "was ignored:",
  ignoredSummary: (n: number) => `${countOf(n, "en")} parts of the link were ignored:`,
  ignoredMore: (n: number) => `and ${countOf(n, "en")} more`,
  ignoredReason: {
    "unknown-parameter": "unknown parameter",
    repeated: "given more than once; the first is used",
    "not-a-day": "not a calendar day as YYYY-MM-DD",
    "not-embed": "embed=1 shows the map and the timeline only; nothing else is accepted",
    "outside-timeline": "outside the timeline, 1949 to today",
    "not-a-bloc": "not a bloc id",
    "not-an-event": "not an event id",
    "not-a-quote": "not a quote number",
    "not-a-country": "not an ISO 3166-1 alpha-3 country code",
    "not-a-language": "the interface speaks en or fr",
    "not-a-camera": "expected lon,lat,zoom as decimal numbers within the map's range",
    "not-search-text": "not a search: plain words, at most 200 characters",
    "not-a-speaker": "not a speaker id",
    "not-an-article": "not an article id",
    "needs-event": "the reader opens within an event, and the link names none",
    "not-a-reader-place": "the reader opens at a quote or at the date (reader=date)",
    "one-reader": "the reader opens at one place: the quote is used",
    "no-such-bloc": "no such bloc in the data",
    "no-such-event": "no such event",
    "no-such-quote": "no such quote in this event",
    "no-such-speaker": "nobody of that name is quoted",
    "no-such-article": "no such article in the corpus",
    "not-on-this-date": "this state did not exist on the date",
  } satisfies Record<IgnoredReason, string>,
};

const fr: typeof en = frenchCatalogue({
  ignoredOne: "a été ignoré :",
  ignoredSummary: (n: number) => typeset`${countOf(n, "fr")} parties du lien ont été ignorées :`,
  ignoredMore: (n: number) => typeset`et ${countOf(n, "fr")} de plus`,
  ignoredReason: {
    "unknown-parameter": "paramètre inconnu",
    repeated: "donné plusieurs fois ; le premier est retenu",
    "not-a-day": "pas une date du calendrier au format AAAA-MM-JJ",
    "not-embed": "embed=1 n'affiche que la carte et la frise ; aucune autre valeur n'est acceptée",
    "outside-timeline": "hors de la frise, de 1949 à aujourd'hui",
    "not-a-bloc": "pas un identifiant de bloc",
    "not-an-event": "pas un identifiant d'événement",
    "not-a-quote": "pas un numéro de citation",
    "not-a-country": "pas un code de pays ISO 3166-1 alpha-3",
    "not-a-language": "l'interface parle en ou fr",
    "not-a-camera": "attendu lon,lat,zoom en nombres décimaux dans les limites de la carte",
    "not-search-text": "pas une recherche : des mots simples, 200 caractères au plus",
    "not-a-speaker": "pas un identifiant d'auteur de citation",
    "not-an-article": "pas un identifiant d'article",
    "needs-event": "le lecteur s'ouvre dans un événement, et le lien n'en nomme aucun",
    "not-a-reader-place": "le lecteur s'ouvre à une citation ou à la date (reader=date)",
    "one-reader": "le lecteur s'ouvre à un seul endroit : la citation est retenue",
    "no-such-bloc": "aucun bloc de ce nom dans les données",
    "no-such-event": "aucun événement de ce nom",
    "no-such-quote": "cet événement n'a pas cette citation",
    "no-such-speaker": "personne de ce nom n'est cité",
    "no-such-article": "aucun article de ce nom dans le corpus",
    "not-on-this-date": "cet État n'existait pas à cette date",
  },
});

export const NOTICE_MESSAGES: Record<Lang, typeof en> = { en, fr };
