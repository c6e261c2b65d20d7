import { boundedMemoPer } from "../../domain/bounded-memo";
import type { Span } from "../../domain/schemas/ingest";
import type { LanguagePack } from "../language/language-pack";
import { type TextDocument, isQuoted, sentenceAround } from "../text/document";
import { lettersAndJoiners, type ScannedWord } from "../text/word-scan";
import { allMatches } from "../../domain/all-matches";
import { hasClauseOpener, opensWithRelativePronoun } from "../language/clause-openers";

export type Tense = "past" | "future";

interface Hit extends Span {
  /** Null for a modal: it marks its clause as telling no time. */
  tense: Tense | null;
  /** Lexical future cues ("est attendu", "is expected to") outrank a generic past form they overlap. */
  strong: boolean;
}

/** Where a clause ends: punctuation, or a word opening another clause ("that will bring", « qui »). */
const CLAUSE_PUNCTUATION = /[,;:()—–]/u;

/** How far after an auxiliary its participle may stand, in words (« a notamment été »). */
const PARTICIPLE_REACH_WORDS = 3;

const endsWithAny = (word: string, endings: readonly string[]) => {
  for (const e of endings) if (word.endsWith(e)) return true;
  return false;
};

/** What one written word can tell of a tense, whatever its neighbours. */
interface WordCue {
  lower: string;
  /** A modal: its clause tells no time. */
  modal: boolean;
  /** Future on its own ("will", « prochain »): a strong cue. */
  futureWord: boolean;
  /** A future ending (« -ra ») on a plain word long enough to carry one. */
  futureForm: boolean;
  /** A past form, unless a passive marker stands before it. */
  pastForm: boolean;
  auxiliary: boolean;
  /** A participle an auxiliary before it may govern (« a été »). */
  participle: boolean;
}

/** Far above a language's common words. */
const MAX_CUED_WORDS = 100_000;

/**
 * Each written word's cue, per language pack. Every date asks the tense of its sentence and news
 * repeats its words: looking a word up costs less than lower-casing and testing it again. A word
 * written in capitals is another entry than the same word in lower case ("Ankara" is a name).
 */
const cueOf = boundedMemoPer(classify, MAX_CUED_WORDS);

function classify(pack: LanguagePack, written: string): WordCue {
  const cues = pack.tense;
  const lower = written.toLowerCase();
  const plain = lower === written;
  // « a-t-il », « dit-elle »: the verb with its pronoun inverted.
  const verb = lower.includes("-") && pack.invertedPronoun ? (pack.invertedPronoun.exec(lower)?.[1] ?? lower) : lower;
  const suffixed = plain && verb.length >= cues.minSuffixedLength;
  return {
    lower,
    modal: cues.modals.has(verb) || (suffixed && endsWithAny(verb, cues.modalEndings)),
    futureWord: cues.futureWords.has(verb),
    futureForm: suffixed && endsWithAny(verb, cues.futureEndings) && !cues.notFuture.has(verb),
    pastForm: cues.pastWords.has(verb) || (suffixed && endsWithAny(verb, cues.pastEndings)),
    auxiliary: cues.auxiliaries.has(verb),
    participle: plain && endsWithAny(lower, cues.participleEndings) && !cues.notParticiples.has(lower),
  };
}

/** The tense cues of one sentence, outside quotes: phrases, then word by word. */
function hitsIn(doc: TextDocument, sentence: Span): Hit[] {
  const { text, pack } = doc;
  const cues = pack.tense;
  const slice = text.slice(sentence.start, sentence.end);
  const hits: Hit[] = [];
  // Phrases outrank the words they hold: "is expected to" looks ahead, "was due to" tells no time.
  for (const [phrases, tense] of [[cues.futurePhrases, "future"], [cues.untimedPhrases, null]] as const) {
    for (const m of allMatches(phrases, slice)) {
      const start = sentence.start + m.index;
      hits.push({ start, end: start + m[0].length, tense, strong: true });
    }
  }
  const words = lettersAndJoiners(text, sentence.start, sentence.end);
  const wordCues = words.map((w) => cueOf(pack, text.slice(w.start, w.end)));
  for (let i = 0; i < words.length; i++) {
    const { start, end } = words[i] as ScannedWord;
    const cue = wordCues[i] as WordCue;
    if (cue.modal) hits.push({ start, end, tense: null, strong: false });
    else if (cue.futureWord) hits.push({ start, end, tense: "future", strong: true });
    else if (cue.futureForm) hits.push({ start, end, tense: "future", strong: false });
    else if (cue.pastForm && !cues.passiveMarkers.has(wordCues[i - 1]?.lower ?? "")) hits.push({ start, end, tense: "past", strong: false });
    else if (cue.auxiliary) {
      for (let j = i + 1; j < Math.min(words.length, i + 1 + PARTICIPLE_REACH_WORDS); j++) {
        if ((wordCues[j] as WordCue).participle) {
          hits.push({ start, end: (words[j] as ScannedWord).end, tense: "past", strong: false });
          break;
        }
      }
    }
  }
  const strong = hits.filter((h) => h.strong);
  return hits.filter((h) => !isQuoted(doc, h) && (h.strong || !strong.some((o) => o.start < h.end && h.start < o.end)));
}

