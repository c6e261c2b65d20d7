import {
  encodePostings,
  eventSearchWords,
  type Facet,
  facetFile,
  wordFile,
  wordFileKey,
} from "../../domain/event-search";
import type { Localized } from "../../domain/schemas/bloc";
import type { SearchManifest, SearchPostings, ShardEvent } from "../../domain/schemas/event-data";
import type { Language } from "../../domain/schemas/ingest";
import type { SearchVocabulary } from "./search-vocabulary";

export interface SearchIndexFile {
  /** Relative to the `events/` folder. */
  file: string;
  postings: SearchPostings;
}

export interface SearchIndex {
  manifest: SearchManifest;
  files: SearchIndexFile[];
}

/** Characters outside ASCII: the accented spelling of a name is the one to show. */
const accentCount = (s: string) => s.replace(/[\x20-\x7e]/g, "").length;

/** Groups event numbers by key and then by file, in the order the numbers come (ascending). */
class PostingsByFile {
  private readonly files = new Map<string, Map<string, number[]>>();

  add(file: string, key: string, n: number): void {
    const list = this.listOf(file, key);
    if (list.at(-1) !== n) list.push(n);
  }

  /** The numbers of `key` in `file`, to add to in ascending order. */
  listOf(file: string, key: string): number[] {
    let keys = this.files.get(file);
    if (!keys) this.files.set(file, (keys = new Map()));
    let list = keys.get(key);
    if (!list) keys.set(key, (list = []));
    return list;
  }

  toFiles(): SearchIndexFile[] {
    return [...this.files]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([file, keys]) => ({
        file,
        postings: Object.fromEntries([...keys].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, list]) => [key, encodePostings(list)])),
      }));
  }
}

/** An event with the words it is found by, which do not depend on its number. */
export interface IndexedEvent {
  event: ShardEvent;
  words: readonly string[];
}

/** The words an event is found by, each once: its own text's, and every name of the blocs, countries and people it concerns. */
export function indexedEvent(event: ShardEvent, vocabulary: SearchVocabulary): IndexedEvent {
  const words = new Set(eventSearchWords(event));
  for (const bloc of event.blocs) for (const w of vocabulary.wordsOf("bloc", bloc)) words.add(w);
  for (const country of event.countries) for (const w of vocabulary.wordsOf("country", country)) words.add(w);
  for (const person of event.people) for (const w of vocabulary.wordsOf("person", person)) words.add(w);
  return { event, words: [...words] };
}

/**
 * The search index over `events`, which must be in the index's order (start, end, id): an event's
 * number is its position there. See domain/event-search.ts for the layout.
 */
export function buildSearchIndex(events: readonly IndexedEvent[], vocabulary: SearchVocabulary): SearchIndex {
  const postings = new PostingsByFile();
  const wordKeys = new Set<string>();
  /** The facets the manifest lists by value alone; speakers and articles are listed with their names, below. */
  const values = { bloc: new Set<string>(), country: new Set<string>() };
  /** Speakers outside the lexicon are named as the articles write them: the most accented spelling. */
  const writtenNames = new Map<string, string>();
  const articleTitles = new Map<string, { title: string; language: Language }>();
  const spanning: Record<string, number[]> = {};
  // A word's list is looked up once per word, and file names once per key or value, not once per occurrence.
  const wordLists = new Map<string, number[]>();
  const wordFiles = new Map<string, string>();
  const facetFiles = new Map<string, string>();
  const addFacet = (facet: Facet, value: string, n: number) => {
    if (facet === "bloc" || facet === "country") values[facet].add(value);
    const id = `${facet}\0${value}`;
    let file = facetFiles.get(id);
    if (file === undefined) facetFiles.set(id, (file = facetFile(facet, value)));
    postings.add(file, value, n);
  };

  events.forEach(({ event, words }, n) => {
    const lastMonth = event.date.end.slice(0, 7);
    if (lastMonth !== event.date.start.slice(0, 7)) (spanning[lastMonth] ??= []).push(n);
    for (const word of words) {
      let list = wordLists.get(word);
      if (list === undefined) {
        const key = wordFileKey(word);
        let file = wordFiles.get(key);
        if (file === undefined) {
          wordKeys.add(key);
          wordFiles.set(key, (file = wordFile(key)));
        }
        wordLists.set(word, (list = postings.listOf(file, word)));
      }
      list.push(n);
    }
    event.blocs.forEach((bloc) => addFacet("bloc", bloc, n));
    event.countries.forEach((country) => addFacet("country", country, n));
    addFacet("article", event.article.id, n);
    articleTitles.set(event.article.id, { title: event.article.title, language: event.article.language });
    // A joint statement ("Vladimir Poutine et Xi Jinping") is found under each of its speakers.
    for (const quote of event.quotes) {
      quote.speakerIds.forEach((id, i) => {
        const name = quote.speakers[i] as string;
        addFacet("speaker", id, n);
        const known = writtenNames.get(id);
        if (known === undefined || accentCount(name) > accentCount(known)) writtenNames.set(id, name);
      });
    }
  });

  const sorted = (set: Set<string>) => [...set].sort();
  const manifest: SearchManifest = {
    words: sorted(wordKeys),
    blocs: sorted(values.bloc).map((id) => ({ id, label: vocabulary.blocLabel(id) })),
    countries: sorted(values.country),
    speakers: [...writtenNames]
      .map(([id, name]): { id: string; label: Localized } => ({ id, label: vocabulary.personLabel(id) ?? { en: name, fr: name } }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    articles: [...articleTitles].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, article]) => ({ id, ...article })),
    spanning,
  };
  return { manifest, files: postings.toFiles() };
}
