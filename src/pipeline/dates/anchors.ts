import type { Span } from "../../domain/schemas/ingest";
import { type TextDocument, sentenceAround } from "../text/document";
import { overlaps } from "../text/spans";
import { eventPatterns } from "./event-patterns";
import type { ReferenceEvent } from "./reference-events";
import { tenseAround } from "./tense";
import { allMatches } from "../../domain/all-matches";

/** How the text relates to a reference event it names: written before it, after it began, or unknown. */
export type AnchorRelation = "before" | "after" | "during" | null;

export interface AnchorMention extends Span {
  /** Every table entry the words could name ("la présidentielle": each election); more than one is ambiguous. */
  candidates: ReferenceEvent[];
  relation: AnchorRelation;
}

/** How far back in the sentence a relation word ("après", "forthcoming") may sit, in characters. */
const RELATION_LOOKBACK_CHARS = 60;


function relationOf(doc: TextDocument, match: Span): AnchorRelation {
  const { text } = doc;
  const relations = doc.pack.anchorRelations;
  const sentence = sentenceAround(doc, match);
  const from = Math.max(sentence.start, match.start - RELATION_LOOKBACK_CHARS);
  const before = text.slice(from, match.start);
  const lastIndex = (pattern: RegExp) => Math.max(-1, ...allMatches(pattern, before).map((m) => m.index));
  const cues: [number, AnchorRelation | "happened-before"][] = [
    [lastIndex(relations.writtenBefore), "before"],
    [lastIndex(relations.writtenAfter), "after"],
    [lastIndex(relations.during), "during"],
    // "avant le sommet", « à la veille des JO »: the happening precedes the event; the text does only if it is in the future tense.
    [lastIndex(relations.happenedBefore), "happened-before"],
  ];
  const [index, relation] = cues.reduce((best, cue) => (cue[0] > best[0] ? cue : best));
  if (index < 0 || relation === "happened-before") return tenseAround(doc, match) === "future" ? "before" : null;
  return relation;
}

/**
 * Mentions of reference events, outside the excluded spans. A match inside a longer match of other entries
 * is dropped ("Jeux olympiques d'hiver" inside "à Pékin … Jeux olympiques d'hiver"), so the specific wins.
 */
export function findAnchorMentions(doc: TextDocument, events: readonly ReferenceEvent[]): AnchorMention[] {
  const { text, language, boilerplate: exclude } = doc;
  const raw: { span: Span; event: ReferenceEvent }[] = [];
  for (const event of events) {
    for (const { pattern, mayMatch } of eventPatterns(event, language, "whole-words")) {
      if (!mayMatch(text)) continue;
      for (const m of allMatches(pattern, text)) {
        const span = { start: m.index, end: m.index + m[0].length };
        if (!exclude.some((x) => overlaps(x, span))) raw.push({ span, event });
      }
    }
  }
  const kept = raw.filter(
    (r) =>
      !raw.some(
        (o) =>
          o.event.id !== r.event.id &&
          o.span.start <= r.span.start &&
          r.span.end <= o.span.end &&
          o.span.end - o.span.start > r.span.end - r.span.start,
      ),
  );
  const bySpan = new Map<string, AnchorMention>();
  for (const { span, event } of kept) {
    const key = `${span.start}:${span.end}`;
    const existing = bySpan.get(key);
    if (existing) {
      if (!existing.candidates.includes(event)) existing.candidates.push(event);
    } else {
      bySpan.set(key, { start: span.start, end: span.end, candidates: [event], relation: relationOf(doc, span) });
    }
  }
  return [...bySpan.values()].sort((a, b) => a.start - b.start);
}