/**
 * Whether a word opening a clause (« qui », "that") lies between two positions. A relative clause
 * set between two commas is closed before the other position: "On Tuesday, Durand, who chairs the
 * committee, said" still tells Tuesday in the past of "said".
 */
function crossesOpener(text: string, from: number, to: number, pack: LanguagePack): boolean {
  const pieces = text.slice(from, to).split(",");
  const open = pieces.filter((piece, i) => i === 0 || i === pieces.length - 1 || !opensWithRelativePronoun(pack, piece));
  return hasClauseOpener(pack, open.join(","));
}

/** Whether a clause boundary lies between two positions: punctuation or a word opening a clause. */
function crossesClause(text: string, from: number, to: number, pack: LanguagePack): boolean {
  return CLAUSE_PUNCTUATION.test(text.slice(from, to)) || crossesOpener(text, from, to, pack);
}

/** The cues of each sentence of the document last asked about: an article asks once per date in a sentence. */
const cache = { doc: null as TextDocument | null, hits: new Map<number, Hit[]>() };

function sentenceHits(doc: TextDocument, sentence: Span): readonly Hit[] {
  if (cache.doc !== doc) {
    cache.doc = doc;
    cache.hits.clear();
  }
  let hits = cache.hits.get(sentence.start);
  if (!hits) cache.hits.set(sentence.start, (hits = hitsIn(doc, sentence)));
  return hits;
}

/** Whether a verb's tense is marked between two positions of one sentence (a clause of its own lies there). */
export function verbBetween(doc: TextDocument, from: number, to: number, except: Span | null = null): boolean {
  const sentence = sentenceAround(doc, { start: from, end: from });
  return sentenceHits(doc, sentence).some((h) => h.start >= from && h.end <= to && !(except && h.start < except.end && except.start < h.end));
}

/**
 * The tense of the verb governing the words at `span`: the nearest cue before them in their clause
 * ("saw the trio commit Monday"), else after them in their clause ("NATO on Wednesday announced"),
 * not across « qui », "that" or a comma ("…Monday to a deal that will bring" is not future); else the
 * nearest cue in the sentence not across « qui » or "that". Null when there is none.
 */
export function tenseAround(doc: TextDocument, span: Span): Tense | null {
  const sentence = sentenceAround(doc, span);
  const hits = sentenceHits(doc, sentence).filter((h) => h.end <= span.start || h.start >= span.end);
  const { text, pack } = doc;
  const before = hits.filter((h) => h.end <= span.start).sort((a, b) => b.end - a.end);
  const after = hits.filter((h) => h.start >= span.end).sort((a, b) => a.start - b.start);
  const left = before.find((h) => !crossesClause(text, h.end, span.start, pack));
  if (left) return left.tense;
  const right = after.find((h) => !crossesClause(text, span.end, h.start, pack));
  if (right) return right.tense;
  // Across a comma the sentence's verb still governs ("announced, on Monday, …"); across « qui » or
  // "that" it does not: « le sommet qui s'ouvre mardi » is not told in the past of « a appelé », nor
  // is "The summit, which opens on Tuesday, was announced" in the past of "was".
  if (relativeOpens(doc, sentence, span)) return null;
  const distance = (h: Hit) => (h.end <= span.start ? span.start - h.end : h.start - span.end);
  const reachable = (h: Hit) => !(h.end <= span.start ? crossesOpener(text, h.end, span.start, pack) : crossesOpener(text, span.end, h.start, pack));
  const governing = [...before, ...after].filter((h) => h.tense !== null && reachable(h)).sort((a, b) => distance(a) - distance(b))[0]?.tense ?? null;
  // « Les discussions, entamées lundi, se poursuivront »: a participle opening the words' own clause
  // tells its own time, behind (« entamées lundi ») or ahead (« prévue lundi »): a future beyond the
  // comma does not say which.
  return governing === "future" && participleOpens(doc, sentence, span) ? null : governing;
}

/** Where the clause of `span` starts: after the punctuation before it, or at the sentence's start. */
function clauseStartOf(text: string, sentence: Span, span: Span): number {
  let start = span.start;
  while (start > sentence.start && !CLAUSE_PUNCTUATION.test(text[start - 1] ?? "")) start--;
  return start;
}

/** Whether the clause of `span` is a relative one opening after punctuation (« , qui s'ouvre mardi », ", which opens on Tuesday"). */
function relativeOpens(doc: TextDocument, sentence: Span, span: Span): boolean {
  const start = clauseStartOf(doc.text, sentence, span);
  return start > sentence.start && opensWithRelativePronoun(doc.pack, doc.text.slice(start, span.start));
}

/** Whether the clause of `span` holds just one word before it, a participle (« , signé mardi »). */
function participleOpens(doc: TextDocument, sentence: Span, span: Span): boolean {
  const { text, pack } = doc;
  const words = lettersAndJoiners(text, clauseStartOf(text, sentence, span), span.start);
  const [word] = words;
  return words.length === 1 && word !== undefined && cueOf(pack, text.slice(word.start, word.end)).participle;
}
