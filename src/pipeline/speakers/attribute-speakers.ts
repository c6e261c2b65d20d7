import { flatMapped } from "../../domain/flat-mapped";
import type { Span } from "../../domain/schemas/ingest";
import type { LanguagePack } from "../language/language-pack";
import { isReportingVerb } from "../language/reporting-verbs";
import type { QuoteSpan } from "../quotes/find-quotes";
import { type Sentence, type TextDocument, inQuotation, sentenceAt } from "../text/document";
import { joinedWords, WORD_JOINERS } from "../text/word-scan";
import type { Discourse, Speaker } from "./discourse";
import type { Mention } from "./mentions";
import { isTitleWord } from "../language/title-words";

/** Who said a quote, which rule found it, and the sentence that reports it (for its date). */
export interface Attribution {
  speaker: Speaker | null;
  /** The rule that decided, or "none" when no rule applied. */
  rule: string;
  /** The sentence reporting the quote: its own, or the next one when that one attributes it. */
  report: Sentence;
  /** The reporting verb, when the rule found one. */
  verb: Span | null;
}

interface Word extends Span {
  word: string;
  lower: string;
}

/** What a rule decides: a mention (null when it names no one in particular) and the verb it hangs on. */
interface Found {
  mention: Mention | null;
  verb: Span | null;
  report?: Sentence;
}

type Rule = (context: QuoteContext) => Found | null;

interface QuoteContext {
  doc: TextDocument;
  discourse: Discourse;
  quote: QuoteSpan;
  sentence: Sentence;
  /** The quotes of the same sentence, in order. */
  siblings: readonly QuoteSpan[];
}

/** How far after a reporting verb its inverted subject may stand ("a rappelé dans une lettre à la conférence l'ancien dissident …"). */
const INVERTED_SUBJECT_REACH_CHARS = 120;
/** An English incise's subject is short: "the Hungarian PM added", "PM Modi said". */
const INCISE_SUBJECT_WORDS = 8;
/** …and with its titles, as long as two titled names: "U.S. President Joe Biden and German Chancellor Olaf Scholz said". */
const TITLED_INCISE_SUBJECT_WORDS = 16;

/** Words: letters and digits joined by hyphens or apostrophes. */
function wordsIn(text: string, start: number, end: number): Word[] {
  return joinedWords(text, start, end, WORD_JOINERS, false).map((w) => {
    const word = text.slice(w.start, w.end);
    return { start: w.start, end: w.end, word, lower: word.toLowerCase() };
  });
}

const isReporting = (pack: LanguagePack, w: Word | undefined) => w !== undefined && isReportingVerb(pack, w.lower);
/** Whether `w` ends with one of `endings`, with at least three letters before it. */
const endsWithOneOf = (endings: readonly string[], w: Word) => endings.some((e) => w.lower.length > e.length + 2 && w.lower.endsWith(e));
/** "adding that", « précisant que »: a participial clause, never an incise. */
const isPresentParticiple = (pack: LanguagePack, w: Word) => endsWithOneOf(pack.presentParticipleEndings, w);
const outsideQuotes = (c: QuoteContext, w: Span) => !inQuotation(c.doc, w.start);

function firstAgent(c: QuoteContext, start: number, end: number, subjectOnly = true): Mention | undefined {
  return c.discourse.within(start, end).find((m) => (!subjectOnly || m.subject) && m.kind !== "place");
}

/** A mention of someone or of a group (its speaker the pair it names, else no one): `undefined` when the span holds neither. */
function agentOrGroup(c: QuoteContext, start: number, end: number): Found | undefined {
  const m = firstAgent(c, start, end);
  if (!m) return undefined;
  return { mention: m, verb: null };
}

