import type { MembershipStatus } from "../domain/membership-status";
import { type DataProblem, describeDataProblem } from "./data/fetch-data-file";
import { frenchCatalogue, typeset } from "../domain/french-typography";

export type Lang = "en" | "fr";
export const LANGS: readonly Lang[] = ["en", "fr"];

/** One formatter per language: making one costs far more than formatting, and counts are shown on every frame of a drag. */
const countFormats = { en: new Intl.NumberFormat("en"), fr: new Intl.NumberFormat("fr") } satisfies Record<Lang, Intl.NumberFormat>;

/** A count with the language's digit grouping: 26,346 or 26 346. */
export const countOf = (n: number, lang: Lang) => countFormats[lang].format(n);

const en = {
  appTitle: "Alliance Atlas",
  tagline: "Who stood where, when, and who said what",
  blocs: "Blocs",
  legend: "Legend",
  legendMember: "Member",
  legendOutsideCommand: "Member outside the integrated military command",
  legendPartner: "Partner, observer or suspended",
  legendOther: "In another bloc",
  legendNone: "Not in this bloc",
  legendOutsideTreatyArea: "A member's territory outside the treaty area",
  members: "Members",
  memberCount: (n: number) => (n === 1 ? "1 member" : `${countOf(n, "en")} members`),
  noMembers: (bloc: string, founded: string) => `${bloc} has no members on this date: it was founded on ${founded}.`,
  noMembersAnymore: (bloc: string) => `${bloc} has no members on this date.`,
  lastChange: "Last change",
  joined: "joined",
  left: "left",
  becameStatus: (status: string) => `now ${status.toLowerCase()}`,
  dateLabel: "Date",
  selectedDate: "Selected date",
  previousChange: "Previous change",
  nextChange: "Next change",
  previousEvent: "Previous event",
  eventMarkerName: "Event:",
  eventClusterLabel: (n: number) => `${countOf(n, "en")} events here: zoom in`,
  nextEvent: "Next event",
  play: "Play",
  pause: "Pause",
  changeMarks: "Membership changes",
  close: "Close",
  memberships: "Memberships over time",
  noMemberships: "No membership in the blocs shown here.",
  countryEvents: "In the articles",
  countryEventsShown: (shown: number, total: number) => `The ${shown} nearest to the date, of ${countOf(total, "en")} events`,
  quoteCount: (n: number) => (n === 1 ? "1 quote" : `${countOf(n, "en")} quotes`),
  mapTextSummary: (n: number) => `Countries on the map (${countOf(n, "en")})`,
  fromYear: (year: string) => `from ${year}`,
  occupied: "Occupied territory",
  since: "since",
  until: "until",
  source: "Source",
  copyLink: "Copy link",
  linkCopied: "Link copied",
  copyFailed: "Copy failed: the link is in the address bar",
  language: "Language",
  dismiss: "Dismiss",
  loading: "Loading…",
  loadError: (file: string, message: string) => `Could not load ${file}: ${message}`,
  cannotShow: (region: string, file: string, message: string) => `${region} cannot show anything: ${file} could not be read (${message}).`,
  dataProblem: describeDataProblem,

  mapRegion: "The map",
  membersRegion: "The list of members",
  legendRegion: "The legend",
  mapLabel: "Map of the highlighted bloc on the selected date",
  mapUnavailable: "The map could not be drawn here (WebGL unavailable); the lists keep working.",
  events: "Events",
  noEventsNearby: "No event from the articles on or near this date.",
  noEventsMatch: "No event matches the search and filters.",
  matchCount: (n: number) => (n === 1 ? "1 matching event" : `${countOf(n, "en")} matching events`),
  searching: "Searching…",
  dateBetween: (from: string, to: string) => `between ${from} and ${to}`,
  dateBasis: "How this date was established",
  openEvent: "Open",
  openEventName: "Open the event:",
  closeEventLabel: "Close the event",
  quotes: "Quotes",
  unattributed: "unattributed",
  countriesInvolved: "Countries",
  blocsInvolved: "Blocs",
  readInArticle: "Read the quote in its article",
  readAtDate: "Read in the article",
  readAtDateName: "Read where the article gives the date:",
  dateReadHere: "The highlighted words are where the article gives the event's date.",
  dateNotInText: "The words giving the date could not be found in the article's text.",
  findEvents: "Find events",
  searchLabel: "Search quotes and summaries",
  filterBloc: "Bloc",
  filterCountry: "Country",
  filterSpeaker: "Speaker",
  filterArticle: "Article",
  filterAny: "Any",
  clearFilters: "Clear",
  published: "Published",
  publicationUnknown: "Publication date unknown",
  outlet: "Outlet",
  outletUnknown: "unknown",
  readOriginal: "Open the original at this passage",
  copies: "Same text also at",
  originalUnknown: "The original's address was not recorded.",
  furnitureNote: "Dimmed text is page furniture captured with the article (menus, teasers), not part of it.",
  quotedBy: (speaker: string) => `Quote by ${speaker}`,
  unattributedQuote: "Unattributed quote",
  speakerEvidence: "Who said it: the words underlined in the text name the speaker.",
  quoteNotInText: "This quote could not be found in the article's text.",
  closeReader: "Close the article",
  labelled: (label: string) => `${label}:`,
  mapAsText: "Map as text",
  /** The shapes' sources, as their licences ask (Natural Earth, and Berlin's Ortsteile for West Berlin). */
  mapCredits: "Natural Earth; Geoportal Berlin (dl-de/by-2-0)",
  /** MapLibre's own controls, by its string ids (`locale` option of the map). */
  mapControls: {
    "Map.Title": "Map",
    "NavigationControl.ZoomIn": "Zoom in",
    "NavigationControl.ZoomOut": "Zoom out",
    "NavigationControl.ResetBearing": "Drag to rotate map, click to reset north",
    "AttributionControl.ToggleAttribution": "Toggle attribution",
    "AttributionControl.MapFeedback": "Map feedback",
    "LogoControl.Title": "MapLibre logo",
  } as Record<string, string>,
  status: {
    member: "Member",
    "member-outside-command": "Member outside the integrated military command",
    inactive: "Member, not taking part",
    partner: "Partner",
    observer: "Observer",
    suspended: "Suspended",
  } satisfies Record<MembershipStatus, string>,
  /** Groupings the articles name that the map does not draw (yet). */
  otherBlocs: { g7: "G7", g20: "G20", eu: "EU", un: "UN" } as Record<string, string>,
  kind: {
    "military-alliance": "Military alliance",
    "security-pact": "Security pact",
    "strategic-partnership": "Strategic partnership",
    forum: "Forum",
  },
  // Issue 11: every screen and every hand.
  legendNotYet: "Not yet founded",
  legendFounded: (bloc: string, founded: string) => `${bloc}, founded on ${founded}`,
  panels: "Blocs, members and events",
  sheetMore: "Show more of the panels",
  sheetLess: "Show less of the panels",
  skipLinks: "Skip to",
  skipToTimeline: "Skip to the timeline",
  skipToMap: "Skip to the map",
  skipToEvents: "Skip to the events",
  findCountry: "Find a country",
  noCountryMatch: "No country by that name",
  timelineEvents: "Events on the timeline",
  markOneEvent: "1 event",
  markEventDate: (date: string) => `${date}:`,
  markGroup: (n: number, from: string, to: string) => (from === to ? `${countOf(n, "en")} events on ${from}: zoom in` : `${countOf(n, "en")} events, ${from} – ${to}: zoom in`),
  playSpeed: "Playback speed",
  speedValue: (speed: number) => `${countOf(speed, "en")}×`,
  zoomIn: "Zoom in on the timeline",
  zoomOut: "Zoom out of the timeline",
  zoomAll: "Show the whole timeline, 1949 to today",
  changeShort: "Change",
  eventShort: "Event",
  eventsView: "Which events",
  eventsAround: "Around this date",
  eventsAll: "All events",
  eventsOn: (date: string) => `On ${date}`,
  eventsEarlierThan: (date: string) => `Earlier than ${date}`,
  eventsLaterThan: (date: string) => `Later than ${date}`,
  eventsLoading: (date: string) => `Loading the events around ${date}…`,
  yearCount: (year: string, n: number) => (n === 1 ? `${year} · 1 event` : `${year} · ${countOf(n, "en")} events`),
  allEventsCount: (n: number) => (n === 1 ? "1 event in the articles, newest first" : `${countOf(n, "en")} events in the articles, newest first`),
};

