import type { CurationFile } from "../../domain/schemas/curation";
import type { ArticleEvent, IngestedArticle, Quote } from "../../domain/schemas/ingest";
import { defaultLexicon } from "../entities/default-lexicon";
import { peopleIndex } from "../entities/people";

export interface CurationResult {
  article: IngestedArticle;
  /** Curated event ids or quote offsets the analysis no longer produces: the reviewer should look again. */
  stale: string[];
}

/**
 * A quote with the speaker a reviewer named (one person or body, or null): the words the analysis
 * took as the speaker's name no longer identify them, so that evidence goes.
 */
function reviewedSpeaker(quote: Quote, speaker: string | null, speakerIdOf: (name: string) => string): Quote {
  const named = speaker === null ? [] : [speaker];
  return { text: quote.text, start: quote.start, end: quote.end, speaker, speakers: named, speakerIds: named.map(speakerIdOf) };
}

/**
 * Applies a reviewer's decisions to a fresh analysis. Pure: the curation file itself is never changed.
 * `speakerIdOf` gives a reviewed speaker's id: by default the project lexicon's (entities/people.ts).
 */
export function applyCuration(
  article: IngestedArticle,
  curation: CurationFile | null,
  speakerIdOf: (name: string) => string = peopleIndex(defaultLexicon).speakerIdOf,
): CurationResult {
  if (!curation) return { article, stale: [] };
  const known = new Set(article.events.map((e) => e.id));
  const stale = Object.keys(curation.events)
    .filter((id) => !known.has(id))
    .map((id) => `event ${id}`);
  const events: ArticleEvent[] = [];
  for (const event of article.events) {
    const review = curation.events[event.id];
    if (!review) {
      events.push(event);
      continue;
    }
    if (review.decision === "reject") continue;
    const date = review.date ? { ...review.date, evidence: event.date.evidence } : event.date;
    const speakers = new Map((review.speakers ?? []).map((s) => [s.quoteStart, s.speaker]));
    for (const start of speakers.keys()) {
      if (!event.quotes.some((q) => q.start === start)) stale.push(`event ${event.id}: quote at ${start}`);
    }
    const quotes = event.quotes.map((q) => (speakers.has(q.start) ? reviewedSpeaker(q, speakers.get(q.start) ?? null, speakerIdOf) : q));
    events.push({ ...event, date, quotes });
  }
  return { article: { ...article, events }, stale };
}
