import { dayNumber } from "../../domain/day";
import type { Span } from "../../domain/schemas/ingest";
import type { DateMention } from "../dates/date-mention";
import type { QuoteSpan } from "../quotes/find-quotes";
import type { Attribution } from "../speakers/attribute-speakers";
import type { Discourse } from "../speakers/discourse";
import type { Mention } from "../speakers/mentions";
import { findIntervalPhrases, intervalMention } from "../dates/intervals";
import { tenseAround, verbBetween } from "../dates/tense";
import { type Sentence, type TextDocument, isQuoted, sentenceAt } from "../text/document";
import { startingIn } from "../text/sorted-spans";
import { escapeRegExp } from "../text/escape-regexp";
import type { LanguagePack } from "../language/language-pack";
import { hasClauseOpener, opensWithRelativePronoun } from "../language/clause-openers";
import { isReportingVerb } from "../language/reporting-verbs";
import { type Basis, statementInClause, statementNamedNoun, statementOwnBefore, statementParagraph, statementQuoteSentence, statementReaction, statementReportingSentence, statementStoryDay, statementUndated } from "../dates/basis";
import type { WritingTime } from "../dates/find-date-mentions";
import { allMatches } from "../../domain/all-matches";
import { NOT_AFTER_LETTER } from "../text/word-edges";
import { alphanumericRuns } from "../text/word-scan";

/** When a quote was said: the date mention of its statement, or null for "as published", and the rule that found it. */
export interface StatementDate {
  mention: DateMention | null;
  rule: Basis;
}

/** A year or a month dates a statement only this close to its verb, in words ("In 2021, the ministry announced"). */
const VERB_REACH_WORDS = 3;
/** The time the story is at: a day-precise date at most this many days wide. */
const STORY_TIME_MAX_DAYS = 7;
/** A date older than this before writing is history the story recalls, not the time it is at. */
const NEWS_HORIZON_DAYS = 31;

interface Input {
  doc: TextDocument;
  discourse: Discourse;
  /** Event mentions in the body (furniture, hypotheticals and anchors removed), in text order. */
  mentions: readonly DateMention[];
  attributions: readonly Attribution[];
  /** When the text was written, if known. */
  writing: WritingTime | null;
}

/**
 * The date of each quote's statement, never the date of some other event of the article: the time
 * words of the sentence that reports it (a year or a month only next to its verb: « en 2021 » in a
 * sentence about something else is background), else the speaker's own dated statement or action
 * earlier, else the dated occasion the sentence names ("at the ceremony"), else a dated report in
 * the same paragraph, else the day the story is at (the last day-precise date before it, which a
 * reaction or an aside does not move), else the publication: `null`.
 */
export function statementDates(input: Input): StatementDates {
  const { doc, attributions } = input;
  const found: StatementDate[] = [];
  doc.quotes.forEach((quote, i) => {
    const a = attributions[i] as Attribution;
    const decided =
      own(input, a.report, a.verb, quote) ??
      sameSpeaker(input, a, quote, found, i) ??
      occasion(input, a.report, quote) ??
      paragraph(input, a, quote) ??
      reaction(input, a.report, quote) ??
      storyTime(input, quote);
    found.push(decided ?? { mention: null, rule: statementUndated });
  });
  return { dates: found, intervals: intervals(input, found) };
}

export interface StatementDates {
  dates: StatementDate[];
  /** Times counted from a clause's ("deux mois après …"): new mentions, dating the quotes in their complement. */
  intervals: DateMention[];
}

/**
 * "…, a-t-il dit, deux mois après un sommet tendu … « état de mort cérébrale »": what the complement
 * tells, quotes included, is dated from the main clause's time, taken from another date of the
 * sentence or from the statement of a quote outside the complement. Without one, nothing is dated.
 */
function intervals(input: Input, found: StatementDate[]): DateMention[] {
  const { doc } = input;
  const out: DateMention[] = [];
  for (const phrase of findIntervalPhrases(doc)) {
    const sentence = sentenceAt(doc, phrase.start);
    if (!sentence) continue;
    const outside = (s: Span) => s.start < phrase.start || s.start >= phrase.complement.end;
    const inComplement = (s: Span) => s.start >= phrase.complement.start && s.end <= phrase.complement.end;
    const sibling = doc.quotes.findIndex((q, i) => q.outer.start >= sentence.start && q.outer.end <= sentence.end && outside(q.outer) && found[i]?.mention);
    const main = eligible(input, sentence, null).find((m) => outside(m)) ?? (sibling >= 0 ? found[sibling]?.mention : null);
    const mention = main ? intervalMention(doc, phrase, main) : null;
    if (!mention) continue;
    out.push(mention);
    doc.quotes.forEach((q, i) => {
      if (inComplement(q.outer)) found[i] = { mention, rule: statementInClause };
    });
  }
  return out;
}

