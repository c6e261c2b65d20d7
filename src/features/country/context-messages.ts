import type { Lang } from "../../lib/i18n";
import { frenchCatalogue, typeset } from "../../domain/french-typography";

/**
 * The country panel's words about a country's place on the date, apart from the interface's catalogue:
 * they load with the panel's context (country-context.tsx), only once a country is open.
 */
const en = {
  territoryOf: (name: string) => `${name} is a territory of`,
  partOfState: (name: string) => `${name} is part of`,
  treatyCovers: (bloc: string) => `Inside ${bloc}'s treaty area: the map shows it in its state's colour.`,
  treatyOmits: (bloc: string) => `Outside ${bloc}'s treaty area: the map shows it lighter.`,
  outlyingOutside: (bloc: string, names: string) => `Shown lighter, outside ${bloc}'s treaty area: ${names}.`,
  withinState: "On this date, part of",
  untilDay: (day: string) => `(until ${day})`,
  existedUntil: (until: string) => `No longer exists: until ${until}.`,
  existedFrom: (from: string) => `Did not exist yet: from ${from}.`,
};

const fr: typeof en = frenchCatalogue({
  territoryOf: (name: string) => typeset`${name} est un territoire de :`,
  partOfState: (name: string) => typeset`${name} fait partie de :`,
  treatyCovers: (bloc: string) => typeset`Dans la zone du traité (${bloc}) : la carte le montre aux couleurs de son État.`,
  treatyOmits: (bloc: string) => typeset`Hors de la zone du traité (${bloc}) : la carte le montre plus clair.`,
  outlyingOutside: (bloc: string, names: string) => typeset`Montrés plus clair, hors de la zone du traité (${bloc}) : ${names}.`,
  withinState: "À cette date, fait partie de :",
  untilDay: (day: string) => typeset`(jusqu'au ${day})`,
  existedUntil: (until: string) => typeset`N'existe plus : jusqu'au ${until}.`,
  existedFrom: (from: string) => typeset`N'existe pas encore : à partir du ${from}.`,
});

export const CONTEXT_MESSAGES: Record<Lang, typeof en> = { en, fr };
