import type { Span } from "../../domain/schemas/ingest";
import type { Lexicon } from "./lexicon";
import { libraryCountryNames } from "./country-names";

export interface EntityMention extends Span {
  kind: "country" | "bloc";
  /** ISO 3166-1 alpha-3 code or bloc id. */
  id: string;
}

export interface EntityMatcher {
  find(text: string, span: Span): EntityMention[];
}

function escape(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/['’]/g, "['’]");
}

/** Whole words only: a name is not matched inside a longer word ("Oman" in "Romania"). */
function wordRegex(names: Iterable<string>): RegExp {
  const sorted = [...names].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join("|")})(?![\\p{L}\\p{N}])`, "gu");
}

function normalise(name: string): string {
  return name.replace(/’/g, "'");
}

/** Builds the matcher once: libraries' names and demonyms plus the lexicon's metonyms and bloc names. */
export function createEntityMatcher(lexicon: Lexicon): EntityMatcher {
  const countries = libraryCountryNames();
  for (const alias of lexicon.countryAliases) alias.names.forEach((n) => countries.set(n, alias.country));
  const blocs = new Map<string, string>();
  for (const bloc of lexicon.blocs) bloc.names.forEach((n) => blocs.set(n, bloc.bloc));
  const lookups = [
    { kind: "country" as const, ids: normaliseKeys(countries), regex: wordRegex(countries.keys()) },
    { kind: "bloc" as const, ids: normaliseKeys(blocs), regex: wordRegex(blocs.keys()) },
  ];
  return {
    find(text, span) {
      const slice = text.slice(span.start, span.end);
      return lookups
        .flatMap(({ kind, ids, regex }) =>
          [...slice.matchAll(regex)].flatMap((m) => {
            const id = ids.get(normalise(m[0]));
            return id ? [{ kind, id, start: span.start + m.index, end: span.start + m.index + m[0].length }] : [];
          }),
        )
        .sort((a, b) => a.start - b.start);
    },
  };
}

function normaliseKeys(names: Map<string, string>): Map<string, string> {
  return new Map([...names].map(([name, id]) => [normalise(name), id]));
}

/** Distinct ids of one kind, in order of first mention. */
export function distinctIds(mentions: readonly EntityMention[], kind: EntityMention["kind"]): string[] {
  return [...new Set(mentions.filter((m) => m.kind === kind).map((m) => m.id))];
}
