import { flatMapped } from "../../domain/flat-mapped";
import type { DateMention } from "../dates/date-mention";
import { eventPatterns } from "../dates/event-patterns";
import type { ReferenceEvent } from "../dates/reference-events";
import { type TextDocument, sentenceAt } from "../text/document";
import { overlaps } from "../text/spans";
import { allMatches } from "../../domain/all-matches";

/**
 * The mentions that date events: event-kind, in a body sentence, not hypothetical (« s'il était
 * élu … l'an prochain »). Mentions of a reference event ("après le sommet de l'OTAN à Vilnius", "the
 * forthcoming April elections") anchor the others rather than being events themselves, unless the
 * article has nothing else.
 */
export function eventMentions(doc: TextDocument, mentions: readonly DateMention[], referenceEvents: readonly ReferenceEvent[]): DateMention[] {
  const { text, pack } = doc;
  const inBody = mentions.filter((m) => {
    const sentence = sentenceAt(doc, m.start);
    return m.kind === "event" && sentence !== null && sentence.paragraph >= 0 && !pack.conditional.test(text.slice(sentence.start, m.start));
  });
  const references = referenceSpans(doc, inBody, referenceEvents);
  const own = inBody.filter((m) => !references.some((r) => overlaps(r, m)));
  return own.length > 0 ? own : inBody;
}

function referenceSpans(doc: TextDocument, candidates: readonly DateMention[], events: readonly ReferenceEvent[]) {
  const { text, language } = doc;
  // A pattern whose fixed words are nowhere in the article cannot match in any of its sentences.
  const patterns = flatMapped(flatMapped(events, (e) => eventPatterns(e, language, "bare")), (p) => (p.mayMatch(text) ? [p.pattern] : []));
  if (patterns.length === 0) return [];
  const sentences = [...new Set(candidates.map((m) => sentenceAt(doc, m.start)).filter((s) => s !== null))];
  return flatMapped(sentences, (s) => {
    const slice = text.slice(s.start, s.end);
    return flatMapped(patterns, (p) => allMatches(p, slice).map((m) => ({ start: s.start + m.index, end: s.start + m.index + m[0].length })));
  });
}
