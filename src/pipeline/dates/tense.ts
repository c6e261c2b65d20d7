import type { Span } from "../../domain/schemas/ingest";
import type { LanguagePack } from "../language/language-pack";
import { type TextDocument, isQuoted, sentenceAround } from "../text/document";

export type Tense = "past" | "future";

interface Hit extends Span {
  tense: Tense;
  /** Lexical future cues ("est attendu", "is expected to") outrank a generic past form they overlap. */
  strong: boolean;
}

/** Where a clause ends: punctuation, or a word opening another clause ("that will bring", « qui »). */
const CLAUSE_PUNCTUATION = /[,;:()—–]/u;

function hitsIn(doc: TextDocument, sentence: Span): Hit[] {
  const { pack, text } = doc;
  const slice = text.slice(sentence.start, sentence.end);
  const hits: Hit[] = [];
  const add = (patterns: readonly RegExp[], tense: Tense, strongFirst: boolean) =>
    patterns.forEach((pattern, i) => {
      for (const m of slice.matchAll(pattern)) {
        if (tense === "future" && i > 0 && pack.notFuture.has(m[0].toLocaleLowerCase())) continue;
        const start = sentence.start + m.index;
        const hit = { start, end: start + m[0].length, tense, strong: strongFirst && i === 0 };
        if (!isQuoted(doc, hit)) hits.push(hit);
      }
    });
  add(pack.futureCues, "future", true);
  add(pack.pastCues, "past", false);
  return hits.filter((h) => h.strong || !hits.some((o) => o.strong && o.start < h.end && h.start < o.end));
}

/** Whether a clause boundary lies between two positions: punctuation or a word opening a clause. */
function crossesClause(text: string, from: number, to: number, pack: LanguagePack): boolean {
  const between = text.slice(from, to);
  if (CLAUSE_PUNCTUATION.test(between)) return true;
  return (between.toLocaleLowerCase().match(/\p{L}+/gu) ?? []).some((w) => pack.clauseOpeners.has(w));
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

/**
 * The tense of the verb governing the words at `span`: the nearest cue before them in their clause
 * ("saw the trio commit Monday"), else after them in their clause ("NATO on Wednesday announced"),
 * not across « qui », "that" or a comma ("…Monday to a deal that will bring" is not future); else the
 * nearest cue in the sentence. Null when the sentence has no cue.
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
  const distance = (h: Hit) => (h.end <= span.start ? span.start - h.end : h.start - span.end);
  return [...before, ...after].sort((a, b) => distance(a) - distance(b))[0]?.tense ?? null;
}
