import type { Span } from "../../domain/schemas/ingest";
import { isInside, overlaps } from "../text/spans";

export interface PersonMention extends Span {
  /** The full name this mention refers to ("Macron" → "Emmanuel Macron" when the article names him fully). */
  name: string;
}

/** One capitalised word, hyphenated parts included ("Jean-Luc"); all-capital acronyms are not names. */
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}’']+(?:-\p{Lu}?[\p{Ll}’']+)*`;
/** Capitalised words, optionally joined by a particle ("Charles de Gaulle", "Marine Le Pen"). */
const NAME_RUN = new RegExp(
  String.raw`(?<![\p{L}’'-])${NAME_WORD}(?:[ \u00a0](?:(?:de|du|van|von|der|al|bin|da|di|Le|La|De) )?${NAME_WORD})*(?![\p{L}’'-])`,
  "gu",
);
/** A longer run of capitalised words is a title-case headline, where names cannot be told apart. */
const MAX_NAME_WORDS = 3;
/** Inside a name (not first), these are particles: "Jean Le Roux". */
const PARTICLES = new Set(["Le", "La", "De"]);
const ARTICLE_WORDS = new Set(["Le", "La", "Les", "L", "The", "A", "An", "Un", "Une", "De", "Du", "Des"]);
const CALENDAR_WORDS =
  /^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)$/iu;

export interface NameContext {
  notPersonWords: ReadonlySet<string>;
  /** Spans that are not names: quotes (a name inside a quote is not a mention) and countries, blocs. */
  exclude: readonly Span[];
}

/** Full names (two or more words) in the given prose spans, then single-word mentions of their surnames. */
export function findPersonMentions(text: string, regions: readonly Span[], context: NameContext): PersonMention[] {
  const isStopWord = (w: string) => context.notPersonWords.has(w) || ARTICLE_WORDS.has(w) || CALENDAR_WORDS.test(w);
  const runs = regions.flatMap((region) =>
    [...text.slice(region.start, region.end).matchAll(NAME_RUN)].map((m) => {
      const words = m[0].split(/[ \u00a0]/u);
      let start = region.start + m.index;
      // "Selon Paul Girard", "Le Kremlin": a sentence's first word is capitalised without being a name.
      while (words.length > 0 && isStopWord(words[0] ?? "")) start += (words.shift() ?? "").length + 1;
      return { start, end: region.start + m.index + m[0].length, words };
    }),
  );
  const usable = runs.filter(
    (r) =>
      r.words.length > 0 &&
      !isInside(r.start, context.exclude) &&
      !context.exclude.some((e) => overlaps(e, r)) &&
      r.words.every((w, i) => !isStopWord(w) || (i > 0 && PARTICLES.has(w))),
  );
  const fullNames = usable.filter((r) => r.words.length >= 2 && r.words.length <= MAX_NAME_WORDS);
  const surnames = new Map<string, string>();
  for (const r of fullNames) surnames.set(r.words[r.words.length - 1] ?? "", r.words.join(" "));
  return usable
    .flatMap((r): PersonMention[] => {
      if (r.words.length >= 2) return r.words.length <= MAX_NAME_WORDS ? [{ start: r.start, end: r.end, name: r.words.join(" ") }] : [];
      const full = surnames.get(r.words[0] ?? "");
      return full ? [{ start: r.start, end: r.end, name: full }] : [];
    })
    .sort((a, b) => a.start - b.start);
}
