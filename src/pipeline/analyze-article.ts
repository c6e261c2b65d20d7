import type { DateRange, IngestedArticle, Language, Span } from "../domain/schemas/ingest";
import { findDateMentions } from "./dates/find-date-mentions";
import type { ReferenceEvent } from "./dates/reference-events";
import { defaultLexicon } from "./entities/default-lexicon";
import { createEntityMatcher, type EntityMatcher, type EntityMention } from "./entities/find-entities";
import type { Lexicon } from "./entities/lexicon";
import { buildEvents } from "./events/build-events";
import { eventMentions } from "./events/event-mentions";
import { findQuotes } from "./quotes/find-quotes";
import { type Agent, type AgentContext, findAgents } from "./speakers/agents";
import { attributeSpeaker } from "./speakers/attribute-speaker";
import { findPersonMentions } from "./speakers/person-names";
import { boilerplateSpans } from "./text/boilerplate";
import { findHeadings } from "./text/headings";
import { splitLines, trimmedSpan } from "./text/lines";
import { splitSentences } from "./text/sentences";
import { contains, isInside } from "./text/spans";
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
  const boilerplate = boilerplateSpans(text);
  const headings = findHeadings(text, boilerplate);
  const paragraphs = splitLines(text)
    .map(trimmedSpan)
    .filter((s): s is Span => s !== null && !boilerplate.some((b) => contains(b, s)) && !headings.some((h) => h.start === s.start));
  const quotes = findQuotes(text, paragraphs).filter((q) => !isInside(q.outer.start, boilerplate));
  const outerQuotes = quotes.map((q) => q.outer);
  const sentences = paragraphs.flatMap((p) => splitSentences(text, p, outerQuotes));
  const prose = [...headings, ...paragraphs].sort((a, b) => a.start - b.start);
  const entities = prose.flatMap((p) => matcher.find(text, p));
  const persons = findPersonMentions(text, prose, {
    notPersonWords: new Set(lexicon.notPersonWords),
    exclude: [...outerQuotes, ...entities],
  });
  const agentContext: AgentContext = { text, language, lexicon, persons, quotes: outerQuotes };
  // The same sentence is searched for agents once per quote in it and once per date in it.
  const agentsBySegment = new Map<string, Agent[]>();
  const agentsIn = (segment: Span) => {
    const key = `${segment.start}:${segment.end}`;
    let agents = agentsBySegment.get(key);
    if (!agents) agentsBySegment.set(key, (agents = findAgents(segment, agentContext)));
    return agents;
  };

  const attributed = quotes.map((quote) => {
    const sentence = sentences.find((s) => contains(s, quote.outer)) ?? paragraphs.find((p) => contains(p, quote.outer)) ?? quote.outer;
    const others = outerQuotes.filter((q) => q !== quote.outer && contains(sentence, q));
    const speaker = attributeSpeaker(text, quote.outer, sentence, others, agentsIn);
    return { text: text.slice(quote.start, quote.end), speaker, start: quote.start, end: quote.end, sentence };
  });

  // An event's sentences include its quotes' sentences, often the same ones.
  const entitiesBySpan = new Map<string, EntityMention[]>();
  const mentions = findDateMentions(text, { language, published, referenceEvents }, boilerplate);
  const events = buildEvents({
    articleId: input.id,
    text,
    published,
    mentions: eventMentions(text, mentions, sentences, referenceEvents, language, outerQuotes),
    sentences,
    quotes: attributed,
    actorOf: (sentence) => {
      const first = agentsIn(sentence).find((a) => a.kind === "group" || a.name !== null);
      return first?.name ?? null;
    },
    entitiesIn: (span) => {
      const key = `${span.start}:${span.end}`;
      let found = entitiesBySpan.get(key);
      if (!found) entitiesBySpan.set(key, (found = matcher.find(text, span)));
      return found;
    },
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
