import { describe, expect, it } from "vitest";
import type { DateRange, Language } from "../../domain/schemas/ingest";
import { buildDocument } from "../text/document";
import type { DateMention } from "./date-mention";
import { findDateMentions } from "./find-date-mentions";

/** Wednesday 6 March 2024, the day every invented sentence below is published unless a case says otherwise. */
const WEDNESDAY = "2024-03-06";

function published(start: string, end = start): DateRange {
  return { start, end, basis: "test" };
}

function mentions(text: string, language: Language, pub: DateRange | null = published(WEDNESDAY)): DateMention[] {
  return findDateMentions(buildDocument(text, language), { published: pub, referenceEvents: [] });
}

/** "start..end" of the mention whose evidence is exactly `evidence` (first occurrence from `from`), or "none". */
function rangeOf(text: string, found: readonly DateMention[], evidence: string, from = 0): string {
  const start = text.indexOf(evidence, from);
  const m = found.find((x) => x.start === start && x.end === start + evidence.length);
  return m ? `${m.range.start}..${m.range.end}` : "none";
}

/** [language, sentence, evidence, expected range] read against the Wednesday publication. */
type Case = readonly [Language, string, string, string];

function check([language, text, evidence, expected]: Case, pub?: DateRange): void {
  expect(rangeOf(text, mentions(text, language, pub), evidence)).toBe(expected);
}

describe("days counted from the day of writing", () => {
  it.each<Case>([
    ["fr", "Le ministre a démissionné hier.", "hier", "2024-03-05..2024-03-05"],
    ["fr", "Le ministre a démissionné avant-hier.", "avant-hier", "2024-03-04..2024-03-04"],
    ["fr", "Le ministre a démissionné aujourd'hui.", "aujourd'hui", "2024-03-06..2024-03-06"],
    ["fr", "Le sommet se tiendra demain.", "demain", "2024-03-07..2024-03-07"],
    ["en", "The minister resigned yesterday.", "yesterday", "2024-03-05..2024-03-05"],
    ["en", "The minister resigned the day before yesterday.", "the day before yesterday", "2024-03-04..2024-03-04"],
    ["en", "The minister resigned today.", "today", "2024-03-06..2024-03-06"],
    ["en", "The summit opens tomorrow.", "tomorrow", "2024-03-07..2024-03-07"],
  ])("%s: %s", (...c) => check(c));

  it.each([
    ["fr", "L'armée compte 200 000 hommes aujourd'hui."],
    ["en", "Today's alliance has 32 members."],
  ] as const)("%s: 'today' meaning nowadays dates nothing: %s", (language, text) => {
    expect(mentions(text, language)).toEqual([]);
  });
});

describe("weeks, months and years counted from the day of writing", () => {
  it.each<Case>([
    ["fr", "Les ministres se sont réunis la semaine dernière à Bruxelles.", "la semaine dernière", "2024-02-26..2024-03-03"],
    ["fr", "Le ministre a parlé cette semaine.", "cette semaine", "2024-03-04..2024-03-10"],
    ["fr", "Le ministre parlera la semaine prochaine.", "la semaine prochaine", "2024-03-11..2024-03-17"],
    ["fr", "La Pologne a signé l'accord plus tôt ce mois-ci.", "plus tôt ce mois-ci", "2024-03-01..2024-03-05"],
    ["fr", "La Pologne a signé l'accord plus tôt cette année.", "plus tôt cette année", "2024-01-01..2024-03-05"],
    ["fr", "Le sommet aura lieu le mois prochain à Washington.", "le mois prochain", "2024-04-01..2024-04-30"],
    ["fr", "L'année dernière, la Finlande a rejoint l'alliance.", "L'année dernière", "2023-01-01..2023-12-31"],
    ["fr", "Les élections auront lieu l'an prochain.", "l'an prochain", "2025-01-01..2025-12-31"],
    ["en", "Ministers met in Brussels last week.", "last week", "2024-02-26..2024-03-03"],
    ["en", "The minister spoke this week.", "this week", "2024-03-04..2024-03-10"],
    ["en", "The minister will speak next week.", "next week", "2024-03-11..2024-03-17"],
    ["en", "Poland signed the deal earlier this month.", "earlier this month", "2024-03-01..2024-03-05"],
    ["en", "Poland signed the deal earlier this year.", "earlier this year", "2024-01-01..2024-03-05"],
    ["en", "The talks will resume later this month.", "later this month", "2024-03-07..2024-03-31"],
    ["en", "The summit will be held in Washington next month.", "next month", "2024-04-01..2024-04-30"],
    ["en", "Last year, Finland joined the alliance.", "Last year", "2023-01-01..2023-12-31"],
    ["en", "Elections are due next year.", "next year", "2025-01-01..2025-12-31"],
    ["fr", "Les ministres se sont parlé plus tôt cette semaine.", "plus tôt cette semaine", "2024-03-04..2024-03-05"],
    ["fr", "Les ministres se parleront plus tard dans la semaine.", "plus tard dans la semaine", "2024-03-07..2024-03-10"],
    ["en", "The ministers spoke earlier this week.", "earlier this week", "2024-03-04..2024-03-05"],
    ["en", "The ministers will speak later this week.", "later this week", "2024-03-07..2024-03-10"],
  ])("%s: %s", (...c) => check(c));
});