function notFuture(input: Input, m: DateMention): boolean {
  return !input.writing || m.range.start <= input.writing.end;
}

/** A date this early in its sentence is fronted: it frames the whole sentence ("On Tuesday, …", « Dans un discours vendredi, … »). */
const FRONTED_WORDS = 4;
/** …as is one in an opening phrase this long at most that a comma closes, with no verb of its own ("In an interview with Reuters last month, …"). */
const FRONTED_PHRASE_WORDS = 12;

/** Words opening a clause other than the verb's, between two positions: "when" keeps the time and does not count. */
function opensClause(input: Input, from: number, to: number): boolean {
  const { pack } = input.doc;
  return hasClauseOpener(pack, input.doc.text.slice(from, to), pack.sameTimeOpeners);
}

/** « John Harper, qui avait négocié le pacte il y a trois ans, s'est dit »: the date sits in a clause of its own, between commas. */
function inSubordinateClause(input: Input, sentence: Span, m: Span): boolean {
  return opensClause(input, clauseStart(input.doc.text, sentence, m), m.start);
}

/** Where the clause of `m` begins: after the last comma before it, else at its sentence's start. */
function clauseStart(text: string, sentence: Span, m: Span): number {
  return Math.max(sentence.start, text.lastIndexOf(",", m.start) + 1);
}

/** Whether `m` lies in the phrase that opens the sentence up to its first comma, a phrase with no verb or clause of its own. */
function inOpeningPhrase(input: Input, sentence: Span, m: Span): boolean {
  const { doc } = input;
  const comma = doc.text.indexOf(",", sentence.start);
  if (comma < 0 || comma >= sentence.end || m.end > comma) return false;
  const phrase = doc.text.slice(sentence.start, comma);
  return alphanumericRuns(phrase) <= FRONTED_PHRASE_WORDS && !opensClause(input, sentence.start, comma) && !verbBetween(doc, sentence.start, comma, m);
}

const speechNounEnds = new WeakMap<LanguagePack, ReadonlySet<string>>();

/** The last word of each of the pack's speech nouns ("conference" of "press conference"), built once per pack. */
function speechNounEndsOf(pack: LanguagePack): ReadonlySet<string> {
  let ends = speechNounEnds.get(pack);
  if (!ends) speechNounEnds.set(pack, (ends = new Set(pack.speechNouns.map((n) => n.split(" ").at(-1) as string))));
  return ends;
}

/**
 * The word right after a speech noun, ending the words between a verb and a date ("said in an
 * interview published Thursday", « a dit dans un entretien diffusé jeudi »): a participle dating the
 * medium of the words, so the words themselves, not a clause of its own. At most one word (a
 * preposition: "published on Thursday") may follow it.
 */