export type Messages = typeof en;

/**
 * A name that « de » elides before: it begins with a vowel sound. Y is one before a consonant
 * (« d’Yves ») and not before a vowel (« de Yann »); an h may be aspirated (« de Hollande »).
 */
const ELIDES_DE = /^(?:[AEIOUÀÂÆÉÈÊËÎÏÔŒÙÛÜ]|Y(?![AEIOUÀÂÉÈÊËÎÏÔÙÛÜ]))/iu;

const fr: Messages = frenchCatalogue({
  appTitle: "Alliance Atlas",
  tagline: "Qui était où, quand, et qui a dit quoi",
  blocs: "Blocs",
  legend: "Légende",
  legendMember: "Membre",
  legendOutsideCommand: "Membre hors du commandement militaire intégré",
  legendPartner: "Partenaire, observateur ou suspendu",
  legendOther: "Dans un autre bloc",
  legendNone: "Hors de ce bloc",
  legendOutsideTreatyArea: "Territoire d'un membre hors de la zone du traité",
  members: "Membres",
  memberCount: (n: number) => (n <= 1 ? typeset`${n} membre` : typeset`${countOf(n, "fr")} membres`),
  noMembers: (bloc: string, founded: string) => typeset`${bloc} n'a aucun membre à cette date : il a été fondé le ${founded}.`,
  noMembersAnymore: (bloc: string) => typeset`${bloc} n'a aucun membre à cette date.`,
  lastChange: "Dernier changement",
  joined: "adhésion",
  left: "départ",
  becameStatus: (status: string) => typeset`désormais ${status.toLowerCase()}`,
  dateLabel: "Date",
  selectedDate: "Date choisie",
  previousChange: "Changement précédent",
  nextChange: "Changement suivant",
  previousEvent: "Événement précédent",
  eventMarkerName: "Événement :",
  eventClusterLabel: (n: number) => typeset`${countOf(n, "fr")} événements ici : zoomer`,
  nextEvent: "Événement suivant",
  play: "Lecture",
  pause: "Pause",
  changeMarks: "Changements d'adhésion",
  close: "Fermer",
  memberships: "Appartenances dans le temps",
  noMemberships: "Aucune appartenance aux blocs présentés ici.",
  countryEvents: "Dans les articles",
  countryEventsShown: (shown: number, total: number) => typeset`Les ${shown} plus proches de la date, sur ${countOf(total, "fr")} événements`,
  quoteCount: (n: number) => (n <= 1 ? typeset`${n} citation` : typeset`${countOf(n, "fr")} citations`),
  mapTextSummary: (n: number) => typeset`Pays sur la carte (${countOf(n, "fr")})`,
  fromYear: (year: string) => typeset`depuis ${year}`,
  occupied: "Territoire occupé",
  since: "depuis le",
  until: "jusqu'au",
  source: "Source",
  copyLink: "Copier le lien",
  linkCopied: "Lien copié",
  copyFailed: "Échec de la copie : le lien est dans la barre d'adresse",
  language: "Langue",
  dismiss: "Fermer",
  loading: "Chargement…",
  loadError: (file: string, message: string) => typeset`Impossible de charger ${file} : ${message}`,
  cannotShow: (region: string, file: string, message: string) => typeset`${region} ne peut rien montrer : ${file} n'a pas pu être lu (${message}).`,
  // The schema's and the browser's own words are English: the page shows them apart, marked as such.
  dataProblem: (problem: DataProblem): string => {
    switch (problem.kind) {
      case "http":
        return typeset`HTTP ${problem.status}`;
      case "json":
        return "JSON invalide";
      case "schema":
        return problem.field ? typeset`champ ${problem.field} non conforme` : "non conforme à son schéma";
      case "count":
        return typeset`${countOf(problem.found, "fr")} événements commencent dans le mois, l'index en annonce ${countOf(problem.expected, "fr")}`;
      case "other":
        return "fichier inaccessible";
    }
  },
  mapRegion: "La carte",
  membersRegion: "La liste des membres",
  legendRegion: "La légende",
  mapLabel: "Carte du bloc mis en avant à la date choisie",
  mapUnavailable: "La carte ne peut pas être dessinée ici (WebGL indisponible) ; les listes restent utilisables.",
  events: "Événements",
  noEventsNearby: "Aucun événement des articles à cette date ni à proximité.",
  noEventsMatch: "Aucun événement ne correspond à la recherche et aux filtres.",
  matchCount: (n: number) => (n <= 1 ? typeset`${n} événement correspondant` : typeset`${countOf(n, "fr")} événements correspondants`),
  searching: "Recherche…",
  dateBetween: (from: string, to: string) => typeset`entre le ${from} et le ${to}`,
  dateBasis: "Comment cette date a été établie",
  openEvent: "Ouvrir",
  openEventName: "Ouvrir l'événement :",
  closeEventLabel: "Fermer l'événement",
  quotes: "Citations",
  unattributed: "non attribuée",
  countriesInvolved: "Pays",
  blocsInvolved: "Blocs",
  readInArticle: "Lire la citation dans son article",
  readAtDate: "Lire dans l'article",
  readAtDateName: "Lire où l'article donne la date :",
  dateReadHere: "Les mots surlignés sont ceux où l'article donne la date de l'événement.",
  dateNotInText: "Les mots qui donnent la date sont introuvables dans le texte de l'article.",
  findEvents: "Chercher des événements",
  searchLabel: "Chercher dans les citations et les résumés",
  filterBloc: "Bloc",
  filterCountry: "Pays",
  filterSpeaker: "Personne citée",
  filterArticle: "Article",
  filterAny: "Tous",
  clearFilters: "Effacer",
  published: "Publié",
  publicationUnknown: "Date de publication inconnue",
  outlet: "Média",
  outletUnknown: "inconnu",
  readOriginal: "Ouvrir l'original à ce passage",
  copies: "Même texte aussi sur",
  originalUnknown: "L'adresse de l'original n'a pas été relevée.",
  furnitureNote: "Le texte estompé est l'habillage de la page capturé avec l'article (menus, accroches), qui n'en fait pas partie.",
  // « de » is elided before a vowel: « Citation d’Emmanuel Macron ».
  quotedBy: (speaker: string) => (ELIDES_DE.test(speaker) ? `Citation d’${speaker}` : `Citation de ${speaker}`),
  unattributedQuote: "Citation non attribuée",
  speakerEvidence: "Qui l'a dit : les mots soulignés dans le texte désignent l'auteur de la citation.",
  quoteNotInText: "Cette citation est introuvable dans le texte de l'article.",
  closeReader: "Fermer l'article",
  labelled: (label: string) => typeset`${label} :`,
  mapAsText: "La carte en texte",
  mapCredits: "Natural Earth ; Geoportal Berlin (dl-de/by-2-0)",
  mapControls: {
    "Map.Title": "Carte",
    "NavigationControl.ZoomIn": "Zoom avant",
    "NavigationControl.ZoomOut": "Zoom arrière",
    "NavigationControl.ResetBearing": "Faire glisser pour tourner la carte, cliquer pour revenir au nord",
    "AttributionControl.ToggleAttribution": "Afficher ou masquer les sources",
    "AttributionControl.MapFeedback": "Signaler un problème sur la carte",
    "LogoControl.Title": "Logo de MapLibre",
  },
  status: {
    member: "Membre",
    "member-outside-command": "Membre hors du commandement militaire intégré",
    inactive: "Membre, sans y participer",
    partner: "Partenaire",
    observer: "Observateur",
    suspended: "Suspendu",
  },
  otherBlocs: { g7: "G7", g20: "G20", eu: "UE", un: "ONU" },
  kind: {
    "military-alliance": "Alliance militaire",
    "security-pact": "Pacte de sécurité",
    "strategic-partnership": "Partenariat stratégique",
    forum: "Forum",
  },
  legendNotYet: "Pas encore fondés",
  legendFounded: (bloc: string, founded: string) => typeset`${bloc}, fondé le ${founded}`,
  panels: "Blocs, membres et événements",
  sheetMore: "Agrandir les panneaux",
  sheetLess: "Réduire les panneaux",
  skipLinks: "Aller à",
  skipToTimeline: "Aller à la frise chronologique",
  skipToMap: "Aller à la carte",
  skipToEvents: "Aller aux événements",
  findCountry: "Trouver un pays",
  noCountryMatch: "Aucun pays de ce nom",
  timelineEvents: "Événements sur la frise",
  markOneEvent: "1 événement",
  markEventDate: (date: string) => typeset`${date} :`,
  markGroup: (n: number, from: string, to: string) =>
    from === to ? typeset`${countOf(n, "fr")} événements le ${from} : zoomer` : typeset`${countOf(n, "fr")} événements, du ${from} au ${to} : zoomer`,
  playSpeed: "Vitesse de lecture",
  // French sets a narrow no-break space before the multiplication sign as before high punctuation.
  speedValue: (speed: number) => `${countOf(speed, "fr")}\u202f×`,
  zoomIn: "Zoomer sur la frise",
  zoomOut: "Dézoomer la frise",
  zoomAll: "Montrer toute la frise, de 1949 à aujourd’hui",
  changeShort: "Changement",
  eventShort: "Événement",
  eventsView: "Quels événements",
  eventsAround: "Autour de cette date",
  eventsAll: "Tous les événements",
  eventsOn: (date: string) => typeset`Le ${date}`,
  eventsEarlierThan: (date: string) => typeset`Avant le ${date}`,
  eventsLaterThan: (date: string) => typeset`Après le ${date}`,
  eventsLoading: (date: string) => typeset`Chargement des événements autour du ${date}…`,
  yearCount: (year: string, n: number) => (n <= 1 ? typeset`${year} · ${n} événement` : typeset`${year} · ${countOf(n, "fr")} événements`),
  allEventsCount: (n: number) =>
    n <= 1 ? typeset`${n} événement dans les articles, du plus récent au plus ancien` : typeset`${countOf(n, "fr")} événements dans les articles, du plus récent au plus ancien`,
});

export const MESSAGES: Record<Lang, Messages> = { en, fr };

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** The interface language from the browser's preferences, English when neither is offered. */
export function browserLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split("-")[0] ?? "";
    if (isLang(base)) return base;
  }
  return "en";
}

const dayFormatters = new Map<Lang, Intl.DateTimeFormat>();

/** A calendar day in words ("1 July 2023", "1er juillet 2023"); UTC so no local offset shifts the day. */
export function formatDay(day: string, lang: Lang): string {
  let formatter = dayFormatters.get(lang);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "fr-FR", { dateStyle: "long", timeZone: "UTC" });
    dayFormatters.set(lang, formatter);
  }
  const parts = formatter.formatToParts(new Date(`${day}T00:00:00Z`));
  // French writes the first of a month as an ordinal, « 1er juillet »; Intl gives the cardinal.
  return parts.map((p) => (lang === "fr" && p.type === "day" && Number(p.value) === 1 ? "1er" : p.value)).join("");
}