describe("N units ahead, by the calendar", () => {
  it.each<Case>([
    ["fr", "Le sommet aura lieu dans deux semaines.", "dans deux semaines", "2024-03-17..2024-03-23"],
    ["fr", "Le sommet se tient dans trois mois à Washington.", "dans trois mois", "2024-06-01..2024-06-30"],
    ["en", "The summit will be held in two weeks.", "in two weeks", "2024-03-17..2024-03-23"],
    ["en", "Elections are due in three years' time.", "in three years' time", "2027-01-01..2027-12-31"],
    ["en", "It is the worst crisis in 30 years.", "in 30 years", "none"],
    ["en", "The army advanced 20 kilometres in two weeks.", "in two weeks", "none"],
    ["fr", "Le ministre avait promis une réponse dans deux semaines.", "dans deux semaines", "none"],
  ])("%s: %s", (...c) => check(c));
});

describe("weekends, from the day of writing", () => {
  it.each<Case>([
    ["fr", "Les ministres se sont réunis le week-end dernier à Bruxelles.", "le week-end dernier", "2024-03-02..2024-03-03"],
    ["fr", "Les ministres se réuniront le week-end prochain.", "le week-end prochain", "2024-03-09..2024-03-10"],
    ["fr", "Les ministres se sont réunis ce week-end à Bruxelles.", "ce week-end", "2024-03-02..2024-03-03"],
    ["fr", "Les ministres se réuniront ce week-end à Bruxelles.", "ce week-end", "2024-03-09..2024-03-10"],
    ["en", "The ministers met last weekend in Brussels.", "last weekend", "2024-03-02..2024-03-03"],
    ["en", "The ministers will meet next weekend.", "next weekend", "2024-03-09..2024-03-10"],
    ["en", "The ministers met over the weekend in Brussels.", "over the weekend", "2024-03-02..2024-03-03"],
    ["en", "The ministers will meet over the weekend in Brussels.", "over the weekend", "2024-03-09..2024-03-10"],
    ["en", "Talks over the weekend in Brussels.", "over the weekend", "2024-03-02..2024-03-10"],
  ])("%s: %s", (...c) => check(c));

  it.each<Case>([
    ["en", "The ministers met over the weekend in Brussels.", "over the weekend", "2024-03-02..2024-03-09"],
    ["fr", "Les ministres se sont réunis ce week-end à Bruxelles.", "ce week-end", "2024-03-02..2024-03-09"],
  ])("%s: written on a Saturday, a past weekend is that day or the one before: %s", (...c) => check(c, published("2024-03-09")));

  it("written on a Sunday, the weekend told in the past is the one ending that day", () => {
    check(["en", "The ministers met over the weekend in Brussels.", "over the weekend", "2024-03-09..2024-03-10"], published("2024-03-10"));
  });
});

describe("N units ago, by the calendar", () => {
  it.each<Case>([
    ["fr", "Le traité a été signé voici trente ans.", "voici trente ans", "1994-01-01..1994-12-31"],
    ["fr", "Le traité a été signé il y a trente ans.", "il y a trente ans", "1994-01-01..1994-12-31"],
    ["fr", "Le traité a été signé il y a deux mois.", "il y a deux mois", "2024-01-01..2024-01-31"],
    ["fr", "Le traité a été signé il y a trois semaines.", "il y a trois semaines", "2024-02-11..2024-02-17"],
    ["fr", "Le traité a été signé il y a trois jours.", "il y a trois jours", "2024-03-03..2024-03-03"],
    ["en", "The treaty was signed thirty years ago.", "thirty years ago", "1994-01-01..1994-12-31"],
    ["en", "The treaty was signed two months ago.", "two months ago", "2024-01-01..2024-01-31"],
    ["en", "The treaty was signed three weeks ago.", "three weeks ago", "2024-02-11..2024-02-17"],
    ["en", "The treaty was signed three days ago.", "three days ago", "2024-03-03..2024-03-03"],
  ])("%s: %s", (...c) => check(c));
});

