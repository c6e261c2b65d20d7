import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ArticleMeta } from "../../domain/schemas/article-meta";
import type { ArticleEvent, IngestedArticle } from "../../domain/schemas/ingest";
import { defaultLexicon } from "../entities/default-lexicon";
import { type BlocNames, searchVocabulary } from "./search-vocabulary";

/** Small, valid values for the corpus tests; each test states what it varies. */
export const TEXT = "Macron a dit « non » mercredi. Stoltenberg a répondu « oui » jeudi.";

export function meta(overrides: Partial<ArticleMeta> = {}): ArticleMeta {
  return { id: "000_0123456789abcdef", language: "fr", outlet: "AFP", url: null, published: null, ...overrides };
}

export function event(id: string, start: string, end = start, quoteAt = TEXT.indexOf("non")): ArticleEvent {
  return {
    id,
    date: { start, end, basis: "test", evidence: { start: 0, end: 6 } },
    summary: `summary of ${id}`,
    countries: ["FRA"],
    blocs: ["nato"],
    people: ["emmanuel-macron"],
    quotes: [
      { text: TEXT.slice(quoteAt, quoteAt + 3), speaker: "Emmanuel Macron", speakers: ["Emmanuel Macron"], speakerIds: ["emmanuel-macron"], start: quoteAt, end: quoteAt + 3 },
    ],
  };
}

export function article(events: ArticleEvent[], id = "000_0123456789abcdef"): IngestedArticle {
  return { id, title: "Titre", language: "fr", outlet: "AFP", published: null, text: TEXT, boilerplate: [], events };
}

const BLOCS_DIR = fileURLToPath(new URL("../../../data/blocs/", import.meta.url));

/** The project's blocs as their files name them, for the vocabulary of tests that build event data. */
export function projectBlocNames(): BlocNames[] {
  return readdirSync(BLOCS_DIR)
    .filter((name) => name.endsWith(".json") && name !== "index.json")
    .map((name) => JSON.parse(readFileSync(join(BLOCS_DIR, name), "utf8")) as BlocNames);
}

export const testVocabulary = searchVocabulary(defaultLexicon, projectBlocNames());
