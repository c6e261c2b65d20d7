import type { Language, Span } from "../../domain/schemas/ingest";
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
  const references = referenceSpans(text, sentences, referenceEvents, language);
  const own = inBody.filter((m) => !references.some((r) => overlaps(r, m)));
  return own.length > 0 ? own : inBody;
}

function referenceSpans(text: string, sentences: readonly Span[], events: readonly ReferenceEvent[], language: Language): Span[] {
  const patterns = events.flatMap((e) => e.patterns[language].map((p) => new RegExp(p, "giu")));
  return sentences.flatMap((s) => {
    const slice = text.slice(s.start, s.end);
    return patterns.flatMap((p) => [...slice.matchAll(p)].map((m) => ({ start: s.start + m.index, end: s.start + m.index + m[0].length })));
  });
}