describe("the day after or before the day just reported", () => {
  it.each<Case>([
    ["fr", "Le sommet s'est ouvert le 4 mars 2024 à Vilnius. Le lendemain, les dirigeants ont signé la déclaration.", "Le lendemain", "2024-03-05..2024-03-05"],
    ["fr", "Le sommet s'est ouvert le 4 mars 2024. La veille, les ministres s'étaient réunis.", "La veille", "2024-03-03..2024-03-03"],
    ["fr", "Le ministre s'est rendu à Kyiv mardi. Le lendemain, il était à Varsovie.", "Le lendemain", "2024-03-06..2024-03-06"],
    ["en", "The summit opened in Vilnius on 4 March 2024. The next day, leaders signed the declaration.", "The next day", "2024-03-05..2024-03-05"],
    ["en", "The summit opened on 4 March 2024. The day before, ministers had met.", "The day before", "2024-03-03..2024-03-03"],
    ["en", "The ministers met on Monday and again the following day.", "the following day", "2024-03-05..2024-03-05"],
  ])("%s: %s", (...c) => check(c));

  it.each([
    ["fr", "Au lendemain de l'accord, Paris a protesté."],
    ["en", "The day after the deal, Paris protested."],
  ] as const)("%s: followed by its own complement it counts from an undated event and dates nothing: %s", (language, text) => {
    expect(mentions(text, language)).toEqual([]);
  });
});

describe("a night across two days: « dans la nuit de dimanche à lundi », 'overnight Sunday into Monday'", () => {
  it.each<Case>([
    ["fr", "Dans la nuit de dimanche à lundi, des drones ont frappé la ville.", "Dans la nuit de dimanche à lundi", "2024-03-03..2024-03-04"],
    ["fr", "Les frappes ont repris dans la nuit de mardi à mercredi.", "dans la nuit de mardi à mercredi", "2024-03-05..2024-03-06"],
    ["en", "Drones struck the city overnight Sunday into Monday.", "overnight Sunday into Monday", "2024-03-03..2024-03-04"],
    ["en", "Strikes resumed on the night of Tuesday to Wednesday.", "on the night of Tuesday to Wednesday", "2024-03-05..2024-03-06"],
  ])("%s: %s", (...c) => check(c));

  it.each<Case>([
    ["fr", "Cette nuit, des drones ont frappé la ville.", "Cette nuit", "2024-03-05..2024-03-06"],
    ["fr", "Des drones ont frappé la ville dans la nuit.", "dans la nuit", "2024-03-05..2024-03-06"],
    ["en", "Drones struck the city overnight.", "overnight", "2024-03-05..2024-03-06"],
    ["en", "Drones struck the city last night.", "last night", "2024-03-05..2024-03-06"],
  ])("%s: the night before writing, over both days: %s", (...c) => check(c));

  it("fr: two weekdays that are not one night apart stay two days", () => {
    const text = "Les discussions ont duré de lundi à mercredi.";
    const found = mentions(text, "fr");
    expect([rangeOf(text, found, "lundi"), rangeOf(text, found, "mercredi")]).toEqual(["2024-03-04..2024-03-04", "2024-03-06..2024-03-06"]);
  });
});

describe("a count of days, weeks, months or years after or before the date just reported", () => {
  it.each<Case>([
    ["fr", "L'accord a été paraphé le 1er mars. Deux jours plus tard, les ministres l'ont signé.", "Deux jours plus tard", "2024-03-03..2024-03-03"],
    ["fr", "Les ministres se sont vus le 1er mars. Trois jours après, ils se sont revus.", "Trois jours après", "2024-03-04..2024-03-04"],
    ["fr", "L'accord a été signé le 1er mars. Une semaine plus tôt, les discussions avaient échoué.", "Une semaine plus tôt", "2024-02-20..2024-02-26"],
    ["fr", "L'alliance est née en 1949. Six ans plus tard, son adversaire voyait le jour.", "Six ans plus tard", "1955-01-01..1955-12-31"],
    ["fr", "Le traité a été signé en mai 1955. Deux mois plus tard, il était ratifié.", "Deux mois plus tard", "1955-07-01..1955-07-31"],
    ["en", "The accord was initialled on March 1. Two days later, ministers signed it.", "Two days later", "2024-03-03..2024-03-03"],
    ["en", "The accord was signed on March 1. A week later, parliament ratified it.", "A week later", "2024-03-05..2024-03-11"],
    ["en", "The accord was signed on March 1. Ten days earlier, the talks had stalled.", "Ten days earlier", "2024-02-20..2024-02-20"],
    ["en", "The alliance was born in 1949. Six years later, its rival was founded.", "Six years later", "1955-01-01..1955-12-31"],
  ])("%s: %s", (...c) => check(c));

  it.each([
    ["fr", "L'accord a été signé le 1er mars, deux jours plus tard que prévu.", "deux jours plus tard"],
    ["fr", "L'accord a été signé le 1er mars. Trois jours après la signature, Paris a protesté.", "Trois jours après"],
    ["fr", "L'accord a été signé le 1er mars. Quelques jours plus tard, il était contesté.", "Quelques jours plus tard"],
    ["en", "The accord was signed on March 1, two days later than planned.", "two days later"],
    ["en", "The accord was signed on March 1. A few days later, it was challenged.", "A few days later"],
    ["en", "The accord was signed in 2019. Two days later, it was challenged.", "Two days later"],
  ] as const)("%s: a comparison, a complement, a count that is no number or a year to count days from dates nothing: %s", (language, text, words) => {
    expect(rangeOf(text, mentions(text, language), words)).toBe("none");
  });
});

