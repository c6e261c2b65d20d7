import type { Language, Span } from "../../domain/schemas/ingest";
import { sentenceAround } from "./text-context";

export type Tense = "past" | "future";

interface Cue {
  pattern: RegExp;
  tense: Tense;
  /** Lexical future cues ("est attendu", "is expected to") outrank a generic past form they overlap. */
  strong: boolean;
}

const L = "\\p{Ll}";
const CUES: Record<Language, readonly Cue[]> = {
  fr: [
    {
      pattern: /(?<!\p{L})(?:attend(?:re|ait|u|ue|us|ues)?|prévue?s?|doi(?:t|vent)|devr(?:ait|aient)|va|vont|prochaine?|à venir)(?!\p{L})/giu,
      tense: "future",
      strong: true,
    },
    // Futur simple: "se rendra", "participeront" (lower-case only, so names like "Ankara" stay out).
    { pattern: new RegExp(`(?<!\\p{L})${L}{2,}(?:ra|ront|rons|rai)(?!\\p{L})`, "gu"), tense: "future", strong: false },
    // Passé composé: auxiliary then a participle within two words ("s'est opposé", "a confirmé", "ont publié").
    {
      pattern: new RegExp(
        `(?<!\\p{L})(?:a|ont|avait|avaient|s['’]est|se sont|est|sont|s['’]étaient|(?:l|m|t)['’]a)(?:-t-(?:il|elle|ils|elles|on))?\\s+(?:${L}+\\s+){0,2}?${L}+(?:é|ée|és|ées|i|ie|is|it|u|ue|us|ert|int|eint)(?!\\p{L})`,
        "gu",
      ),
      tense: "past",
      strong: false,
    },
    // Imparfait ("étaient", "souhaitait") and "hier".
    { pattern: new RegExp(`(?<!\\p{L})(?:${L}{2,}(?:ait|aient)|hier)(?!\\p{L})`, "gu"), tense: "past", strong: false },
  ],
  en: [
    {
      pattern: /\b(?:will|shall|won't|(?:is|are|was|were) (?:expected|due|set|scheduled|going) to|plans? to|next|upcoming)\b|'ll\b/giu,
      tense: "future",
      strong: true,
    },
    {
      pattern: new RegExp(`\\b(?:said|told|declared|stated|gave|met|spoke|was|were|had|did|took|made|went|held|${L}{3,}ed)\\b`, "gu"),
      tense: "past",
      strong: false,
    },
  ],
};

/** Words that end like a futur simple but are not verbs. */
const NOT_FUTURE = new Set(["contra", "extra", "opéra", "caméra", "cobra", "mantra", "ultra", "intra", "sutra", "tiara"]);

interface Hit {
  start: number;
  end: number;
  tense: Tense;
  strong: boolean;
}

function hitsIn(sentence: string, offset: number, language: Language): Hit[] {
  const hits: Hit[] = [];
  for (const cue of CUES[language]) {
    for (const m of sentence.matchAll(cue.pattern)) {
      if (cue.tense === "future" && !cue.strong && NOT_FUTURE.has(m[0].toLowerCase())) continue;
      hits.push({ start: offset + m.index, end: offset + m.index + m[0].length, tense: cue.tense, strong: cue.strong });
    }
  }
  return hits.filter((h) => h.strong || !hits.some((o) => o.strong && o.start < h.end && h.start < o.end));
}

/** The cues of each sentence of the text last asked about: an article asks once per date and anchor in a sentence. */
const hitsBySentence = { text: "", hits: new Map<string, Hit[]>() };

function sentenceHits(text: string, sentence: Span, language: Language): readonly Hit[] {
  if (hitsBySentence.text !== text) {
    hitsBySentence.text = text;
    hitsBySentence.hits.clear();
  }
  const key = `${language}:${sentence.start}:${sentence.end}`;
  let hits = hitsBySentence.hits.get(key);
  if (!hits) hitsBySentence.hits.set(key, (hits = hitsIn(text.slice(sentence.start, sentence.end), sentence.start, language)));
  return hits;
}

/**
 * The tense of the clause governing the mention at [start, end): the verb cue nearest to it in its sentence
 * ("a confirmé attendre … lundi" → the nearer "attendre", future). Null when the sentence has no cue.
 */
export function tenseAround(text: string, start: number, end: number, language: Language): Tense | null {
  const sentence = sentenceAround(text, start, end);
  const hits = sentenceHits(text, sentence, language).filter(
    (h) => h.end <= start || h.start >= end,
  );
  const distance = (h: Hit) => (h.end <= start ? start - h.end : h.start - end);
  hits.sort((a, b) => distance(a) - distance(b) || Number(b.end <= start) - Number(a.end <= start));
  return hits[0]?.tense ?? null;
}