function mediumParticiple(input: Input, from: number, to: number): Span | null {
  const { text, pack } = input.doc;
  const nouns = speechNounEndsOf(pack);
  const words = allMatches(/[\p{L}'’-]+/gu, text.slice(from, to));
  for (let i = Math.max(0, words.length - 3); i < words.length - 1; i++) {
    const noun = words[i] as RegExpExecArray;
    const participle = words[i + 1] as RegExpExecArray;
    if (nouns.has(noun[0].toLowerCase())) return { start: from + participle.index, end: from + participle.index + participle[0].length };
  }
  return null;
}

const FIRST_WORD = /\p{L}+/u;

/** Words at most between a relative pronoun and its speaking verb: « qui s'est exprimé », "who had spoken". */
const SPEAKING_VERB_REACH_WORDS = 3;

/**
 * "said Mark Rutte, who spoke to reporters on Wednesday", "Mark Rutte, who spoke on Wednesday, said",
 * « a déclaré le ministre, qui s'exprimait mercredi »: the date sits in a relative clause about the
 * reporting verb's subject whose own verb tells the speaking itself, so it dates the words. A
 * relative clause with any other verb tells something else ("who took office on October 1").
 */
function inSpeakingClause(input: Input, sentence: Span, verb: Span, m: Span): boolean {
  const { doc } = input;
  const { text, pack } = doc;
  const comma = text.lastIndexOf(",", m.start);
  if (comma < sentence.start || !opensWithRelativePronoun(pack, text.slice(comma + 1, m.start))) return false;
  const words = allMatches(/\p{L}+/gu, text.slice(comma + 1, m.start));
  const speaking = words.slice(1, 1 + SPEAKING_VERB_REACH_WORDS).find((w) => pack.speakingVerbs.has(w[0].toLowerCase()));
  if (!speaking) return false;
  const speakingEnd = comma + 1 + speaking.index + speaking[0].length;
  if (opensClause(input, speakingEnd, m.start) || verbBetween(doc, speakingEnd, m.start)) return false;
  if (m.start >= verb.end) return !opensClause(input, verb.end, comma) && !verbBetween(doc, verb.end, comma, verb);
  return /^[^,]*,\s*$/u.test(text.slice(m.end, verb.start)) && !verbBetween(doc, m.end, verb.start, verb);
}

/** Words at most between a participle that tells the words and its time ("adding on Tuesday", « précisant mardi »). */
const PARTICIPLE_REACH_WORDS = 1;

/**
 * "said Anne Durand, recalling the treaty signed on April 4, 1949", « , rappelant la signature du
 * traité le 4 avril 1949 »: after the verb, a participial clause set off by a comma has its own
 * complement, whose dates are not the statement's. The clause of a participle that tells the
 * speaking is its occasion ("speaking to reporters on Tuesday"), and the time words right after one
 * that tells the words date them too ("adding on Tuesday").
 */
function inParticipleComplement(input: Input, from: number, m: Span): boolean {
  const { text, pack } = input.doc;
  const comma = text.lastIndexOf(",", m.start);
  if (comma < from) return false;
  const words = allMatches(/\p{L}+/gu, text.slice(comma + 1, m.start));
  const at = words.slice(0, 2).findIndex((w) => pack.presentParticipleEndings.some((e) => w[0].length > e.length + 2 && w[0].toLowerCase().endsWith(e)));
  const participle = words[at];
  if (!participle) return false;
  const lower = participle[0].toLowerCase();
  if (pack.speakingVerbs.has(lower)) return false;
  return !isReportingVerb(pack, lower) || words.length - at - 1 > PARTICIPLE_REACH_WORDS;
}

/**
 * The mentions of a sentence that can date what its verb reports: fronted, or tied to the verb with no
 * other clause in between ("said on Tuesday", « a déclaré jeudi », "NATO on Wednesday announced");
 * not a date of the reported content ("said the treaty was signed on Tuesday", « a déclaré que depuis
 * 2014 ») nor of a relative clause (« le sommet, qui s'est ouvert mardi »). A year or a month needs to
 * stand right by the verb. Without a verb, a day-precise date anywhere in the sentence counts.
 */
function eligible(input: Input, sentence: Span, verb: Span | null): DateMention[] {
  const { doc } = input;
  return startingIn(input.mentions, sentence.start, sentence.end).filter((m) => {
    if (m.end > sentence.end || isQuoted(doc, m) || !notFuture(input, m)) return false;
    if (alphanumericRuns(doc.text.slice(sentence.start, m.start)) < FRONTED_WORDS && !inSubordinateClause(input, sentence, m)) return true;
    if (inOpeningPhrase(input, sentence, m)) return true;
    if (!verb) return m.precision === "day" && !inSubordinateClause(input, sentence, m);
    const after = m.start >= verb.end;
    const [from, to] = after ? [verb.end, m.start] : [m.end, verb.start];
    const between = doc.text.slice(from, to);
    const comma = between.includes(",");
    if (comma && inSpeakingClause(input, sentence, verb, m)) return m.precision === "day";
    if (!after && comma && inSubordinateClause(input, sentence, m)) return false;
    if (opensClause(input, from, to)) return false;
    if (after && comma && inParticipleComplement(input, from, m)) return false;
    if (verbBetween(doc, from, to, verb)) {
      const participle = after ? mediumParticiple(input, from, to) : null;
      if (!participle || verbBetween(doc, from, participle.start, verb) || verbBetween(doc, participle.end, to, verb)) return false;
    }
    return m.precision === "day" || alphanumericRuns(between) <= VERB_REACH_WORDS;
  });
}

function nearest(mentions: readonly DateMention[], verb: Span | null): DateMention | undefined {
  if (!verb) return mentions[0];
  const distance = (m: DateMention) => (m.start >= verb.end ? m.start - verb.end : verb.start - m.end);
  return [...mentions].sort((x, y) => distance(x) - distance(y))[0];
}

function own(input: Input, report: Sentence, verb: Span | null, quote: QuoteSpan): StatementDate | null {
  const m = nearest(eligible(input, report, verb), verb);
  if (m) return { mention: m, rule: statementReportingSentence };
  const sentence = sentenceAt(input.doc, quote.outer.start);
  if (sentence && sentence !== report) {
    const inQuoteSentence = nearest(eligible(input, sentence, null), null);
    if (inQuoteSentence) return { mention: inQuoteSentence, rule: statementQuoteSentence };
  }
  return null;
}

/** Words at most between a relative pronoun and the verb of its clause (« qui avait jugé », "who had warned"). */
const RELATIVE_VERB_REACH_WORDS = 3;

/**
 * Whether `verb` is the verb of a relative clause (", who had warned last week that …", « , qui
 * avait jugé … »): what it reports is background to the sentence, not a time the story is at.
 */
function inRelativeClause(doc: TextDocument, sentence: Span, verb: Span): boolean {
  const comma = doc.text.lastIndexOf(",", verb.start);
  if (comma < sentence.start) return false;
  const words = allMatches(/\p{L}+/gu, doc.text.slice(comma + 1, verb.start));
  return words.length <= RELATIVE_VERB_REACH_WORDS && doc.pack.relativePronouns.has(words[0]?.[0].toLowerCase() ?? "");
}

/** Dated by the time words of its own sentence or its report's, not borrowed from elsewhere. */
const isOwnTimeWords = (rule: Basis | undefined) => rule === statementReportingSentence || rule === statementQuoteSentence;

/** Per sentence of an article, found once it is asked: its subjects, the speaker of its own subject, and the date of what they did. */
interface OwnAction {
  subjects?: Mention[];
  name?: string | null;
  mention?: DateMention | null;
}

const ownActions = new WeakMap<Input, OwnAction[]>();

/**
 * The date of what `name` did in `sentence` as its own subject, not as the subject of a clause inside
 * it ("…'s address came after he flubbed his June 27 debate"); null when the sentence tells no such
 * thing. Worked out once per sentence of the article, whichever quote asks.
 */
function ownActionDate(input: Input, index: number, name: string): DateMention | null {
  const { doc, discourse } = input;
  let actions = ownActions.get(input);
  if (!actions) ownActions.set(input, (actions = doc.sentences.map(() => ({}))));
  const sentence = doc.sentences[index] as Sentence;
  const action = actions[index] as OwnAction;
  action.subjects ??= discourse.within(sentence.start, sentence.end).filter((m) => m.subject && m.kind !== "place");
  if (!action.subjects.some((m) => discourse.speakerOf(m)?.name === name)) return null;
  if (action.name === undefined) {
    const own = action.subjects.find((m) => !inSubordinateClause(input, sentence, m) && !afterAnchor(input, m));
    action.name = own ? (discourse.speakerOf(own)?.name ?? null) : null;
  }
  if (action.name !== name) return null;
  // A plan ("is due to tour … on Friday") is not an action the speaker has done: it cannot date their words.
  action.mention ??= nearest(eligible(input, sentence, null).filter((x) => !afterAnchor(input, x) && !toldInPluperfect(input, x) && tenseAround(input.doc, x) !== "future"), null) ?? null;
  return action.mention;
}

function sameSpeaker(input: Input, a: Attribution, quote: QuoteSpan, found: readonly StatementDate[], index: number): StatementDate | null {
  const name = a.speaker?.name;
  if (!name) return null;
  const { doc, attributions } = input;
  let best: { at: number; mention: DateMention } | null = null;
  for (let j = 0; j < index; j++) {
    const earlier = found[j]?.mention;
    const { verb, report, speaker } = attributions[j] ?? {};
    if (!earlier || speaker?.name !== name || !isOwnTimeWords(found[j]?.rule)) continue;
    // Told in a relative clause ("who had called it … on Monday"), it is background to what they say now.
    if (!verb || !report || !inRelativeClause(doc, report, verb)) best = { at: doc.quotes[j]?.start ?? 0, mention: earlier };
  }
  for (const [i, sentence] of doc.sentences.entries()) {
    if (sentence.end > quote.outer.start || sentence.paragraph < 0) continue;
    const m = ownActionDate(input, i, name);
    if (m && (!best || sentence.start > best.at)) best = { at: sentence.start, mention: m };
  }
  return best ? { mention: best.mention, rule: statementOwnBefore(name) } : null;
}

interface OccasionPatterns {
  noun: string;
  /** The noun with a definite article: the occasion named again. */
  named: RegExp;
  /** The noun however it is introduced. */
  any: RegExp;
}

const occasionPatterns = new WeakMap<LanguagePack, OccasionPatterns[]>();

function occasionsOf(pack: LanguagePack): OccasionPatterns[] {
  let patterns = occasionPatterns.get(pack);
  if (patterns) return patterns;
  const definite = [...pack.definiteArticles, ...pack.definiteContractions].map(escapeRegExp).join("|");
  patterns = pack.occasionNouns.map((noun) => ({
    noun,
    named: new RegExp(`${NOT_AFTER_LETTER}(?:${definite})\\s*(?:[\\p{L}-]+\\s+){0,2}?${escapeRegExp(noun)}(?![\\p{L}])`, "u"),
    any: new RegExp(`${NOT_AFTER_LETTER}${escapeRegExp(noun)}(?![\\p{L}])`, "u"),
  }));
  occasionPatterns.set(pack, patterns);
  return patterns;
}

/** "at the ceremony", « pendant la cérémonie »: the occasion the text dated before, named again with a definite article. */
function occasion(input: Input, report: Sentence, quote: QuoteSpan): StatementDate | null {
  const { doc } = input;
  const lower = doc.text.slice(report.start, report.end).toLowerCase();
  for (const { noun, named, any: pattern } of occasionsOf(doc.pack)) {
    if (!lower.includes(noun) || !named.test(lower)) continue;
    const earlier = doc.sentences.filter((s) => s.end <= quote.outer.start && s.paragraph >= 0 && s !== report && pattern.test(doc.text.slice(s.start, s.end).toLowerCase()));
    for (const sentence of earlier.reverse()) {
      const m = eligible(input, sentence, null).find((x) => x.precision === "day");
      if (m) return { mention: m, rule: statementNamedNoun(noun) };
    }
  }
  return null;
}

/**
 * Another sentence of the paragraph that reports words with a date ("Le chancelier a annoncé dimanche
 * …"): one before the quote sets the scene, one after it dates the quote only when the quote's known
 * speaker makes it ("…, Rutte said. Late last year, allies pledged …" does not date what Rutte said).
 * A reporting verb in a relative clause ("X, who had warned last week that …, secured") reports none,
 * and a date after "since" or "after" starts what the sentence tells, it does not date it.
 */
function paragraph(input: Input, a: Attribution, quote: QuoteSpan): StatementDate | null {
  const { doc, discourse } = input;
  const report = a.report;
  const speaker = a.speaker?.name ?? null;
  const bySpeaker = (sentence: Sentence, verb: Span) => {
    if (sentence.start < quote.outer.start) return true;
    if (speaker === null) return false;
    const subject = discourse.within(sentence.start, verb.start).find((m) => m.subject && m.kind !== "place");
    return subject !== undefined && discourse.speakerOf(subject)?.name === speaker;
  };
  const others = doc.sentences.filter((s) => s.paragraph === report.paragraph && s !== report && report.paragraph >= 0);
  const ordered = [...others.filter((s) => s.start < quote.outer.start).reverse(), ...others.filter((s) => s.start > quote.outer.start)];
  for (const sentence of ordered) {
    const words = allMatches(/[\p{L}'’-]+/gu, doc.text.slice(sentence.start, sentence.end));
    let at: Span | undefined;
    for (const w of words) {
      if (!isReportingVerb(doc.pack, w[0])) continue;
      const verb = { start: sentence.start + w.index, end: sentence.start + w.index + w[0].length };
      if (!inRelativeClause(doc, sentence, verb)) {
        at = verb;
        break;
      }
    }
    if (!at) continue;
    if (!bySpeaker(sentence, at)) continue;
    const m = nearest(eligible(input, sentence, at).filter((x) => !afterAnchor(input, x)), at);
    if (m) return { mention: m, rule: statementParagraph };
  }
  return null;
}

/** The reporter's words of a sentence: its quotations blanked, so that what a speaker says (« à l'époque ») is not read as the reporter's. */
function reporterWords(doc: TextDocument, sentence: Sentence): string {
  let words = doc.text.slice(sentence.start, sentence.end);
  for (const q of doc.quotes) {
    const start = Math.max(q.outer.start, sentence.start);
    const end = Math.min(q.outer.end, sentence.end);
    if (start < end) words = words.slice(0, start - sentence.start) + " ".repeat(end - start) + words.slice(end - sentence.start);
  }
  return words;
}

/** "Meanwhile", "quickly retorted", "said at the time", « en réponse »: at the time of what the text reported just before, however precise. */
function reaction(input: Input, report: Sentence, quote: QuoteSpan): StatementDate | null {
  const { doc } = input;
  if (!doc.pack.sameTimeConnectives.test(reporterWords(doc, report))) return null;
  const m = input.mentions.filter((x) => x.end <= quote.outer.start && !isQuoted(doc, x) && notFuture(input, x)).at(-1);
  return m ? { mention: m, rule: statementReaction } : null;
}

/** The words of `m`'s clause before it: from its sentence's start or the last comma. */
function clauseBefore(input: Input, m: Span): string {
  const sentence = sentenceAt(input.doc, m.start);
  return sentence ? input.doc.text.slice(clauseStart(input.doc.text, sentence, m), m.start) : "";
}

/**
 * "The agreement came after a dinner on Tuesday", « après un dîner mardi », "talks have continued since
 * Monday": the story is at a time after that date. The word may open the mention's own words.
 */
function afterAnchor(input: Input, m: Span): boolean {
  const { text, pack } = input.doc;
  const { writtenAfter } = pack.anchorRelations;
  writtenAfter.lastIndex = 0;
  return writtenAfter.test(`${clauseBefore(input, m)}${FIRST_WORD.exec(text.slice(m.start, m.end))?.[0] ?? ""}`);
}

/** Words at most between a pluperfect's auxiliary and its participle ("had already warned"). */
const PLUPERFECT_REACH_WORDS = 2;

/**
 * Whether the clause of `m`, up to it, is told in the pluperfect (", who had warned last week", «
 * qui avait jugé la semaine dernière »): its time lies before the one the story is at.
 */
function toldInPluperfect(input: Input, m: Span): boolean {
  const { pack } = input.doc;
  const words = allMatches(/\p{L}+/gu, clauseBefore(input, m)).map((w) => w[0].toLowerCase());
  const { pastWords, pastEndings, participleEndings, notParticiples } = pack.tense;
  const endings = [...pastEndings, ...participleEndings];
  const participle = (w: string) => pastWords.has(w) || (endings.some((e) => w.length > e.length + 1 && w.endsWith(e)) && !notParticiples.has(w));
  return words.some((w, i) => pack.pluperfectAuxiliaries.has(w) && words.slice(i + 1, i + 1 + PLUPERFECT_REACH_WORDS).some(participle));
}

/**
 * The day the story is at when the quote comes: the last day-precise, recent, not future date before
 * it, not one told in the pluperfect or after "after", which lie before the story's time, nor one
 * counted from the writing in the future tense ("is scheduled to meet … Wednesday").
 */
function storyTime(input: Input, quote: QuoteSpan): StatementDate | null {
  const { doc, writing } = input;
  const horizon = writing ? dayNumber(writing.start) - NEWS_HORIZON_DAYS : -Infinity;
  const isStoryDay = (m: DateMention) =>
    m.end <= quote.outer.start &&
    m.precision === "day" &&
    !isQuoted(doc, m) &&
    notFuture(input, m) &&
    dayNumber(m.range.end) - dayNumber(m.range.start) < STORY_TIME_MAX_DAYS &&
    dayNumber(m.range.start) >= horizon &&
    !toldInPluperfect(input, m) &&
    !afterAnchor(input, m) &&
    !(m.relative && tenseAround(doc, m) === "future");
  const m = input.mentions.findLast(isStoryDay);
  return m ? { mention: m, rule: statementStoryDay } : null;
}