describe("'Later Thursday', « plus tard jeudi »: the weekday the text just reported", () => {
  it.each<Case>([
    ["fr", "Le ministre a parlé jeudi 29 février 2024 à Berlin. Plus tard jeudi, il a rencontré son homologue.", "Plus tard jeudi", "2024-02-29..2024-02-29"],
    ["fr", "Viktor Orban a parlé jeudi à Washington.\nPlus tard jeudi, il s'est envolé pour la Floride.", "Plus tard jeudi", "2024-02-29..2024-02-29"],
    ["en", "The minister spoke in Berlin on Thursday, February 29, 2024. Later Thursday, he met his counterpart.", "Later Thursday", "2024-02-29..2024-02-29"],
    ["en", "Viktor Orban spoke in Washington on Thursday, February 29.\nLater Thursday, Orban flew to Florida.", "Later Thursday", "2024-02-29..2024-02-29"],
  ])("%s: %s", (...c) => check(c, published("2024-03-01")));
});

describe("explicit dates, « 1er » and ranges of days", () => {
  it.each<Case>([
    ["fr", "Le sommet s'est tenu le 1er mars 2024.", "1er mars 2024", "2024-03-01..2024-03-01"],
    ["fr", "Le ministre se rendra à Ottawa le 1er avril.", "1er avril", "2024-04-01..2024-04-01"],
    ["fr", "Le ministre s'est exprimé le 5 mars.", "5 mars", "2024-03-05..2024-03-05"],
    ["fr", "Le sommet se tiendra du 9 au 11 juillet à Washington.", "du 9 au 11 juillet", "2024-07-09..2024-07-11"],
    ["fr", "Le sommet s'est tenu du 3 au 5 avril 2023 à Bruxelles.", "du 3 au 5 avril 2023", "2023-04-03..2023-04-05"],
    ["en", "The summit was held on 1st March 2024.", "on 1st March 2024", "2024-03-01..2024-03-01"],
    ["en", "The summit was held on March 1st, 2024.", "March 1st, 2024", "2024-03-01..2024-03-01"],
    ["en", "The minister spoke on March 5.", "March 5", "2024-03-05..2024-03-05"],
    ["en", "The summit will be held from 9 to 11 July in Washington.", "from 9 to 11 July", "2024-07-09..2024-07-11"],
    ["en", "The summit will be held between 9 and 11 July in Ankara.", "between 9 and 11 July", "2024-07-09..2024-07-11"],
    ["en", "The summit was held from 3 to 5 April 2023 in Brussels.", "from 3 to 5 April 2023", "2023-04-03..2023-04-05"],
  ])("%s: %s", (...c) => check(c));
});

describe("a yearless date in a story of the past takes the story's year", () => {
  const story = published("2016-04-07");
  it.each<Case>([
    ["fr", "Le général a écrit au président le 7 mars 1966. Le 10 mars, il a annoncé le retrait.", "10 mars", "1966-03-10..1966-03-10"],
    ["fr", "La France a réintégré le commandement en avril 2009, un retour annoncé le 11 mars.", "11 mars", "2009-03-11..2009-03-11"],
    ["en", "The general wrote to the president on March 7, 1966. On March 10, he announced the withdrawal.", "March 10", "1966-03-10..1966-03-10"],
    ["en", "France rejoined the command in April 2009, a move announced on March 11 of that year.", "March 11", "2009-03-11..2009-03-11"],
  ])("%s: %s", (...c) => check(c, story));

  it.each<Case>([
    ["fr", "L'alliance, fondée en avril 1949, se réunira le 9 juillet.", "9 juillet", "2024-07-09..2024-07-09"],
    ["en", "The alliance, founded in April 1949, will meet on July 9.", "July 9", "2024-07-09..2024-07-09"],
  ])("%s: a date told in the future is not in the story of the past: %s", (...c) => check(c));
});

