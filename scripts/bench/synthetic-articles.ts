import { addDays, dayFromNumber, dayNumber, weekday, type IsoDay } from "../../src/domain/day";
import { type ArticleMeta, articleMetaSchema } from "../../src/domain/schemas/article-meta";
import type { Language } from "../../src/domain/schemas/ingest";
import { createRandom, type Random } from "./prng";
import { VOCABULARY, type Vocabulary } from "./synthetic-vocabulary";

export interface SyntheticArticle {
  meta: ArticleMeta;
  text: string;
}

/** Publication days run from the North Atlantic Treaty to a fixed day (not "today", so runs stay comparable). */
export const SYNTHETIC_FIRST_DAY: IsoDay = "1949-04-04";
export const SYNTHETIC_LAST_DAY: IsoDay = "2025-12-31";
/** Share of French articles, as in the seed corpus (four of five). */
const FRENCH_SHARE = 0.8;
/** Paragraphs per article body; the seeds have four to nine. */
const PARAGRAPHS = { min: 4, max: 8 };
/** Days between publication and a reported event mentioned with its weekday. */
const EVENT_OFFSET_DAYS = 6;
const BASIS = "synthetic bench corpus: generated publication day";

/** News density grows towards the present: the square root of a uniform draw favours recent days linearly. */
export function syntheticDay(random: Random): IsoDay {
  const first = dayNumber(SYNTHETIC_FIRST_DAY);
  const span = dayNumber(SYNTHETIC_LAST_DAY) - first;
  return dayFromNumber(first + Math.floor(Math.sqrt(random.next()) * span));
}

function hex16(random: Random): string {
  return Array.from({ length: 16 }, () => random.int(0, 15).toString(16)).join("");
}

function dayPhrase(random: Random, words: Vocabulary, lang: Language, published: IsoDay): string {
  const day = addDays(published, random.int(-EVENT_OFFSET_DAYS, EVENT_OFFSET_DAYS));
  const [, month, dom] = day.split("-").map(Number) as [number, number, number];
  const name = words.weekdays[weekday(day)] as string;
  const monthName = words.months[month - 1] as string;
  if (random.chance(0.5)) return lang === "fr" ? name : `on ${name}`;
  return lang === "fr" ? `ce ${name} ${dom} ${monthName}` : `on ${name}, ${monthName} ${dom}`;
}

function sentence(random: Random, words: Vocabulary, lang: Language, published: IsoDay): string {
  const speaker = random.pick(words.speakers);
  const when = dayPhrase(random, words, lang, published);
  const quote = random.pick(words.quotes);
  const [a, b] = [random.pick(words.countries), random.pick(words.countries)];
  const bloc = random.pick(words.blocs);
  switch (random.int(0, 2)) {
    case 0:
      return lang === "fr"
        ? `${speaker} a déclaré ${when} que ${a} ${random.pick(words.stances)} ${bloc}.`
        : `${speaker} said ${when} that ${a} ${random.pick(words.stances)} ${bloc}.`;
    case 1:
      return lang === "fr" ? `« ${quote} », a affirmé ${speaker} ${when}.` : `"${quote}," ${speaker} told reporters ${when}.`;
    default:
      return lang === "fr"
        ? `Les représentants de ${a} et de ${b} se sont retrouvés ${when} à ${random.pick(words.cities)} au sujet de ${bloc}.`
        : `Officials from ${a} and ${b} met in ${random.pick(words.cities)} ${when} to discuss ${bloc}.`;
  }
}

function articleText(random: Random, words: Vocabulary, lang: Language, outlet: string, published: IsoDay): string {
  const [year, month, dom] = published.split("-").map(Number) as [number, number, number];
  const dateLine = lang === "fr"
    ? `Publié le ${dom} ${words.months[month - 1]} ${year}`
    : `Published ${words.months[month - 1]} ${dom}, ${year}`;
  const title = sentence(random, words, lang, published).replace(/[.,]$/, "");
  const lines = [`${outlet} - ${random.pick(words.sections)}`, title, dateLine, random.pick(words.furniture)];
  for (let p = random.int(PARAGRAPHS.min, PARAGRAPHS.max); p > 0; p--) {
    lines.push(Array.from({ length: random.int(2, 4) }, () => sentence(random, words, lang, published)).join(" "));
    if (random.chance(0.4)) lines.push(random.pick(words.furniture));
  }
  return `\n\n${lines.join("\n\n")}\n`;
}

/** `count` articles with sidecars, identical for the same seed; ids sort in generation order. */
export function syntheticArticles(count: number, seed: number): SyntheticArticle[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const language: Language = random.chance(FRENCH_SHARE) ? "fr" : "en";
    const words = VOCABULARY[language];
    const outlet = random.pick(words.outlets);
    const published = syntheticDay(random);
    const meta = articleMetaSchema.parse({
      id: `${String(i).padStart(5, "0")}_${hex16(random)}`,
      language,
      outlet,
      url: null,
      published: { start: published, end: published, basis: BASIS },
    });
    return { meta, text: articleText(random, words, language, outlet, published) };
  });
}
