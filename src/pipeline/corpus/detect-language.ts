import type { Language } from "../../domain/schemas/ingest";

/** Frequent function words that are not words in the other language (no "a", "on", "en", "son"…). */
const STOP_WORDS: Record<Language, ReadonlySet<string>> = {
  fr: new Set(["le", "la", "les", "des", "du", "et", "est", "une", "un", "que", "qui", "dans", "pour", "pas", "sur", "avec", "au", "aux", "ce", "cette", "il", "elle", "ont", "été", "mais", "nous", "vous", "leur", "selon"]),
  en: new Set(["the", "and", "of", "to", "is", "was", "that", "with", "for", "he", "she", "they", "have", "has", "been", "which", "from", "this", "would", "not", "be", "are", "its", "their", "said", "will"]),
};

/** The language whose stop words are more frequent; ties (including no words at all) go to French, the corpus's majority. */
export function detectLanguage(text: string): Language {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const score = (lang: Language) => words.filter((w) => STOP_WORDS[lang].has(w)).length;
  return score("en") > score("fr") ? "en" : "fr";
}
