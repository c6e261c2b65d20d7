import type { ComparisonGroup } from "../../domain/membership-compare";
import { countOf, type Lang } from "../../lib/i18n";
import { frenchCatalogue, typeset } from "../../domain/french-typography";

/** The exports' words: the buttons, the CSV's header and values, the picture's caption. */
const en = {
  exports: "Download",
  image: "Download image",
  imageDouble: "Download image (2×)",
  csv: "Download CSV",
  preparing: "Preparing…",
  saved: (file: string) => `Saved ${file}.`,
  captionIs: "Its caption:",
  noMap: "The picture needs the map, which is not drawn here yet.",
  failed: (message: string) => `The download failed: ${message}`,
  header: {
    change: "Change",
    country: "Country",
    iso3: "ISO3",
    status: "Status",
    from: "From",
    to: "To",
    source: "Source",
    address: "Source address",
  },
  change: { joined: "joined", left: "left", changed: "changed", unchanged: "unchanged" } satisfies Record<ComparisonGroup, string>,
  sources: (titles: string) => `Sources: ${titles}.`,
  noSources: "No membership shown on this date.",
  mapCredit: (credits: string) => `Map: ${credits}.`,
  memberCount: (n: number) => (n === 1 ? "1 member" : `${countOf(n, "en")} members`),
};

type ExportMessages = typeof en;

const fr: ExportMessages = frenchCatalogue({
  exports: "Télécharger",
  image: "Télécharger l'image",
  imageDouble: "Télécharger l'image (2×)",
  csv: "Télécharger le CSV",
  preparing: "Préparation…",
  saved: (file) => typeset`${file} enregistré.`,
  captionIs: "Sa légende :",
  noMap: "L'image a besoin de la carte, qui n'est pas encore dessinée ici.",
  failed: (message) => typeset`Le téléchargement a échoué : ${message}`,
  header: {
    change: "Changement",
    country: "Pays",
    iso3: "ISO3",
    status: "Statut",
    from: "Du",
    to: "Au",
    source: "Source",
    address: "Adresse de la source",
  },
  change: { joined: "adhésion", left: "départ", changed: "changement", unchanged: "inchangé" },
  sources: (titles) => typeset`Sources : ${titles}.`,
  noSources: "Aucune appartenance à cette date.",
  mapCredit: (credits) => typeset`Carte : ${credits}.`,
  memberCount: (n) => (n <= 1 ? typeset`${n} membre` : typeset`${countOf(n, "fr")} membres`),
});

export const EXPORT_MESSAGES: Record<Lang, ExportMessages> = { en, fr };
