import { countryName } from "../../domain/countries";
import type { Localized } from "../../domain/schemas/bloc";
import { searchWords } from "../../domain/search-text";
import type { Lexicon } from "../entities/lexicon";
import { namesOf } from "../entities/people";

/** What the search index needs of a bloc's data file: its names in both languages. */
export interface BlocNames {
  id: string;
  names: Localized;
  shortNames: Localized;
}

export type EntityKind = "bloc" | "country" | "person";

/**
 * One vocabulary for both languages: every entity's names, so that an event about NATO is found by
 * "NATO", "OTAN" and « Alliance atlantique », and the labels the filters show in each language.
 */
export interface SearchVocabulary {
  /** The search words of all the names of an entity, in every language (computed once per entity). */
  wordsOf(kind: EntityKind, id: string): readonly string[];
  /** A bloc's short name in each language; throws for a bloc the vocabulary cannot name. */
  blocLabel(id: string): Localized;
  /** A recognised person's name in each language; null for anyone else. */
  personLabel(id: string): Localized | null;
}

export function searchVocabulary(lexicon: Lexicon, blocs: readonly BlocNames[]): SearchVocabulary {
  const names: Record<EntityKind, Map<string, string[]>> = { bloc: new Map(), country: new Map(), person: new Map() };
  const labels = new Map<string, Localized>();
  for (const bloc of blocs) {
    names.bloc.set(bloc.id, [bloc.names.en, bloc.names.fr, bloc.shortNames.en, bloc.shortNames.fr]);
    labels.set(bloc.id, bloc.shortNames);
  }
  lexicon.blocs.forEach((entry, i) => {
    const label = labels.get(entry.bloc) ?? entry.label;
    if (!label) throw new Error(`data/lexicon.json: blocs.${i}.label: "${entry.bloc}" has no file in data/blocs/, so it needs a label in both languages`);
    labels.set(entry.bloc, label);
    names.bloc.set(entry.bloc, [...(names.bloc.get(entry.bloc) ?? []), ...entry.names, label.en, label.fr]);
  });
  for (const alias of lexicon.countryAliases) names.country.set(alias.country, [...(names.country.get(alias.country) ?? []), ...alias.names]);
  const people = new Map(lexicon.people.map((p) => [p.id, p]));
  for (const person of lexicon.people) names.person.set(person.id, namesOf(person));

  const words = new Map<string, readonly string[]>();
  return {
    wordsOf(kind, id) {
      const key = `${kind}\0${id}`;
      let list = words.get(key);
      if (!list) {
        const all = kind === "country" ? [countryName(id, "en"), countryName(id, "fr"), ...(names.country.get(id) ?? [])] : (names[kind].get(id) ?? []);
        words.set(key, (list = searchWords(all.join(" "))));
      }
      return list;
    },
    blocLabel(id) {
      const label = labels.get(id);
      if (!label) throw new Error(`bloc "${id}" has neither a file in data/blocs/ nor a label in data/lexicon.json`);
      return label;
    },
    personLabel: (id) => people.get(id)?.names ?? null,
  };
}
