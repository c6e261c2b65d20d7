import type { Lang } from "../../lib/i18n";
import { frenchCatalogue } from "../../domain/french-typography";

/** The embed's words: loaded with it, apart from the interface's catalogue. */
const en = {
  openFullView: "Open the full view",
  newTab: "(new tab)",
};

const fr: typeof en = frenchCatalogue({
  openFullView: "Ouvrir la vue complète",
  newTab: "(nouvel onglet)",
});

export const EMBED_MESSAGES: Record<Lang, typeof en> = { en, fr };
