import type { ComparisonGroup } from "../domain/membership-compare";
import { frenchCatalogue, typeset } from "../domain/french-typography";
import { countOf, type Lang } from "./i18n";

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

const fr: CompareMessages = frenchCatalogue({
  compareWith: "Comparer avec",
  compare: "Comparer",
  stopComparing: "Arrêter la comparaison",
  notADay: (first) => typeset`Choisissez un jour entre le ${first} et aujourd'hui.`,
  changesBetween: (earlier, later) => typeset`Ce qui a changé du ${earlier} au ${later}`,
  group: {
    joined: (earlier) => typeset`Adhésions depuis le ${earlier}`,
    left: (earlier) => typeset`Départs depuis le ${earlier}`,
    changed: () => "Changements de statut",
    unchanged: () => "Inchangés",
  },
  none: "Aucun.",
  factFrom: (status) => typeset`${status} depuis le `,
  factTo: (status) => typeset`Plus ${status.toLowerCase()} à partir du `,
  eventsBetween: (n) =>
    n === 0
      ? "Aucun événement des articles entre ces dates."
      : n === 1
        ? "1 événement des articles entre ces dates :"
        : typeset`${countOf(n, "fr")} événements des articles entre ces dates :typeset`,
  firstEvent: "aller au premier",
});

export const COMPARE_MESSAGES: Record<Lang, CompareMessages> = { en, fr };