describe("a weekday that contradicts its date gives a range over both readings", () => {
  it.each<Case>([
    ["fr", "Le ministre a parlé lundi 5 mars 2024 à Berlin.", "lundi 5 mars 2024", "2024-03-04..2024-03-05"],
    ["en", "The minister spoke in Berlin on Monday, March 5, 2024.", "on Monday, March 5, 2024", "2024-03-04..2024-03-05"],
  ])("%s: %s", (language, text, evidence, expected) => {
    const found = mentions(text, language);
    expect(rangeOf(text, found, evidence)).toBe(expected);
    expect(found.find((m) => m.range.start !== m.range.end)?.basis.en).toContain("contradicts the stated weekday");
  });

  it.each<Case>([
    ["fr", "Le ministre a parlé jeudi 29 février 2024 à Berlin.", "jeudi 29 février 2024", "2024-02-29..2024-02-29"],
    ["en", "The minister spoke in Berlin on Thursday, February 29, 2024.", "on Thursday, February 29, 2024", "2024-02-29..2024-02-29"],
  ])("%s: a matching weekday keeps the day: %s", (...c) => check(c));
});

describe("a bare weekday: the tense decides the direction", () => {
  it.each<Case>([
    ["fr", "Le ministre s'est exprimé mardi à Berlin.", "mardi", "2024-03-05..2024-03-05"],
    ["fr", "Le ministre s'exprimera mardi à Berlin.", "mardi", "2024-03-12..2024-03-12"],
    ["fr", "Le traité sera signé mardi à Bruxelles.", "mardi", "2024-03-12..2024-03-12"],
    ["fr", "Le ministre se rendra à Pékin mardi prochain.", "mardi prochain", "2024-03-12..2024-03-12"],
    // Written on a Wednesday, « mardi dernier » is yesterday or the Tuesday before: readers differ.
    ["fr", "Le ministre avait parlé mardi dernier.", "mardi dernier", "2024-02-27..2024-03-05"],
    ["fr", "Le ministre avait parlé jeudi dernier.", "jeudi dernier", "2024-02-29..2024-02-29"],
    ["fr", "Le ministre se rendra à Pékin jeudi prochain.", "jeudi prochain", "2024-03-07..2024-03-14"],
    ["fr", "Réunion à Ankara mardi.", "mardi", "2024-03-05..2024-03-12"],
    ["en", "The minister spoke in Berlin on Tuesday.", "on Tuesday", "2024-03-05..2024-03-05"],
    ["en", "The minister will speak in Berlin on Tuesday.", "on Tuesday", "2024-03-12..2024-03-12"],
    ["en", "The minister will travel to Beijing next Tuesday.", "next Tuesday", "2024-03-12..2024-03-12"],
    ["en", "The minister had spoken last Tuesday.", "last Tuesday", "2024-02-27..2024-03-05"],
    ["en", "The minister had spoken last Thursday.", "last Thursday", "2024-02-29..2024-02-29"],
    ["en", "The minister will travel to Beijing next Thursday.", "next Thursday", "2024-03-07..2024-03-14"],
    ["en", "Talks in Ankara on Tuesday.", "on Tuesday", "2024-03-05..2024-03-12"],
    // Counted from the weekday up to now: it is on or before the day of writing, in any tense.
    ["fr", "Les discussions se poursuivent depuis mardi.", "depuis mardi", "2024-03-05..2024-03-05"],
    ["en", "Talks go on since Tuesday, officials say.", "since Tuesday", "2024-03-05..2024-03-05"],
  ])("%s: %s", (...c) => check(c));
});

describe("a conditional, like a modal, tells no direction", () => {
  it.each<Case>([
    ["fr", "Le ministre a indiqué que le sommet se tiendrait mardi.", "mardi", "2024-03-05..2024-03-12"],
    ["fr", "Le ministre a indiqué que les alliés se retrouveraient mardi.", "mardi", "2024-03-05..2024-03-12"],
    ["fr", "Le ministre déclarait mardi que rien n'était décidé.", "mardi", "2024-03-05..2024-03-05"],
    ["en", "The minister said the summit would be held on Tuesday.", "on Tuesday", "2024-03-05..2024-03-12"],
    ["en", "The minister said on Tuesday that nothing was decided.", "on Tuesday", "2024-03-05..2024-03-05"],
  ])("%s: %s", (...c) => check(c));
});