/** "…», a-t-il ajouté", "…», a renchéri Martine Aubry", "…,” said Melenchon", "…,” the Hungarian PM added". */
function inciseAt(c: QuoteContext, at: number): Found | null {
  const { text, pack } = c.doc;
  const words = wordsIn(text, at, c.sentence.end).filter((w) => outsideQuotes(c, w));
  const [w0] = words;
  if (!w0 || /[.;:!?]/u.test(text.slice(at, w0.start))) return null;
  const source = c.discourse.within(w0.start, c.sentence.end)[0];
  if (source && pack.accordingTo.test(text.slice(w0.start, source.start))) return { mention: source, verb: w0 };
  // « qualifié d'« … » par la diplomatie chinoise », "hailed as “…” by Kyiv": the passive's agent.
  const lead = text.slice(Math.max(c.sentence.start, c.quote.outer.start - 40), c.quote.outer.start);
  if (source && at === c.quote.outer.end && pack.agentAfterQuote.test(text.slice(at, source.start)) && pack.passiveBeforeQuote.test(lead)) {
    return { mention: source, verb: null };
  }
  return pack.language === "fr" ? frenchIncise(c, words) : englishIncise(c, words);
}

/** How far after its verb the body or place an indefinite incise speaks from may begin. */
const INDEFINITE_SOURCE_REACH_CHARS = 40;

/** « insiste-t-on à l'Élysée », « a-t-on indiqué au Kremlin »: the body or place right after the verb, else no one. */
function indefiniteSource(c: QuoteContext, verb: Word): Mention | null {
  const source = c.doc.pack.indefiniteIncise;
  const m = c.discourse.within(verb.end, Math.min(c.sentence.end, verb.end + INDEFINITE_SOURCE_REACH_CHARS)).find((x) => x.kind === "body" || x.kind === "place");
  return source && m && source.before.test(c.doc.text.slice(verb.end, m.start)) ? m : null;
}

function frenchIncise(c: QuoteContext, words: readonly Word[]): Found | null {
  const { pack } = c.doc;
  const w0 = words[0] as Word;
  const inverted = pack.invertedPronoun?.exec(w0.lower) ?? null;
  const pronounIn = (w: Word) => c.discourse.within(w.start, w.end).find((m) => m.kind === "pronoun" || m.kind === "group");
  if (inverted) {
    const [, verb = "", subject = ""] = inverted;
    const indefinite = subject === pack.indefiniteIncise?.pronoun;
    if (pack.compoundAuxiliaries.has(verb)) {
      const participle = words.slice(1, 4).find((w) => isReporting(pack, w) || pack.reportingShape.test(w.lower));
      if (!participle) return null;
      const pronoun = pronounIn(w0);
      return { mention: indefinite ? indefiniteSource(c, participle) : pronoun ?? null, verb: participle };
    }
    if (!isReportingVerb(pack, verb)) return null;
    const pronoun = pronounIn(w0);
    return { mention: indefinite ? indefiniteSource(c, w0) : pronoun ?? null, verb: w0 };
  }
  let verbAt = -1;
  if (pack.compoundAuxiliaries.has(w0.lower) || pack.reflexiveAuxiliaries.has(w0.lower)) {
    verbAt = words.slice(1, 5).findIndex((w) => isReporting(pack, w) || (pack.reportingShape.test(w.lower) && !pack.inciseAdverbs.has(w.lower)));
    if (verbAt >= 0) verbAt += 1;
    if (verbAt > 1 && !words.slice(1, verbAt).every((w) => pack.inciseAdverbs.has(w.lower))) return null;
  } else if (isReporting(pack, w0) && !isPresentParticiple(pack, w0)) {
    verbAt = 0;
  }
  const verb = words[verbAt];
  if (!verb) return null;
  return invertedSubject(c, verb);
}

/** "Foreign Office spokesman Tom Reed": a name this close after a body, with no comma between, is the one who speaks. */
const NAMED_AFTER_BODY_WORDS = 3;

/**
 * A country or a capital right at `from`, an article before it at most: "China said", « a réagi la
 * Chine », "said Moscow", where it speaks for its government. Not one that names someone's ("Moscow's
 * envoy"), nor an adjective (« russe »).
 */
