import type { CurationFile } from "../../domain/schemas/curation";
import type { ArticleEvent, IngestedArticle } from "../../domain/schemas/ingest";

export interface CurationResult {
  article: IngestedArticle;
  /** Curated event ids or quote offsets the analysis no longer produces: the reviewer should look again. */
  stale: string[];
}

/** Applies a reviewer's decisions to a fresh analysis. Pure: the curation file itself is never changed. */
export function applyCuration(article: IngestedArticle, curation: CurationFile | null): CurationResult {
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
    const quotes = event.quotes.map((q) => (speakers.has(q.start) ? { ...q, speaker: speakers.get(q.start) ?? null } : q));
    events.push({ ...event, date, quotes });
  }
  return { article: { ...article, events }, stale };
}