describe("months, with or without their year", () => {
  it.each<Case>([
    ["fr", "La Suède a adhéré en mai 2023.", "mai 2023", "2023-05-01..2023-05-31"],
    ["fr", "Le ministre s'est rendu à Varsovie en janvier avec son homologue.", "en janvier", "2024-01-01..2024-01-31"],
    ["fr", "Le sommet se tiendra en juin à Washington.", "en juin", "2024-06-01..2024-06-30"],
    ["fr", "Le ministre s'était rendu à Varsovie en novembre dernier.", "en novembre dernier", "2023-11-01..2023-11-30"],
    ["en", "Sweden joined in May 2023.", "May 2023", "2023-05-01..2023-05-31"],
    ["en", "The minister visited Warsaw in January and Berlin in February.", "in January", "2024-01-01..2024-01-31"],
    ["en", "The minister had visited Warsaw last November and Kyiv in December.", "last November", "2023-11-01..2023-11-30"],
    // The words before the month open the sentence: English months are matched with their capital, the words before them either way.
    ["fr", "En janvier, le ministre s'est rendu à Varsovie.", "En janvier", "2024-01-01..2024-01-31"],
    ["en", "In January, the minister visited Warsaw.", "In January", "2024-01-01..2024-01-31"],
    ["en", "Last November, the minister visited Warsaw.", "Last November", "2023-11-01..2023-11-30"],
  ])("%s: %s", (...c) => check(c));
});

describe("a day of the month alone: in the month of writing or the one before or after, by the tense", () => {
  it.each<Case>([
    ["fr", "La ministre s'est rendue à Kyiv le 4, puis à Varsovie.", "le 4", "2024-03-04..2024-03-04"],
    ["fr", "La ministre s'est rendue à Kyiv le 20, puis à Varsovie.", "le 20", "2024-02-20..2024-02-20"],
    ["fr", "Les ministres se réuniront le 20, a-t-on appris.", "le 20", "2024-03-20..2024-03-20"],
    ["fr", "Les ministres se réuniront le 4 à Bruxelles.", "le 4", "2024-04-04..2024-04-04"],
    ["en", "The minister travelled to Kyiv on the 4th, then to Warsaw.", "on the 4th", "2024-03-04..2024-03-04"],
    ["en", "The minister travelled to Kyiv on the 20th, then to Warsaw.", "on the 20th", "2024-02-20..2024-02-20"],
    ["en", "Ministers will meet on the 20th, officials said.", "on the 20th", "2024-03-20..2024-03-20"],
    ["en", "Ministers will meet on the 4th in Brussels.", "on the 4th", "2024-04-04..2024-04-04"],
  ])("%s: %s", (...c) => check(c));

  it.each<Case>([
    // A month named before it in the paragraph is the story's: the day is that month's, which these words do not say.
    ["fr", "En janvier, les alliés se sont réunis. La ministre s'est rendue à Kyiv le 4.", "le 4", "none"],
    ["en", "In January, allies met. The minister travelled to Kyiv on the 4th.", "on the 4th", "none"],
    // …and one after it: « le 12 et le 13 mars » is March's.
    ["fr", "La ministre s'est exprimée le 2 et le 3 février.", "le 2", "none"],
    ["en", "The minister spoke on the 2nd and on the 3rd of February.", "on the 2nd", "none"],
    // A noun after the number: an ordinal, no date.
    ["fr", "Le 1er ministre a démissionné.", "Le 1er", "none"],
    ["en", "NATO met on the 75th anniversary of its founding.", "on the 75th", "none"],
  ])("%s: no day of the month: %s", (...c) => check(c));
});

describe("parts of months and years", () => {
  it.each<Case>([
    ["fr", "L'adhésion est attendue fin 2024.", "fin 2024", "2024-09-01..2024-12-31"],
    ["fr", "L'adhésion a été actée début 2023.", "début 2023", "2023-01-01..2023-04-30"],
    ["fr", "L'accord avait été conclu à la mi-2022.", "à la mi-2022", "2022-05-01..2022-08-31"],
    ["fr", "Le ministre s'est rendu à Kyiv début février, puis à Varsovie.", "début février", "2024-02-01..2024-02-10"],
    ["fr", "Le ministre se rendra à Ottawa fin mars, puis à Washington.", "fin mars", "2024-03-21..2024-03-31"],
    ["en", "Accession is expected in late 2024.", "in late 2024", "2024-09-01..2024-12-31"],
    ["en", "Accession is expected in early 2025.", "in early 2025", "2025-01-01..2025-04-30"],
    ["en", "The deal had been struck in mid-2022.", "in mid-2022", "2022-05-01..2022-08-31"],
    ["en", "The minister travelled to Kyiv in early February and to Warsaw later.", "in early February", "2024-02-01..2024-02-10"],
    ["en", "The minister travelled to Kyiv in mid-February and to Warsaw later.", "in mid-February", "2024-02-11..2024-02-20"],
  ])("%s: %s", (...c) => check(c));
});

