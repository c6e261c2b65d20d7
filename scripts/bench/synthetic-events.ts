import { addDays, type IsoDay } from "../../src/domain/day";
import type { ArticleEvent, Quote } from "../../src/domain/schemas/ingest";
import type { Analyze } from "../../src/pipeline/corpus/ingest-corpus";
import { createRandom, type Random, seedFrom } from "./prng";
import { syntheticDay } from "./synthetic-articles";

/** Countries and blocs the synthetic events name (codes the app knows). */
const COUNTRIES = ["FRA", "DEU", "RUS", "CHN", "UKR", "USA", "GBR", "AUS", "FIN", "SWE", "POL", "TUR", "JPN"];
const BLOCS = ["nato", "aukus", "russia-china"];
/** Most events are day-precise; the rest are honest ranges of up to this many days. */
const MAX_RANGE_DAYS = 10;
const RANGE_SHARE = 0.2;
/** Quoted passages in the synthetic texts: « … » in French, "…" in English. */
const QUOTE_PATTERN = /«\s([^«»]+?)\s»|"([^"]+?),?"/g;

function quotesIn(text: string): Quote[] {
  return [...text.matchAll(QUOTE_PATTERN)].map((m) => {
    const inner = (m[1] ?? m[2]) as string;
    const start = (m.index as number) + m[0].indexOf(inner);
    return { text: inner, speaker: null, speakers: [], speakerIds: [], start, end: start + inner.length };
  });
}

function syntheticEvent(random: Random, id: string, quotes: readonly Quote[], summary: string): ArticleEvent {
  const start: IsoDay = syntheticDay(random);
  const end = random.chance(RANGE_SHARE) ? addDays(start, random.int(1, MAX_RANGE_DAYS)) : start;
  const picked = quotes.length > 0 && random.chance(0.7) ? [random.pick(quotes)] : [];
  return {
    id,
    date: { start, end, basis: "synthetic bench event", evidence: { start: 0, end: 0 } },
    summary,
    countries: [random.pick(COUNTRIES), random.pick(COUNTRIES)].filter((c, i, all) => all.indexOf(c) === i),
    blocs: [random.pick(BLOCS)],
    people: [],
    quotes: picked,
  };
}

/**
 * An analysis that gives each article `eventsPerArticle` events spread over 1949–2025 (denser
 * towards the present), quoting the article's own text so every span is valid. It stands in for
 * the real analysis to reach 100,000 events through the real shard writer.
 */
export function syntheticAnalyze(eventsPerArticle: number, seed: number): Analyze {
  return (input) => {
    const title = input.text.trim().split("\n")[0]?.trim() ?? "";
    const random = createRandom(seedFrom(input.id, seed));
    const quotes = quotesIn(input.text);
    const sentences = input.text.split(/(?<=\.)\s+/).filter((s) => s.length > 40);
    const events = Array.from({ length: eventsPerArticle }, (_, i) =>
      syntheticEvent(random, `${input.id}-s${i}`, quotes, sentences.length > 0 ? random.pick(sentences).trim() : title || input.id),
    );
    const { id, text, language, outlet, published } = input;
    return { id, title, language, outlet, published, text, boilerplate: [], events };
  };
}
