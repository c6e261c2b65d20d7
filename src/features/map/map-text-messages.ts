import type { Lang } from "../../lib/i18n";
import { frenchCatalogue, typeset } from "../../domain/french-typography";

/** The map's text list's words, apart from the interface's catalogue: they load with the list. */
const en = {
  outsideTreatyArea: (bloc: string) => `outside ${bloc}'s treaty area`,
  inOtherBloc: (bloc: string) => `in ${bloc}`,
  inNoBloc: "in no bloc shown",
  occupiedBy: (area: string, occupier: string, since: string) => `${area}: occupied by ${occupier} since ${since}`,
};

const fr: typeof en = frenchCatalogue({
  outsideTreatyArea: (bloc: string) => typeset`hors de la zone du traité (${bloc})`,
  inOtherBloc: (bloc: string) => typeset`dans : ${bloc}`,
  inNoBloc: "dans aucun bloc montré",
  occupiedBy: (area: string, occupier: string, since: string) => typeset`${area} : occupé depuis le ${since} par : ${occupier}`,
});

export const MAP_TEXT_MESSAGES: Record<Lang, typeof en> = { en, fr };