describe("halves and quarters of a stated year", () => {
  it.each<Case>([
    ["fr", "L'élargissement est attendu au premier semestre 2025.", "premier semestre 2025", "2025-01-01..2025-06-30"],
    ["fr", "Les dépenses ont bondi au troisième trimestre de 2023.", "troisième trimestre de 2023", "2023-07-01..2023-09-30"],
    ["fr", "Au 2e semestre 2022, les livraisons ont repris.", "2e semestre 2022", "2022-07-01..2022-12-31"],
    ["en", "Enlargement is expected in the first half of 2025.", "first half of 2025", "2025-01-01..2025-06-30"],
    ["en", "Spending jumped in the third quarter of 2023.", "third quarter of 2023", "2023-07-01..2023-09-30"],
    ["en", "In the Fourth Quarter of 2022, deliveries resumed.", "Fourth Quarter of 2022", "2022-10-01..2022-12-31"],
  ])("%s: %s", (...c) => check(c));

  it.each<Case>([
    ["fr", "Un troisième semestre 2023 n'existe pas.", "troisième semestre 2023", "none"],
    ["en", "There is no third half of 2023.", "third half of 2023", "none"],
  ])("%s: a share past the year's end is none: %s", (...c) => check(c));
});

describe("a part of the month or the year of writing: « en début de mois », \"at the end of the year\"", () => {
  it.each<Case>([
    ["fr", "Les ministres se sont réunis en début de mois.", "en début de mois", "2024-03-01..2024-03-10"],
    ["fr", "Les ministres se réuniront à la fin du mois.", "à la fin du mois", "2024-03-21..2024-03-31"],
    ["fr", "Les ministres se sont réunis au début de l'année.", "au début de l'année", "2024-01-01..2024-04-30"],
    ["fr", "Les ministres s'étaient réunis en fin d'année dernière.", "en fin d'année dernière", "2023-09-01..2023-12-31"],
    ["en", "The ministers met at the start of the month.", "start of the month", "2024-03-01..2024-03-10"],
    ["en", "The ministers will meet at the end of the month.", "end of the month", "2024-03-21..2024-03-31"],
    ["en", "The ministers met at the beginning of the year.", "beginning of the year", "2024-01-01..2024-04-30"],
    ["en", "The ministers met at the start of March.", "start of March", "2024-03-01..2024-03-10"],
  ])("%s: %s", (...c) => check(c));

  it.each<Case>([
    ["fr", "Les ministres se sont réunis en fin de mois.", "en fin de mois", "none"],
    ["fr", "Les salaires arrivent en début de mois.", "en début de mois", "none"],
    ["fr", "Le contrat court jusqu'à la fin du mois de juin.", "fin du mois", "none"],
    ["en", "The ministers met at the end of the month.", "end of the month", "none"],
    ["en", "Salaries are paid at the start of the month.", "start of the month", "none"],
  ])("%s: none when the tense contradicts the part or tells no time: %s", (...c) => check(c));
});

describe("parts of weeks", () => {
  it.each<Case>([
    ["fr", "Le ministre s'est rendu à Kyiv en début de semaine.", "en début de semaine", "2024-03-04..2024-03-06"],
    ["fr", "Les pourparlers avaient repris en fin de semaine dernière.", "en fin de semaine dernière", "2024-02-29..2024-03-03"],
    ["fr", "Le ministre se rendra à Ottawa à la fin de la semaine prochaine.", "à la fin de la semaine prochaine", "2024-03-14..2024-03-17"],
    ["en", "The minister travelled to Kyiv early this week.", "early this week", "2024-03-04..2024-03-06"],
    ["en", "Talks had resumed late last week.", "late last week", "2024-02-29..2024-03-03"],
    ["en", "The minister will travel to Ottawa at the end of next week.", "end of next week", "2024-03-14..2024-03-17"],
  ])("%s: %s", (...c) => check(c));

  it("fr: « de semaine » without a part names no week (« les jours de semaine »)", () => {
    const text = "Les jours de semaine, le ministère reçoit les ambassadeurs.";
    expect(mentions(text, "fr")).toEqual([]);
  });
});

