import type { Language } from "../../domain/schemas/ingest";
import { packFor } from "../language/packs";

const LANGUAGES: readonly Language[] = ["fr", "en"];

/** The language whose common words are more frequent; ties (including no words at all) go to French, the corpus's majority. */
export function detectLanguage(text: string): Language {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const score = (language: Language) => {
    const common = packFor(language).commonWords;
    return words.filter((w) => common.has(w)).length;
  };
  return LANGUAGES.reduce((best, language) => (score(language) > score(best) ? language : best));
}
