import type { Language, Span } from "../../domain/schemas/ingest";

export interface RelativeYearWord extends Span {
  /** Years after the year of writing: +1 for "l'an prochain", -1 for "last year". */
  offset: number;
}

const APOSTROPHE = "['’]";
const WORDS: Record<Language, readonly [RegExp, number][]> = {
  fr: [
    [new RegExp(`l${APOSTROPHE}(?:an|année) prochaine?`, "giu"), 1],
    [new RegExp(`l${APOSTROPHE}(?:an|année) (?:dernière?|passée?)`, "giu"), -1],
    [/cette année/giu, 0],
  ],
  en: [
    [/next year/giu, 1],
    [/last year/giu, -1],
    [/this year/giu, 0],
  ],
};

export function findRelativeYearWords(text: string, language: Language): RelativeYearWord[] {
  return WORDS[language].flatMap(([pattern, offset]) =>
    [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, offset })),
  );
}
