import type { ComparisonGroup } from "../domain/membership-compare";
import { countOf, formatDay, type Lang } from "./i18n";

/** A day in words, with French's ordinal for the first of a month (1er janvier 1990). */
export function dayInWords(day: string, lang: Lang): string {
  const text = formatDay(day, lang);
  return lang === "fr" ? text.replace(/^1 /, "1er ") : text;
}

/**
 * The comparison's words, shared by the Members region, the map's legend and the exports: the groups
 * a country falls in between two dates, and the dated fact behind each.
 */
const en = {
  compareWith: "Compare with",
  compare: "Compare",
  stopComparing: "Stop comparing",
  notADay: (first: string) => `Choose a day between ${first} and today.`,
  changesBetween: (earlier: string, later: string) => `What changed from ${earlier} to ${later}`,
  group: {
    joined: (earlier: string) => `Joined since ${earlier}`,
    left: (earlier: string) => `Left since ${earlier}`,
    changed: () => "Changed status",
    unchanged: () => "Unchanged",
  } satisfies Record<ComparisonGroup, (earlier: string) => string>,
  none: "None.",
  /** The fact behind a country's group, before its day: a status taken on that day, or no longer held from it. */
  factFrom: (status: string) => `${status} since `,
  factTo: (status: string) => `No longer ${status.toLowerCase()} from `,
  eventsBetween: (n: number) =>
    n === 0
      ? "No event from the articles between these dates."
      : n === 1
        ? "1 event from the articles between these dates:"
        : `${countOf(n, "en")} events from the articles between these dates:`,
  firstEvent: "go to the first",
};

type CompareMessages = typeof en;

const fr: CompareMessages = {
  compareWith: "Comparer avec",
  compare: "Comparer",
  stopComparing: "Arrêter la comparaison",
  notADay: (first) => `Choisissez un jour entre le ${first} et aujourd'hui.`,
  changesBetween: (earlier, later) => `Ce qui a changé du ${earlier} au ${later}`,
  group: {
    joined: (earlier) => `Adhésions depuis le ${earlier}`,
    left: (earlier) => `Départs depuis le ${earlier}`,
    changed: () => "Changements de statut",
    unchanged: () => "Inchangés",
  },
  none: "Aucun.",
  factFrom: (status) => `${status} depuis le `,
  factTo: (status) => `Plus ${status.toLowerCase()} à partir du `,
  eventsBetween: (n) =>
    n === 0
      ? "Aucun événement des articles entre ces dates."
      : n === 1
        ? "1 événement des articles entre ces dates\u202f:"
        : `${countOf(n, "fr")} événements des articles entre ces dates\u202f:`,
  firstEvent: "aller au premier",
};

export const COMPARE_MESSAGES: Record<Lang, CompareMessages> = { en, fr };
