import type { Span } from "../../domain/schemas/ingest";
import type { Lexicon } from "./lexicon";
import { libraryCountryNames } from "./country-names";
import { createWordListMatcher } from "./word-list-matcher";

export interface EntityMention extends Span {
  kind: "country" | "bloc";
  /** ISO 3166-1 alpha-3 code or bloc id. */
  id: string;
}

export interface EntityMatcher {
  find(text: string, span: Span): EntityMention[];
}

/** Builds the matcher once: libraries' names and demonyms plus the lexicon's metonyms and bloc names. */
export function createEntityMatcher(lexicon: Lexicon): EntityMatcher {
  const countries = new Map(libraryCountryNames());
  for (const alias of lexicon.countryAliases) alias.names.forEach((n) => countries.set(n, alias.country));
  const blocs = new Map<string, string>();
  for (const bloc of lexicon.blocs) bloc.names.forEach((n) => blocs.set(n, bloc.bloc));
  // Whole words only, within the span: a name is not matched inside a longer word ("Oman" in "Romania").
  const lookups = [
    { kind: "country" as const, match: createWordListMatcher(countries) },
    { kind: "bloc" as const, match: createWordListMatcher(blocs) },
  ];
  return {
    find(text, span) {
      return lookups
        .flatMap(({ kind, match }) => match(text, span.start, span.end).map(({ start, end, id }) => ({ kind, id, start, end })))
        .sort((a, b) => a.start - b.start);
    },
  };
}

/** Distinct ids of one kind, in order of first mention. */
export function distinctIds(mentions: readonly EntityMention[], kind: EntityMention["kind"]): string[] {
  return [...new Set(mentions.filter((m) => m.kind === kind).map((m) => m.id))];
}
