import { flatMapped } from "../../domain/flat-mapped";
import type { ArticleEvent, Quote, Span } from "../../domain/schemas/ingest";
import type { DateMention } from "../dates/date-mention";
import { distinctIds, type EntityMention } from "../entities/find-entities";
import type { PeopleIndex } from "../entities/people";
import type { Speaker } from "../speakers/discourse";
import { type Sentence, type TextDocument, sentenceAt } from "../text/document";
import { contains } from "../text/spans";
import { eventId } from "./event-id";
import type { StatementDate } from "./statement-dates";
import { summarise } from "./summary";
import { type Basis, basisFields, joined, statementRule } from "../dates/basis";
import type { WritingTime } from "../dates/find-date-mentions";

/** A quote with its speaker and the date of its statement. */
export interface DatedQuote extends Span {
  text: string;
  speaker: Speaker | null;
  statement: StatementDate;
  /** The sentence that reports it, and its reporting verb when known: the evidence of an undated statement. */
  report: Sentence;
  verb: Span | null;
}

export interface EventInput {
  articleId: string;
  doc: TextDocument;
  /** When the text was written, if known: undated statements are dated by it. */
  writing: WritingTime | null;
  /** Event-kind date mentions in the body, already filtered (no furniture, headings or hypotheticals). */
  mentions: readonly DateMention[];
  quotes: readonly DatedQuote[];
  /** Who the sentence is about: its first named agent, or null. */
  actorOf: (sentence: Span) => string | null;
  entitiesIn: (span: Span) => EntityMention[];
  people: PeopleIndex;
}

interface Group {
  mention: DateMention;
  mentions: DateMention[];
  sentences: Span[];
  actor: string | null;
  quotes: DatedQuote[];
  basisPrefix: Basis | null;
}

const sameRange = (a: DateMention["range"], b: DateMention["range"]) => a.start === b.start && a.end === b.end;

/**
 * Whether a later mention tells of the same happening as a group: the same day or range (a range is
 * never narrowed by joining a day: "yesterday" over a two-day publication stays two days), about the
 * same actor, and either the same words or one of them in the lede (which sums up the body).
 * "Wednesday" and "Wednesday night" are two happenings.
 */
function sameHappening(doc: TextDocument, group: Group, mention: DateMention, sentence: Sentence, actor: string | null): boolean {
  if (!sameRange(group.mention.range, mention.range)) return false;
  if (actor !== null && group.actor !== null && group.actor !== actor) return false;
  const words = (m: DateMention) => doc.text.slice(m.start, m.end).toLowerCase();
  const timeOfDay = (m: DateMention) => doc.pack.timesOfDay.find((t) => words(m).includes(t)) ?? null;
  if (timeOfDay(group.mention) !== timeOfDay(mention)) return false;
  const lede = (m: DateMention) => sentenceAt(doc, m.start)?.paragraph === 0;
  return words(group.mention) === words(mention) || lede(group.mention) || sentence.paragraph === 0;
}

/**
 * One event per dated happening or statement. A later mention of the same happening joins the
 * earlier event. Each quote joins the event of its statement's date; a statement reported without a
 * date of its own is dated by the publication, in one event per speaker.
 */
export function buildEvents(input: EventInput): ArticleEvent[] {
  const { doc } = input;
  const groups: Group[] = [];
  for (const mention of input.mentions) {
    const sentence = sentenceAt(doc, mention.start);
    if (!sentence || sentence.paragraph < 0) continue;
    const actor = input.actorOf(sentence);
    const same = groups.find((g) => sameHappening(doc, g, mention, sentence, actor));
    if (!same) {
      groups.push({ mention, mentions: [mention], sentences: [sentence], actor, quotes: [], basisPrefix: null });
      continue;
    }
    same.mentions.push(mention);
    if (!same.sentences.includes(sentence)) same.sentences.push(sentence);
    same.actor ??= actor;
  }
  const undated = new Map<string, Group>();
  for (const quote of input.quotes) {
    const dated = quote.statement.mention;
    const group = dated ? groups.find((g) => g.mentions.includes(dated)) : undefined;
    if (group) {
      group.quotes.push(quote);
      continue;
    }
    if (!input.writing) continue;
    const key = quote.speaker?.name ?? "";
    let statement = undated.get(key);
    if (!statement) {
      const evidence = quote.verb ?? quote.speaker?.evidence ?? { start: quote.start, end: quote.end };
      const { start, end, basis } = input.writing;
      const mention: DateMention = { start: evidence.start, end: evidence.end, range: { start, end }, basis, kind: "event", precision: "day", relative: false };
      statement = { mention, mentions: [mention], sentences: [quote.report], actor: key || null, quotes: [], basisPrefix: statementRule(quote.statement.rule) };
      undated.set(key, statement);
      groups.push(statement);
    }
    statement.quotes.push(quote);
  }
  return groups.map((g) => toEvent(g, input));
}

function toQuote(q: DatedQuote, people: PeopleIndex): Quote {
  if (!q.speaker) return { text: q.text, start: q.start, end: q.end, speaker: null, speakers: [], speakerIds: [] };
  const { name, speakers, evidence } = q.speaker;
  return { text: q.text, start: q.start, end: q.end, speaker: name, speakers, speakerIds: speakers.map(people.speakerIdOf), speakerEvidence: { start: evidence.start, end: evidence.end } };
}

function toEvent(group: Group, input: EventInput): ArticleEvent {
  const { mention } = group;
  const { text } = input.doc;
  const evidence = text.slice(mention.start, mention.end);
  // concat and slice rather than spreads: a spread iterates, and its optimized code was thrown away
  // each time an article brought an array of another kind (an empty one, one of objects).
  const scope = group.sentences.concat(group.quotes.map((q) => q.report));
  const entities = flatMapped(scope, (s) => input.entitiesIn(s));
  const mainSentence = group.sentences.find((s) => contains(s, mention)) ?? group.sentences[0];
  const quotes = group.quotes
    .slice()
    .sort((a, b) => a.start - b.start)
    .map((q) => toQuote(q, input.people));
  const speaking = flatMapped(quotes, (q) => flatMapped(q.speakers, (name) => input.people.personOf(name)?.id ?? []));
  const { basis, basisFr } = basisFields(group.basisPrefix ? joined(group.basisPrefix, mention.basis) : mention.basis);
  return {
    id: eventId(input.articleId, evidence, mention.start, mention.range.start, mention.range.end),
    date: { start: mention.range.start, end: mention.range.end, basis, basisFr, evidence: { start: mention.start, end: mention.end } },
    summary: mainSentence ? summarise(text.slice(mainSentence.start, mainSentence.end)) : evidence,
    countries: distinctIds(entities, "country"),
    blocs: distinctIds(entities, "bloc"),
    people: Array.from(new Set(speaking.concat(distinctIds(entities, "person")))),
    quotes,
  };
}
