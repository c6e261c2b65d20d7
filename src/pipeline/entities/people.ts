import { boundedMemo } from "../../domain/bounded-memo";
import { normalizeSearchText } from "../../domain/search-text";
import type { Lexicon, Person } from "./lexicon";

/** An initial in a name ("Donald J. Trump", "Harry S. Truman"): spelled one way or another, or left out. */
const INITIAL = /^\p{L}\.?$/u;
const NOT_WORD = /[^\p{L}\p{N}]+/u;

/** A name's words without accents, case, punctuation or initials: "Donald J. Trump" and "Donald Trump" compare equal. */
function nameKey(name: string): string {
  const words = normalizeSearchText(name).split(/\s+/u);
  const kept = words.length > 2 ? words.filter((w, i) => i === 0 || i === words.length - 1 || !INITIAL.test(w)) : words;
  return kept.join(" ").split(NOT_WORD).filter((w) => w !== "").join(" ");
}

/** Every name a person goes by: both languages' and the aliases. */
export function namesOf(person: Person): string[] {
  return [...new Set([person.names.en, person.names.fr, ...person.aliases])];
}

export interface PeopleIndex {
  /** The lexicon's person a speaker's name (as the article writes it, whole) names, or null. */
  personOf(name: string): Person | null;
  /** The id of a speaker: the lexicon's, else the name's words joined by hyphens (see `speakerIdSchema`). */
  speakerIdOf(name: string): string;
}

const indexes = new WeakMap<Lexicon, PeopleIndex>();

/** Far above the distinct names of a corpus: every person mention asks, and names recur. */
const MAX_NAMES = 20_000;

export function peopleIndex(lexicon: Lexicon): PeopleIndex {
  const cached = indexes.get(lexicon);
  if (cached) return cached;
  const byKey = new Map<string, Person>();
  for (const person of lexicon.people) for (const name of namesOf(person)) byKey.set(nameKey(name), person);
  const personOf = boundedMemo((name) => byKey.get(nameKey(name)) ?? null, MAX_NAMES);
  const index: PeopleIndex = {
    personOf,
    speakerIdOf: (name) => byKey.get(nameKey(name))?.id ?? nameKey(name).replaceAll(" ", "-"),
  };
  indexes.set(lexicon, index);
  return index;
}
