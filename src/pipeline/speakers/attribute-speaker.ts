import type { Span } from "../../domain/schemas/ingest";
import type { Agent } from "./agents";
import { hasSpeechVerb } from "./speech-verbs";

/** An attribution placed after a quote ("…", a-t-il déclaré) sits within this many characters of it. */
const INCISE_REACH_CHARS = 60;
/** An incise before a quote (qui, a-t-il affirmé, "…") is one short clause between commas. */
const PRE_INCISE = /,([^,]{1,50}),\s*$/u;
const ACCORDING_TO = /(?<![\p{L}])(selon|according to)\s+$/iu;

/**
 * The speaker of a quote in its sentence, tried in order: an incise after the quote, an incise just
 * before it, "selon X"/"according to X", then the subject (first agent) of the sentence before the
 * quote. A plural subject, or none, gives null: an unknown speaker is never guessed.
 */
export function attributeSpeaker(
  text: string,
  quote: Span,
  sentence: Span,
  otherQuotes: readonly Span[],
  agentsIn: (segment: Span) => Agent[],
): string | null {
  const nextQuote = otherQuotes.filter((q) => q.start >= quote.end).sort((a, b) => a.start - b.start)[0];
  const afterEnd = Math.min(nextQuote?.start ?? sentence.end, quote.end + INCISE_REACH_CHARS, sentence.end);
  const after = agentsIn({ start: quote.end, end: afterEnd });
  if (after.length > 0 && hasSpeechVerb(text.slice(quote.end, afterEnd))) return after[0]?.name ?? null;

  const previousQuote = otherQuotes.filter((q) => q.end <= quote.start).sort((a, b) => b.end - a.end)[0];
  const beforeStart = previousQuote?.end ?? sentence.start;
  const incise = PRE_INCISE.exec(text.slice(beforeStart, quote.start));
  if (incise && hasSpeechVerb(incise[1] ?? "")) {
    const inciseStart = beforeStart + incise.index;
    const agents = agentsIn({ start: inciseStart, end: quote.start });
    if (agents.length > 0) return agents[0]?.name ?? null;
  }

  const before = agentsIn({ start: sentence.start, end: quote.start });
  const according = before.find((a) => ACCORDING_TO.test(text.slice(sentence.start, a.start)));
  if (according) return according.name;
  const subject = before[0];
  return subject && subject.kind !== "group" ? subject.name : null;
}