function placeAt(c: QuoteContext, from: number, to: number): Mention | undefined {
  const { text, pack } = c.doc;
  const place = c.discourse.within(from, to).find((m) => m.kind === "place");
  if (!place || !place.subject || !/^\p{Lu}/u.test(place.label) || /^['’]/u.test(text.slice(place.end, to))) return undefined;
  const before = wordsIn(text, from, place.start).map((w) => w.lower.replace(/['’]$/u, ""));
  const articles = pack.definiteArticles.map((a) => a.replace(/['’]$/u, ""));
  return before.length === 0 || (before.length === 1 && articles.includes(before[0] as string)) ? place : undefined;
}

/** The subject written after its verb, past adverbs and phrases such as « dans un communiqué », « à la presse ». */
function invertedSubject(c: QuoteContext, verb: Word): Found | null {
  const end = Math.min(c.sentence.end, verb.end + INVERTED_SUBJECT_REACH_CHARS);
  const m = firstAgent(c, verb.end, end);
  if (!m) {
    // No one else after the verb: a place right after it is its subject.
    const place = placeAt(c, verb.end, end);
    return place ? { mention: place, verb } : null;
  }
  if (m.kind === "body") {
    const person = c.discourse.within(m.end, end).find((p) => p.kind === "person");
    const gap = person ? c.doc.text.slice(m.end, person.start) : ",";
    if (person && !gap.includes(",") && wordsIn(c.doc.text, m.end, person.start).length <= NAMED_AFTER_BODY_WORDS) return { mention: person, verb };
  }
  return { mention: m, verb };
}

/** A place that is all the words from `from` to `to` (an article aside): "China" in "…,” China said". */
function placeAlone(c: QuoteContext, from: number, to: number): Mention | undefined {
  const place = placeAt(c, from, to);
  return place && wordsIn(c.doc.text, place.end, to).length === 0 ? place : undefined;
}

/** How many words a relative clause set between commas may take ("Mark Rutte, who took office in October, said"). */
const RELATIVE_ASIDE_WORDS = 16;

/** Whether the words from a subject to its verb are a relative clause between commas and nothing else: ", who took office in October,". */
function relativeAsideBetween(c: QuoteContext, subject: Span, verb: Span): boolean {
  const { text, pack } = c.doc;
  if (!/^\s*,[^,"“”«»]*,\s*$/u.test(text.slice(subject.end, verb.start))) return false;
  const words = wordsIn(text, subject.end, verb.start);
  return words.length <= RELATIVE_ASIDE_WORDS && pack.relativePronouns.has(words[0]?.lower ?? "");
}

/** "“…,” Mark Rutte, who took office in October, said": the subject opening the incise, its relative clause, then its verb. */
function subjectThenRelativeAside(c: QuoteContext, words: readonly Word[], candidates: readonly number[]): Found | null {
  const w0 = words[0] as Word;
  const { text, pack } = c.doc;
  const subject = c.discourse.within(w0.start, c.sentence.end).find((m) => m.kind !== "place" && m.subject);
  if (!subject || !wordsIn(text, w0.start, subject.start).every((w) => pack.definiteArticles.includes(w.lower))) return null;
  const verb = candidates.map((i) => words[i] as Word).find((w) => relativeAsideBetween(c, subject, w));
  return verb ? { mention: subject, verb } : null;
}

function englishIncise(c: QuoteContext, words: readonly Word[]): Found | null {
  const { pack, text } = c.doc;
  const w0 = words[0] as Word;
  if (isReporting(pack, w0) && !isPresentParticiple(pack, w0)) return invertedSubject(c, w0);
  const candidates = flatMapped(words, (w, i) => (i > 0 && (isReporting(pack, w) || pack.reportingShape.test(w.lower)) && !isPresentParticiple(pack, w) ? [i] : []));
  const aside = subjectThenRelativeAside(c, words, candidates);
  if (aside) return aside;
  // "Emmanuel Macron, interviewed on TF1, repeated": a participle a comma opens describes the subject; the verb comes after.
  const opensApposition = (i: number) => text.slice((words[i - 1] as Word).end, (words[i] as Word).start).includes(",");
  const verbWithin = (reach: number) => candidates.find((i, k) => i <= reach && !(opensApposition(i) && (candidates[k + 1] ?? Infinity) <= reach)) ?? -1;
  const verbAt = verbWithin(INCISE_SUBJECT_WORDS);
  const verb = words[verbAt] ?? titledSubjectVerb(c, words, verbWithin(TITLED_INCISE_SUBJECT_WORDS));
  if (!verb) return null;
  // "a spokesman for Karl Weber said": the subject is the first of the words, not the last name in them.
  const subject = c.discourse.within(w0.start, verb.start).find((m) => m.kind !== "place" && m.subject) ?? placeAlone(c, w0.start, verb.start);
  if (!subject || words.slice(0, verbAt).some((w) => c.doc.pack.clauseOpeners.has(w.lower))) return null;
  return { mention: subject, verb };
}

/**
 * "U.S. President Joe Biden and German Chancellor Olaf Scholz said": a subject longer than an incise's
 * usual reach, accepted when it is titles and their countries, then one named subject right before the verb.
 */
function titledSubjectVerb(c: QuoteContext, words: readonly Word[], verbAt: number): Word | null {
  const verb = words[verbAt];
  const w0 = words[0];
  if (!verb || !w0) return null;
  const { text, pack } = c.doc;
  const inside = c.discourse.within(w0.start, verb.start);
  const subject = inside.find((m) => m.kind !== "place" && m.subject);
  if (!subject || (subject.kind !== "person" && subject.kind !== "joint") || text.slice(subject.end, verb.start).trim() !== "") return null;
  const places = inside.filter((m) => m.kind === "place" && m.end <= subject.start);
  const lead = words.filter((w) => w.end <= subject.start && !places.some((p) => p.start <= w.start && w.end <= p.end));
  return lead.every((w) => isTitleWord(pack, text.slice(w.start, w.end)) || pack.definiteArticles.includes(w.lower)) ? verb : null;
}

/** The first incise after the quote in its sentence: right after a closing mark, or after a comma ("…” of Greenland, Vance said"). */
const inciseAfter: Rule = (c) => {
  const { text } = c.doc;
  const starts = [c.quote.outer.end];
  for (let i = c.quote.outer.end; i < c.sentence.end; i++) {
    const ch = text[i];
    if (ch === ":" || ch === ";") break;
    if ((ch === "," || ch === "»" || ch === "”" || ch === '"') && outsideQuotes(c, { start: i, end: i + 1 })) starts.push(i + 1);
    const closing = c.siblings.find((q) => q.outer.end - 1 === i);
    if (closing) starts.push(closing.outer.end);
  }
  for (const at of [...new Set(starts)]) {
    const found = inciseAt(c, at);
    if (found) return found;
  }
  return null;
};

/** The text of the sentence before the quote, from the previous quote of the sentence. */
function leadIn(c: QuoteContext): Span {
  const previous = c.siblings.filter((q) => q.outer.end <= c.quote.outer.start).at(-1);
  return { start: previous?.outer.end ?? c.sentence.start, end: c.quote.outer.start };
}

/**
 * Where the main clause of the words before a quote begins: after a phrase opened by a participle
 * ("Asked whether NATO would act, Jane Brown replied:", « Interrogée sur l'Otan, la ministre a
 * répondu : »), whose own subject is not the speaker.
 */
function mainClauseStart(c: QuoteContext, lead: Span): number {
  const { text, pack } = c.doc;
  const comma = text.indexOf(",", lead.start);
  if (comma < 0 || comma >= lead.end) return lead.start;
  const [first] = wordsIn(text, lead.start, comma);
  if (!first || c.discourse.within(first.start, first.end).length > 0) return lead.start;
  return endsWithOneOf(pack.frontedParticipleEndings, first) ? comma + 1 : lead.start;
}

/**
 * "Sunak said: “…”", « X a déclaré : « … » »: the subject of the clause the colon closes, the one
 * right before its reporting verb if there is one ("After meeting Anne Durand, Paul Girard said:"),
 * and that verb, whose time words date the statement ("X, who took office on 1 October, said on Tuesday:").
 */
const colonIntro: Rule = (c) => {
  const lead = leadIn(c);
  if (!/:\s*$/u.test(c.doc.text.slice(lead.start, lead.end))) return null;
  const verb = wordsIn(c.doc.text, lead.start, lead.end).filter((w) => outsideQuotes(c, w) && isReporting(c.doc.pack, w)).at(-1) ?? null;
  const close = verb ? subjectRightBefore(c, verb) : undefined;
  if (close) return { mention: close, verb };
  const found = agentOrGroup(c, mainClauseStart(c, lead), lead.end);
  return found ? { ...found, verb } : null;
};

/** « Selon X », "according to X", « vue par Moscou comme », "seen by Beijing as": the agent right after. */
const accordingTo: Rule = (c) => {
  const { text, pack } = c.doc;
  const before = c.discourse.within(c.sentence.start, c.quote.outer.start);
  for (const m of before) {
    const lead = text.slice(Math.max(c.sentence.start, m.start - 40), m.start);
    if (pack.accordingTo.test(lead) || pack.passiveAgent.test(lead)) return { mention: m, verb: null };
  }
  return null;
};

/** « "…" notamment "…", a ajouté la présidence russe, précisant que des "…" »: an incise governs the quotes after it in its sentence. */
const earlierIncise: Rule = (c) => {
  const earlier = c.siblings.filter((q) => q.outer.end <= c.quote.outer.start);
  for (const quote of earlier.reverse()) {
    const found = inciseAfter({ ...c, quote });
    if (found?.verb && found.verb.end <= c.quote.outer.start) return found;
  }
  return null;
};

/** "Albright said that … “…”", « le chef de l'État a argué que … « … » »: the first reporting verb and its subject. */
const introVerb: Rule = (c) => {
  const words = wordsIn(c.doc.text, c.sentence.start, c.quote.outer.start).filter((w) => outsideQuotes(c, w));
  const verbs = words.filter((w) => isReporting(c.doc.pack, w));
  // « … à Karl Weber, qui l'accusait de « … » »: the nearest verb's relative clause holds the quote.
  const nearest = verbs.at(-1);
  const relative = nearest ? relativeSubject(c, nearest) : undefined;
  if (nearest && relative !== undefined) return { mention: relative, verb: nearest };
  for (const verb of verbs) {
    const found = subjectOf(c, verb);
    if (found) return { ...found, verb };
  }
  return null;
};

/** How many words may stand between a subject and its verb for the subject to be read right before it ("a step Kyiv hailed"). */
const SUBJECT_REACH_WORDS = 2;

/** The agent standing right before a verb in its clause ("a step Kyiv hailed", "…, Paul Girard said"), places included. */
function subjectRightBefore(c: QuoteContext, verb: Word): Mention | undefined {
  const { text } = c.doc;
  const clauseStart = Math.max(c.sentence.start, text.lastIndexOf(",", verb.start) + 1);
  return c.discourse.within(clauseStart, verb.start).filter((m) => m.subject && wordsIn(text, m.end, verb.start).length <= SUBJECT_REACH_WORDS).at(-1);
}

/**
 * The subject of a reporting verb before the quote: the agent standing right before the verb in its
 * clause ("a step Kyiv hailed as “historic”", places included), else the first agent of the sentence,
 * which a relative clause between it and its verb does not displace ("Modi, who chaired …, said"),
 * else a country or a capital opening the sentence ("China, which …, said").
 */
function subjectOf(c: QuoteContext, verb: Word): Found | undefined {
  const close = subjectRightBefore(c, verb);
  if (close) return { mention: close, verb: null };
  const agent = agentOrGroup(c, c.sentence.start, verb.start);
  if (agent) return agent;
  const opening = placeAt(c, c.sentence.start, verb.start);
  return opening ? { mention: opening, verb: null } : undefined;
}

/** The antecedent of "who"/« qui » opening the verb's clause (", who said …"), or undefined when the clause opens otherwise. */
function relativeSubject(c: QuoteContext, verb: Word): Mention | null | undefined {
  const { text, pack } = c.doc;
  const comma = text.lastIndexOf(",", verb.start);
  if (comma < c.sentence.start) return undefined;
  const opener = wordsIn(text, comma, verb.start)[0];
  if (!opener || !pack.relativePronouns.has(opener.lower)) return undefined;
  const antecedent = c.discourse.within(c.sentence.start, comma).filter((m) => m.kind !== "group").at(-1);
  if (!antecedent || wordsIn(text, antecedent.end, comma).length > 0) return undefined;
  return antecedent;
}

/** The sentence's subject when it is someone: a partial quote woven into what they did ("X rejette « … »"). */
const sentenceSubject: Rule = (c) => {
  const m = c.discourse.within(c.sentence.start, c.quote.outer.start).find((x) => x.subject && x.kind !== "place" && x.kind !== "body");
  if (!m) return null;
  return { mention: m, verb: null };
};

/** The source named in words that point back at the quote (« Ce sont les mots de Karl Weber »: it may follow a preposition). */
function pointedBackFrom(c: QuoteContext, words: Span): { mention: Mention; verb: Word | null } | null {
  const { text, pack } = c.doc;
  if (!pack.backReference.test(text.slice(words.start, words.end))) return null;
  const m = firstAgent(c, words.start, words.end, false);
  if (!m) return null;
  return { mention: m, verb: wordsIn(text, words.start, words.end).find((w) => isReporting(pack, w)) ?? null };
}

/**
 * « … » followed by « C'est ce qu'a assuré X »: the next sentence points back at the words; so do
 * words after a colon or a dash in the quote's own sentence (« « … » : tel est le message de X »).
 */
const backReference: Rule = (c) => {
  const pause = /^\s*[:—–]/u.exec(c.doc.text.slice(c.quote.outer.end, c.sentence.end));
  const after = pause ? pointedBackFrom(c, { start: c.quote.outer.end + pause[0].length, end: c.sentence.end }) : null;
  if (after) return after;
  const index = c.doc.sentences.indexOf(c.sentence);
  const next = c.doc.sentences[index + 1];
  if (!next || next.paragraph !== c.sentence.paragraph) return null;
  const found = pointedBackFrom(c, next);
  return found ? { ...found, report: next } : null;
};

/** The sieve, most precise first; the first rule that decides wins. */
const RULES: readonly (readonly [string, Rule])[] = [
  ["incise after the quote", inciseAfter],
  ["colon before the quote", colonIntro],
  ["incise of an earlier quote", earlierIncise],
  ["according to", accordingTo],
  ["reporting verb before the quote", introVerb],
  ["subject of the sentence", sentenceSubject],
  ["next sentence points back", backReference],
];

/**
 * Who said each quote, by an ordered list of small rules (after Muzny et al. 2017, "A Two-stage
 * Sieve Approach for Quote Attribution"): in the quote's sentence, an incise after it, a colon
 * before it, « selon »/"according to", the first reporting verb and its subject, the subject; then
 * words after a colon, or the next sentence, when they point back at the quote. A quote no rule
 * attributes continues the speaker of the quote before it in its paragraph (or of the paragraph it
 * continues), or of the reported speech just before it; otherwise its speaker is unknown. A rule
 * that finds a plural or indefinite subject decides too: no single speaker, never the nearest name.
 */
export function attributeSpeakers(doc: TextDocument, discourse: Discourse): Attribution[] {
  const attributions: Attribution[] = [];
  for (const quote of doc.quotes) {
    const sentence = sentenceAt(doc, quote.outer.start) ?? { ...quote.outer, paragraph: -1 };
    const siblings = doc.quotes.filter((q) => q.outer.start >= sentence.start && q.outer.start < sentence.end);
    const context: QuoteContext = { doc, discourse, quote, sentence, siblings };
    let decided: Attribution | null = null;
    for (const [rule, apply] of RULES) {
      const found = apply(context);
      if (!found) continue;
      decided = { speaker: found.mention ? discourse.speakerOf(found.mention) : null, rule, report: found.report ?? sentence, verb: found.verb };
      break;
    }
    attributions.push(decided ?? { speaker: null, rule: "none", report: sentence, verb: null });
  }
  continueSpeakers(doc, discourse, attributions);
  return attributions;
}

/**
 * A quote no rule attributed takes the speaker of what it continues: the quote of the paragraph
 * before when it reopens an unclosed one (and the other way round), else the last attributed quote
 * or reported speech of its paragraph before it.
 */
function continueSpeakers(doc: TextDocument, discourse: Discourse, attributions: Attribution[]): void {
  const unclosed = (q: QuoteSpan) => q.outer.end === q.end;
  for (let pass = 0; pass < 2; pass++) {
    doc.quotes.forEach((quote, i) => {
      const a = attributions[i] as Attribution;
      if (a.rule !== "none") return;
      const previous = doc.quotes[i - 1];
      const next = doc.quotes[i + 1];
      const pa = attributions[i - 1];
      const na = attributions[i + 1];
      if (previous && pa?.speaker && unclosed(previous) && a.report.paragraph === pa.report.paragraph + 1) {
        attributions[i] = { ...a, speaker: pa.speaker, rule: "continues the quote before" };
      } else if (next && na?.speaker && unclosed(quote) && na.report.paragraph === a.report.paragraph + 1) {
        attributions[i] = { ...a, speaker: na.speaker, rule: "continued by the quote after" };
      } else if (previous && pa?.speaker && pa.report.paragraph === a.report.paragraph && pa.report.paragraph >= 0 && opensSentence(quote, a.report)) {
        attributions[i] = { ...a, speaker: pa.speaker, rule: "continues the paragraph's speaker" };
      }
    });
  }
  doc.quotes.forEach((quote, i) => {
    const a = attributions[i] as Attribution;
    if (a.rule !== "none") return;
    const reported = reportedSpeechBefore(doc, discourse, quote, a.report);
    if (reported) attributions[i] = { ...a, speaker: reported, rule: "continues the reported speech before" };
  });
}

/** A quote standing as its own sentence, or opening it: the words go on without a new reporter. */
function opensSentence(quote: QuoteSpan, report: Sentence): boolean {
  return report.start === quote.outer.start;
}

/** "It raises threats, according to Zhao. “…”": the source of the sentence before, in the same paragraph. */
function reportedSpeechBefore(doc: TextDocument, discourse: Discourse, quote: QuoteSpan, report: Sentence): Speaker | null {
  const index = doc.sentences.indexOf(report);
  const previous = doc.sentences[index - 1];
  // Only a quote that stands as its own sentence continues what the sentence before reported.
  if (!previous || previous.paragraph !== report.paragraph || !opensSentence(quote, report)) return null;
  const { text, pack } = doc;
  for (const m of discourse.within(previous.start, previous.end)) {
    const lead = text.slice(Math.max(previous.start, m.start - 40), m.start);
    if (pack.accordingTo.test(lead)) return discourse.speakerOf(m);
  }
  const verb = wordsIn(text, previous.start, previous.end).find((w) => isReportingVerb(pack, w.lower));
  if (!verb) return null;
  const subject = discourse.within(previous.start, verb.start).find((m) => m.subject && m.kind !== "place");
  return subject ? discourse.speakerOf(subject) : null;
}
