import { typeset } from "../../domain/french-typography";
import type { Tense } from "./tense";

/**
 * How a date was established, in both interface languages: the ingest output's `basis` is the
 * English (the contract), `basisFr` the French, so the reader sees the reasoning in the page's
 * language. Every phrase is built here, the two languages side by side; the words an article gave
 * ("mercredi", "last week") are quoted as written.
 */
export interface Basis {
  en: string;
  fr: string;
}

const both = (en: string, fr: string): Basis => ({ en, fr });

/** The ingest output's fields: `basis` in English as the contract says, `basisFr` beside it. */
export const basisFields = (basis: Basis) => ({ basis: basis.en, basisFr: basis.fr });

/** Two phrases one after the other, in each language. */
export const joined = (a: Basis, b: Basis): Basis => both(a.en + b.en, a.fr + b.fr);

const TENSE_FR: Record<Tense, string> = { past: "passé", future: "futur" };

// Frames: when the text was written, as a noun phrase the rules below put after their own words.

export const publicationDate = (day: string) => both(`publication date ${day}`, typeset`la date de publication, ${day}`);
export const publicationRange = (window: string) => both(`publication range ${window}`, typeset`la période de publication, ${window}`);
export const referenceConflict = both("reference events conflict, kept their whole span", typeset`les événements de référence, qui se contredisent (toute leur période)`);
export const anchoredOn = (names: string, pinned: boolean) =>
  both(`anchored on ${names}${pinned ? " and a stated weekday" : ""}`, typeset`les événements de référence cités (${names})${pinned ? " et un jour de la semaine indiqué" : ""}`);
export const nearStatedDates = (shown: string) =>
  both(`no publication date; near the dates the text states (${shown})`, typeset`les dates que donne le texte, faute de date de publication (${shown})`);

// Dates the text states.

export const explicitDate = both("explicit date", "date écrite en entier");
export const yearStated = both("year stated", "année écrite");
export const decade = both("decade", "décennie");
export const explicitMonth = both("explicit month and year", "mois et année écrits");
export const partOfYear = both("part of an explicit year", "partie d'une année écrite");
export const explicitDays = both("explicit range of days", "suite de jours écrite en entier");
export const seasonOfYear = both("season of an explicit year", "saison d'une année écrite");
export const dayMonthAfterStory = (day: string) =>
  both(`explicit day and month, year of the date stated before it (${day})`, typeset`jour et mois écrits, année de la date donnée juste avant (${day})`);
export const dayMonthFrom = (frame: Basis) => both(`explicit day and month, year from ${frame.en}`, typeset`jour et mois écrits, année tirée de ${frame.fr}`);
export const yearPickedByWeekday = both(", year picked by the stated weekday", ", année choisie par le jour de la semaine indiqué");
export const weekdayChecked = both(" (weekday checked)", " (jour de la semaine vérifié)");
export const yearAmbiguous = (candidates: number, shown: string) =>
  both(`; year ambiguous (${candidates} candidates, ${shown})`, typeset`; année incertaine (${candidates} possibilités, ${shown})`);
export const aRangeOfDays = both(", a range of days", ", une suite de jours");
export const weekdayContradiction = (shown: string, weekday: string) =>
  both(
    `explicit date ${shown} contradicts the stated weekday (${weekday}): range covers both readings`,
    typeset`la date écrite, ${shown}, contredit le jour de la semaine indiqué (${weekday}) : la période couvre les deux lectures`,
  );
export const rangeOfDaysFrom = (frame: Basis) => both(`range of days, year from ${frame.en}`, typeset`suite de jours, année tirée de ${frame.fr}`);
export const seasonFrom = (frame: Basis) => both(`season, year from ${frame.en}`, typeset`saison, année tirée de ${frame.fr}`);
export const referenceEvent = (label: string, window: string) => both(`reference event: ${label} (${window})`, typeset`événement de référence : ${label} (${window})`);

// Dates counted from another.

export const relativeTo = (words: string, frame: Basis) => both(`"${words}" relative to ${frame.en}`, typeset`« ${words} » rapporté à ${frame.fr}`);
export const fromDayBefore = (words: string, day: string) =>
  both(`"${words}" from the day reported before it (${day})`, typeset`« ${words} » compté depuis le jour rapporté juste avant (${day})`);
export const overnight = both(", the night into the next day", ", la nuit jusqu'au lendemain");
export const countedFromDateBefore = (words: string, from: string) =>
  both(`"${words}" counted from the date reported before it (${from}), by the calendar`, typeset`« ${words} » compté depuis la date rapportée juste avant (${from}), selon le calendrier`);
