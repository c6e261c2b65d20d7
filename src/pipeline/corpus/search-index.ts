import {
  encodePostings,
  eventSearchWords,
  type Facet,
  facetFile,
  speakerKey,
  wordFile,
  wordFileKey,
} from "../../domain/event-search";
import type { SearchManifest, SearchPostings, ShardEvent } from "../../domain/schemas/event-data";

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
    let keys = this.files.get(file);
    if (!keys) this.files.set(file, (keys = new Map()));
    const list = keys.get(key);
    if (!list) keys.set(key, [n]);
    else if (list.at(-1) !== n) list.push(n);
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

/**
 * The search index over `events`, which must be in the index's order (start, end, id): an event's
 * number is its position there. See domain/event-search.ts for the layout.
 */
export function buildSearchIndex(events: readonly ShardEvent[]): SearchIndex {
  const postings = new PostingsByFile();
  const wordKeys = new Set<string>();
  const values: Record<Facet, Set<string>> = { bloc: new Set(), country: new Set(), speaker: new Set(), article: new Set() };
  const speakerLabels = new Map<string, string>();
  const articleTitles = new Map<string, string>();
  const spanning: Record<string, number[]> = {};
  // File names are worked out once per key or value, not once per occurrence.
  const wordFiles = new Map<string, string>();
  const facetFiles = new Map<string, string>();
  const addFacet = (facet: Facet, value: string, n: number) => {
    values[facet].add(value);
    const id = `${facet}\0${value}`;
    let file = facetFiles.get(id);
    if (file === undefined) facetFiles.set(id, (file = facetFile(facet, value)));
    postings.add(file, value, n);
  };

  events.forEach((event, n) => {
    const lastMonth = event.date.end.slice(0, 7);
    if (lastMonth !== event.date.start.slice(0, 7)) (spanning[lastMonth] ??= []).push(n);
    for (const word of eventSearchWords(event)) {
      const key = wordFileKey(word);
      let file = wordFiles.get(key);
      if (file === undefined) {
        wordKeys.add(key);
        wordFiles.set(key, (file = wordFile(key)));
      }
      postings.add(file, word, n);
    }
    event.blocs.forEach((bloc) => addFacet("bloc", bloc, n));
    event.countries.forEach((country) => addFacet("country", country, n));
    addFacet("article", event.article.id, n);
    articleTitles.set(event.article.id, event.article.title);
    // A joint statement ("Vladimir Poutine et Xi Jinping") is found under each of its speakers.
    for (const speaker of event.quotes.flatMap((q) => q.speakers)) {
      const key = speakerKey(speaker);
      addFacet("speaker", key, n);
      const known = speakerLabels.get(key);
      if (known === undefined || accentCount(speaker) > accentCount(known)) speakerLabels.set(key, speaker);
    }
  });

  const sorted = (set: Set<string>) => [...set].sort();
  const manifest: SearchManifest = {
    words: sorted(wordKeys),
    blocs: sorted(values.bloc),
    countries: sorted(values.country),
    speakers: [...speakerLabels].map(([key, label]) => ({ key, label })).sort((a, b) => a.label.localeCompare(b.label)),
    articles: sorted(values.article).map((id) => ({ id, title: articleTitles.get(id) ?? "" })),
    spanning,
  };
  return { manifest, files: postings.toFiles() };
}
