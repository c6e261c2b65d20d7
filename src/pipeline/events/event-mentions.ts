import type { Language, Span } from "../../domain/schemas/ingest";
import { eventPatterns } from "../dates/event-patterns";
import type { DateMention } from "../dates/find-date-mentions";
import type { ReferenceEvent } from "../dates/reference-events";
import { contains, overlaps } from "../text/spans";

/** A condition opened earlier in the clause ("s'il était élu … l'an prochain") makes the date hypothetical. */
const CONDITIONAL = /(?<![\p{L}])(s['’]ils?|si|if|unless|whether)(?![\p{L}])[^,.;:]*$/iu;

/**
 * The mentions that date events: event-kind, in a body sentence, not hypothetical. Mentions of a
 * reference event ("après le sommet de l'OTAN à Vilnius", "the forthcoming April elections") anchor
 * the others rather than being events themselves, unless the article has nothing else. A date inside
 * a quote is the speaker's, relative to a speech day we may not know: it dates no event.
 */
export function eventMentions(
  text: string,
  mentions: readonly DateMention[],
  sentences: readonly Span[],
  referenceEvents: readonly ReferenceEvent[],
  language: Language,
  quotes: readonly Span[],
): DateMention[] {
  const inBody = mentions.filter((m) => {
    if (quotes.some((q) => contains(q, m))) return false;
    const sentence = sentences.find((s) => contains(s, m));
    return m.kind === "event" && sentence !== undefined && !CONDITIONAL.test(text.slice(sentence.start, m.start));
  });
  // A reference match lies inside one sentence, so only the sentences holding a candidate can overlap one.
  const candidateSentences = sentences.filter((s) => inBody.some((m) => overlaps(s, m)));
  const references = referenceSpans(text, candidateSentences, referenceEvents, language);
  const own = inBody.filter((m) => !references.some((r) => overlaps(r, m)));
  return own.length > 0 ? own : inBody;
}

function referenceSpans(text: string, sentences: readonly Span[], events: readonly ReferenceEvent[], language: Language): Span[] {
  // A pattern whose fixed words are nowhere in the article cannot match in any of its sentences.
  const patterns = events.flatMap((e) => eventPatterns(e, language, "bare")).flatMap((p) => (p.mayMatch(text) ? [p.pattern] : []));
  if (patterns.length === 0) return [];
  return sentences.flatMap((s) => {
    const slice = text.slice(s.start, s.end);
    return patterns.flatMap((p) => [...slice.matchAll(p)].map((m) => ({ start: s.start + m.index, end: s.start + m.index + m[0].length })));
  });
}