export const pageAge = (frame: Basis) => both(`age of the page, not an event; publication per ${frame.en}`, typeset`âge de la page, pas un événement ; publication selon ${frame.fr}`);
export const agoBefore = (words: string, frame: Basis) => both(`"${words}" before ${frame.en}, by the calendar`, typeset`« ${words} » avant ${frame.fr}, selon le calendrier`);
export const aheadOf = (words: string, frame: Basis) => both(`"${words}" after ${frame.en}, by the calendar`, typeset`« ${words} » après ${frame.fr}, selon le calendrier`);
export const publicationOnPage = both("publication stated on the page", "publication écrite sur la page");
export const publicationLine = (frame: Basis | null) =>
  frame ? both(`publication line; publication per ${frame.en}`, typeset`ligne de publication ; publication selon ${frame.fr}`) : both("publication line", "ligne de publication");
export const countedFromClause = (words: string, from: string) =>
  both(`"${words}" counted from ${from}, the time of the clause it modifies`, typeset`« ${words} » compté depuis ${from}, le moment de la proposition qu'il modifie`);

/** How a month without its year was placed: a word next to it ("last"), the tense, or neither. */
export const monthRelative = (frame: Basis, how: { modifier: string } | { tense: Tense } | null) =>
  both(
    `month relative to ${frame.en} (${how === null ? "tense unknown: either side" : "modifier" in how ? `"${how.modifier}"` : `${how.tense} tense`})`,
    typeset`mois rapporté à ${frame.fr} (${how === null ? typeset`temps inconnu : de part et d'autre` : "modifier" in how ? typeset`« ${how.modifier} »` : typeset`temps : ${TENSE_FR[how.tense]}`})`,
  );

/** A day of the month alone: the month of writing or the one before or after it, by the tense. */
export const monthDayRelative = (words: string, frame: Basis, tense: Tense | null) =>
  joined(both(`day of the month "${words}", the month from ${frame.en}`, typeset`jour du mois « ${words} », le mois tiré de ${frame.fr}`), tenseNote(tense, false));

/** Weekdays: the same one reported before, one in an anchored week, or the nearest in a direction. */
export const sameWeekdayBefore = (name: string, day: string) =>
  both(`the ${name} the text reports just before (${day})`, typeset`le ${name} que le texte rapporte juste avant (${day})`);
export const tenseNote = (tense: Tense | null, known: boolean): Basis =>
  tense ? both(` (${tense} tense)`, typeset` (temps : ${TENSE_FR[tense]})`) : known ? both("", "") : both(" (tense unknown: either side)", typeset` (temps inconnu : de part et d'autre)`);
export const weekdayInWeek = (frame: Basis) => both(`weekday in the week ${frame.en}`, typeset`jour de la semaine, dans la semaine de ${frame.fr}`);

export type WeekdayDirection = Tense | "previous" | "next" | "this-week";
const DIRECTION: Record<WeekdayDirection, Basis> = {
  past: both("weekday on or before", "le jour de la semaine qui précède ou coïncide avec"),
  previous: both("weekday before", "le jour de la semaine qui précède"),
  future: both("weekday on or after", "le jour de la semaine qui suit ou coïncide avec"),
  next: both("weekday after", "le jour de la semaine qui suit"),
  "this-week": both("weekday nearest to", "le jour de la semaine le plus proche de"),
};
export const weekdayTowards = (direction: WeekdayDirection, frame: Basis) => both(`${DIRECTION[direction].en} ${frame.en}`, `${DIRECTION[direction].fr} ${frame.fr}`);

// Statements dated by the words around them: the rule that dated the statement, then the date's own basis.

export const statementUndated = both("publication: the statement is reported without a date of its own", typeset`publication : la déclaration est rapportée sans date propre`);
export const statementInClause = both("counted from the time of the clause it belongs to", "compté depuis le moment de la proposition dont elle fait partie");
export const statementReportingSentence = both("the time words of the sentence that reports it", "les mots de temps de la phrase qui la rapporte");
export const statementQuoteSentence = both("the time words of the quote's sentence", "les mots de temps de la phrase de la citation");
export const statementOwnBefore = (name: string) =>
  both(`${name}'s own dated statement or action before it`, typeset`la déclaration ou l'action datée de ${name} juste avant`);
export const statementNamedNoun = (noun: string) => both(`the dated ${noun} the sentence names`, typeset`l'événement daté que nomme la phrase (« ${noun} »)`);
export const statementParagraph = both("a dated report in the same paragraph", "un fait daté rapporté dans le même paragraphe");
export const statementReaction = both("a reaction to what the text reported just before", "une réaction à ce que le texte vient de rapporter");
export const statementStoryDay = both("the day the story is at", "le jour où en est le récit");
export const statementRule = (rule: Basis) => both(`${rule.en}; `, typeset`${rule.fr} ; `);
