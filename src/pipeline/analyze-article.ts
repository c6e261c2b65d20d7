import { flatMapped } from "../domain/flat-mapped";
import type { DateRange, IngestedArticle, Language } from "../domain/schemas/ingest";
import { findDates } from "./dates/find-date-mentions";
import type { ReferenceEvent } from "./dates/reference-events";
import { defaultLexicon } from "./entities/default-lexicon";
import { createEntityMatcher, type EntityMatcher } from "./entities/find-entities";
import type { Lexicon } from "./entities/lexicon";
import { buildEvents, type DatedQuote } from "./events/build-events";
import { eventMentions } from "./events/event-mentions";
import { keptQuotes } from "./events/kept-quotes";
import { type StatementDate, statementDates } from "./events/statement-dates";
import { libraryCapitals, libraryCountryNames } from "./entities/country-names";
import { peopleIndex } from "./entities/people";
import { type Attribution, attributeSpeakers } from "./speakers/attribute-speakers";
import { Discourse } from "./speakers/discourse";
import { findMentions } from "./speakers/mentions";
import { findPersonMentions } from "./speakers/person-names";
import { buildDocument } from "./text/document";
import { findTitle } from "./title";

export interface ArticleInput {
  id: string;
  text: string;
  language: Language;
  outlet: string | null;
  published: DateRange | null;
}

const matchers = new WeakMap<Lexicon, EntityMatcher>();

function matcherFor(lexicon: Lexicon): EntityMatcher {
  const cached = matchers.get(lexicon);
  if (cached) return cached;
  const matcher = createEntityMatcher(lexicon);
  matchers.set(lexicon, matcher);
  return matcher;
}

/**
 * Article text → title, furniture spans and dated events with their quotes, speakers, countries and
 * blocs. Pure and synchronous: the same input always gives the same output, ids included.
 */
export function analyzeArticle(
  input: ArticleInput,
  referenceEvents: ReferenceEvent[],
  lexicon: Lexicon = defaultLexicon,
): IngestedArticle {
  const { text, language, published } = input;
  const matcher = matcherFor(lexicon);
  const doc = buildDocument(text, language);
  const { boilerplate, headings, paragraphs, sentences: allSentences } = doc;
  const outerQuotes = doc.quotes.map((q) => q.outer);
  const prose = [...headings, ...paragraphs].sort((a, b) => a.start - b.start);
  const entities = flatMapped(prose, (p) => matcher.find(text, p));
  const names = namesFor(lexicon);
  const persons = findPersonMentions(text, allSentences, { pack: doc.pack, notPersonWords: names.notPersonWords, placeNames: names.placeNames, knownNames: names.knownNames, exclude: [...outerQuotes, ...doc.datelines] });
  const mentions = findMentions({ doc, lexicon, persons, entities, countries: names.countries });
  const discourse = new Discourse(doc, mentions);
  const attributions = attributeSpeakers(doc, discourse);
  const { mentions: dateMentions, writing } = findDates(doc, { published, referenceEvents });
  const datedMentions = eventMentions(doc, dateMentions, referenceEvents);
  const { dates: statements, intervals } = statementDates({ doc, discourse, mentions: datedMentions, attributions, writing });
  const allMentions = [...datedMentions, ...intervals].sort((a, b) => a.start - b.start);
  const quotes = doc.quotes.map((quote, i): DatedQuote => {
    const a = attributions[i] as Attribution;
    return { start: quote.start, end: quote.end, text: text.slice(quote.start, quote.end), speaker: a.speaker, statement: statements[i] as StatementDate, report: a.report, verb: a.verb };
  });

  const events = buildEvents({
    articleId: input.id,
    doc,
    writing,
    mentions: allMentions,
    quotes: keptQuotes(doc, quotes),
    actorOf: (sentence) => {
      const first = discourse.within(sentence.start, sentence.end).find((m) => m.subject && (m.kind === "person" || m.kind === "joint" || m.kind === "role" || m.kind === "pronoun" || m.kind === "latter"));
      return first ? (discourse.speakerOf(first)?.name ?? null) : null;
    },
    // Every sentence lies in the prose already matched: its mentions are those found there.
    entitiesIn: (span) => entities.filter((e) => e.start >= span.start && e.end <= span.end),
    people: peopleIndex(lexicon),
  });

  return {
    id: input.id,
    title: findTitle(text, boilerplate, headings),
    language,
    outlet: input.outlet,
    published,
    text,
    boilerplate,
    events,
  };
}

interface NameLists {
  notPersonWords: ReadonlySet<string>;
  placeNames: ReadonlySet<string>;
  knownNames: ReadonlySet<string>;
  /** Country names, demonyms and metonyms, lower-cased, to their ISO 3166-1 alpha-3 code. */
  countries: ReadonlyMap<string, string>;
}

const nameLists = new WeakMap<Lexicon, NameLists>();

/** Word lists built once per lexicon: the libraries' country names and demonyms with the lexicon's aliases. */
function namesFor(lexicon: Lexicon): NameLists {
  const cached = nameLists.get(lexicon);
  if (cached) return cached;
  const countries = new Map([...libraryCountryNames()].map(([name, code]) => [name.toLowerCase(), code]));
  for (const alias of lexicon.countryAliases) for (const name of alias.names) countries.set(name.toLowerCase(), alias.country);
  const lists: NameLists = {
    notPersonWords: new Set(lexicon.notPersonWords),
    placeNames: new Set([...libraryCountryNames().keys(), ...flatMapped(lexicon.countryAliases, (a) => a.names), ...libraryCapitals()]),
    knownNames: new Set(flatMapped(lexicon.people, (p) => [p.names.en, p.names.fr, ...p.aliases]).filter((n) => !n.includes(" "))),
    countries,
  };
  nameLists.set(lexicon, lists);
  return lists;
}