describe("seasons", () => {
  it.each<Case>([
    ["fr", "Les manœuvres ont eu lieu à l'automne 2022.", "à l'automne 2022", "2022-09-01..2022-11-30"],
    ["fr", "Les manœuvres ont eu lieu l'été dernier.", "l'été dernier", "2023-06-01..2023-08-31"],
    ["fr", "Les manœuvres se sont déroulées au printemps dernier.", "au printemps dernier", "2023-03-01..2023-05-31"],
    ["fr", "Les manœuvres auront lieu cet été.", "cet été", "2024-06-01..2024-08-31"],
    ["en", "The drills took place in autumn 2022.", "in autumn 2022", "2022-09-01..2022-11-30"],
    ["en", "The drills took place last summer.", "last summer", "2023-06-01..2023-08-31"],
    ["en", "The drills will take place this summer.", "this summer", "2024-06-01..2024-08-31"],
  ])("%s: %s", (...c) => check(c));

  it("fr: « au printemps prochain » written in December is the coming spring", () => {
    check(["fr", "Les négociations devraient débuter au printemps prochain.", "au printemps prochain", "2024-03-01..2024-05-31"], published("2023-12-15"));
  });
});

describe("decades and stated years", () => {
  it.each<Case>([
    ["fr", "Dans les années 1980, la guerre froide battait son plein.", "Dans les années 1980", "1980-01-01..1989-12-31"],
    ["fr", "L'alliance s'élargira dans les années 2030.", "dans les années 2030", "2030-01-01..2039-12-31"],
    ["fr", "En 2019, l'accord a été signé.", "En 2019", "2019-01-01..2019-12-31"],
    ["en", "In the 1980s, the Cold War was at its height.", "In the 1980s", "1980-01-01..1989-12-31"],
    ["en", "The alliance could expand in the 2030s.", "in the 2030s", "2030-01-01..2039-12-31"],
    ["en", "The deal was struck in the '90s.", "in the '90s", "1990-01-01..1999-12-31"],
    ["en", "In 2019, the deal was signed.", "In 2019", "2019-01-01..2019-12-31"],
  ])("%s: %s", (...c) => check(c));

  it.each([
    ["fr", "L'alliance a été créée en 2021.", "en 2021"],
    ["en", "The alliance was created in 2021.", "in 2021"],
  ] as const)("%s: a year is a year, never a day: %s", (language, text, evidence) => {
    const m = mentions(text, language).find((x) => text.slice(x.start, x.end) === evidence);
    expect(m?.precision).toBe("year");
  });
});

describe("a publication range makes relative dates ranges", () => {
  const week = published("2024-03-05", "2024-03-12");
  it.each<Case>([
    ["fr", "Le ministre a démissionné hier.", "hier", "2024-03-04..2024-03-11"],
    ["fr", "Le ministre a démissionné avant-hier.", "avant-hier", "2024-03-03..2024-03-10"],
    ["fr", "Les ministres se sont réunis la semaine dernière.", "la semaine dernière", "2024-02-26..2024-03-10"],
    ["fr", "Le ministre a démissionné lundi.", "lundi", "2024-03-04..2024-03-11"],
    ["en", "The minister resigned yesterday.", "yesterday", "2024-03-04..2024-03-11"],
    ["en", "Ministers met last week.", "last week", "2024-02-26..2024-03-10"],
    ["en", "The talks resume tomorrow.", "tomorrow", "2024-03-06..2024-03-13"],
    ["en", "The minister resigned on Monday.", "on Monday", "2024-03-04..2024-03-11"],
  ])("%s: %s", (...c) => check(c, week));
});

describe("relative words inside a quotation date nothing", () => {
  it.each([
    ["fr", "Anne Durand a déclaré : « Nous signerons l'accord demain, ou mardi, à Bruxelles. »"],
    ["en", 'Anne Durand said: "We will sign the agreement tomorrow, or on Tuesday, in Brussels."'],
  ] as const)("%s: %s", (language, text) => {
    expect(mentions(text, language)).toEqual([]);
  });

  it.each([
    ["fr", "Anne Durand a déclaré : « Le traité signé le 4 février 2022 reste valable aujourd'hui. »", "4 février 2022"],
    ["en", 'Anne Durand said: "The treaty signed on February 4, 2022 remains valid today."', "February 4, 2022"],
  ] as const)("%s: a full date inside a quotation is still a date: %s", (language, text, evidence) => {
    const found = mentions(text, language);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual([evidence]);
    expect(rangeOf(text, found, evidence)).toBe("2022-02-04..2022-02-04");
  });
});
