import { flatMapped } from "../../domain/flat-mapped";
import type { Span } from "../../domain/schemas/ingest";
import type { Lexicon } from "./lexicon";
import { libraryCountryNames } from "./country-names";
import { namesOf } from "./people";
import { createWordListMatcher } from "./word-list-matcher";

export interface EntityMention extends Span {
  kind: "country" | "bloc" | "person";
  /** ISO 3166-1 alpha-3 code, bloc id or the lexicon's person id. */
  id: string;
}

export interface EntityMatcher {
  find(text: string, span: Span): EntityMention[];
}

/** The word just before `at` in `text`, and whether a sentence ends right before that word. */
const WORD_BEFORE = /([\p{L}][\p{L}'’.-]*)\s+$/u;
const SENTENCE_END_BEFORE = /(?:^|[.!?«"“:;—–]\s*)$/u;
/** How far back the word before a surname is looked for. */
const LOOKBEHIND_CHARS = 40;
/** Titles written before a surname that leave it naming the person: "M. Poutine", "President Putin". */
const HONORIFICS = ["m.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mme", "dr", "dr.", "général", "general", "maréchal", "marshal"];

/**
 * Whether a one-word name at `start` is someone else's surname: it follows another capitalised word
 * that is neither a title nor the first word of its sentence ("Melania Trump", "Hunter Biden").
 */
function isOtherPersonsSurname(text: string, start: number, from: number, titles: ReadonlySet<string>): boolean {
  const before = text.slice(Math.max(from, start - LOOKBEHIND_CHARS), start);
  const match = WORD_BEFORE.exec(before);
  if (!match) return false;
  const word = match[1] as string;
  if (word[0] === word[0]?.toLowerCase() || titles.has(word.toLowerCase())) return false;
  return !SENTENCE_END_BEFORE.test(before.slice(0, match.index));
}

/** Builds the matcher once: libraries' names and demonyms plus the lexicon's metonyms, bloc names and people. */
export function createEntityMatcher(lexicon: Lexicon): EntityMatcher {
  const countries = new Map(libraryCountryNames());
  for (const alias of lexicon.countryAliases) alias.names.forEach((n) => countries.set(n, alias.country));
  const blocs = new Map<string, string>();
  for (const bloc of lexicon.blocs) bloc.names.forEach((n) => blocs.set(n, bloc.bloc));
  const people = new Map<string, string>();
  for (const person of lexicon.people) namesOf(person).forEach((n) => people.set(n, person.id));
  const titles = new Set([...lexicon.roles.fr, ...lexicon.roles.en, ...HONORIFICS].map((t) => t.toLowerCase()));
  const matchPeople = createWordListMatcher(people);
  // Whole words only, within the span: a name is not matched inside a longer word ("Oman" in "Romania").
  const lookups = [
    { kind: "country" as const, match: createWordListMatcher(countries) },
    { kind: "bloc" as const, match: createWordListMatcher(blocs) },
    {
      kind: "person" as const,
      match: (text: string, from: number, to: number) =>
        matchPeople(text, from, to).filter((m) => /[\s-]/u.test(text.slice(m.start, m.end)) || !isOtherPersonsSurname(text, m.start, from, titles)),
    },
  ];
  return {
    find(text, span) {
      return flatMapped(lookups, ({ kind, match }) => match(text, span.start, span.end).map(({ start, end, id }) => ({ kind, id, start, end })))
        .sort((a, b) => a.start - b.start);
    },
  };
}

/** Distinct ids of one kind, in order of first mention. */
export function distinctIds(mentions: readonly EntityMention[], kind: EntityMention["kind"]): string[] {
  return [...new Set(mentions.filter((m) => m.kind === kind).map((m) => m.id))];
}
