import { dayNumber } from "../../domain/day";
import type { ArticleEvent, DateRange, Quote, Span } from "../../domain/schemas/ingest";
import type { DateMention } from "../dates/find-date-mentions";
import { distinctIds, type EntityMention } from "../entities/find-entities";
import { contains } from "../text/spans";
import { eventId } from "./event-id";
import { summarise } from "./summary";

export interface AttributedQuote extends Quote {
  sentence: Span;
}

export interface EventInput {
  articleId: string;
  text: string;
  published: DateRange | null;
  /** Event-kind date mentions in the body, already filtered (no furniture, headings or hypotheticals). */
  mentions: readonly DateMention[];
  sentences: readonly Span[];
  quotes: readonly AttributedQuote[];
  /** Who the sentence is about: its first named agent, or null. */
  actorOf: (sentence: Span) => string | null;
  entitiesIn: (span: Span) => EntityMention[];
}

interface Group {
  mention: DateMention;
  sentences: Span[];
  actor: string | null;
  quotes: AttributedQuote[];
  /** Recalled history ("l'alliance … (Aukus) en 2021"): not when the article's quotes were said. */
  background: boolean;
}

/** News reports what happened in the last weeks; older day-precise dates are history recalled for context. */
const NEWS_HORIZON_DAYS = 31;

/** Recalled history: over before publication and either older than the news horizon or only known to the month or year. */
function isBackground(range: DateMention["range"], published: DateRange | null): boolean {
  if (published === null || range.end >= published.start) return false;
  return range.start !== range.end || dayNumber(published.start) - dayNumber(range.end) > NEWS_HORIZON_DAYS;
}

const nests = (a: DateMention["range"], b: DateMention["range"]) =>
  (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
const width = (r: DateMention["range"]) => (r.start === r.end ? 0 : Date.parse(r.end) - Date.parse(r.start));

/**
 * One event per dated statement or happening. A later mention of the same day (or a range nesting it)
 * joins an earlier event unless its sentence is about someone else; quotes join the event of their own
 * sentence, else the event about their speaker, else the article's first event. A background event
 * (history recalled for context) takes no quotes: the words were said when the article reports them.
 */
export function buildEvents(input: EventInput): ArticleEvent[] {
  const sentenceOf = (s: Span) => input.sentences.find((sentence) => contains(sentence, s));
  const groups: Group[] = [];
  for (const mention of [...input.mentions].sort((a, b) => a.start - b.start)) {
    const sentence = sentenceOf(mention);
    if (!sentence) continue;
    const actor = input.actorOf(sentence);
    const same = groups.find(
      (g) => nests(g.mention.range, mention.range) && (actor === null || g.actor === null || g.actor === actor),
    );
    if (!same) {
      const background = isBackground(mention.range, input.published);
      groups.push({ mention, sentences: [sentence], actor, quotes: [], background });
      continue;
    }
    if (width(mention.range) < width(same.mention.range)) same.mention = mention;
    if (!same.sentences.includes(sentence)) same.sentences.push(sentence);
    same.actor ??= actor;
  }
  const current = groups.filter((g) => !g.background);
  for (const quote of input.quotes) {
    const group =
      current.find((g) => g.sentences.includes(quote.sentence)) ??
      current.find((g) => quote.speaker !== null && g.actor === quote.speaker) ??
      current[0];
    group?.quotes.push(quote);
  }
  return groups.map((g) => toEvent(g, input));
}

function toEvent(group: Group, input: EventInput): ArticleEvent {
  const { mention } = group;
  const evidence = input.text.slice(mention.start, mention.end);
  const scope = [...group.sentences, ...group.quotes.map((q) => q.sentence)];
  const entities = scope.flatMap((s) => input.entitiesIn(s));
  const mainSentence = group.sentences.find((s) => contains(s, mention)) ?? group.sentences[0];
  return {
    id: eventId(input.articleId, evidence, mention.start, mention.range.start, mention.range.end),
    date: { ...mention.range, basis: mention.basis, evidence: { start: mention.start, end: mention.end } },
    summary: mainSentence ? summarise(input.text.slice(mainSentence.start, mainSentence.end)) : evidence,
    countries: distinctIds(entities, "country"),
    blocs: distinctIds(entities, "bloc"),
    quotes: group.quotes
      .sort((a, b) => a.start - b.start)
      .map(({ text, speaker, start, end }) => ({ text, speaker, start, end })),
  };
}
