import { describe, expect, it } from "vitest";
import { createRandom } from "../../../scripts/bench/prng";
import { type EventFilters, matchAll, NO_FILTERS, searchConditions } from "../../domain/event-search";
import { type ShardEvent, searchManifestSchema, searchPostingsSchema } from "../../domain/schemas/event-data";
import { normalizeSearchText, searchWords } from "../../domain/search-text";
import { testEvent } from "../../domain/test-events";
import { defaultLexicon } from "../entities/default-lexicon";
import { peopleIndex } from "../entities/people";
import { buildSearchIndex, indexedEvent } from "./search-index";
import { testVocabulary as vocabulary } from "./test-fixtures";

const { speakerIdOf } = peopleIndex(defaultLexicon);
const quote = (text: string, speaker: string | null) => {
  const speakers = speaker ? [speaker] : [];
  return { text, speaker, speakers, speakerIds: speakers.map(speakerIdOf), start: 0, end: text.length };
};
const event = (id: string, overrides: Partial<ShardEvent>): ShardEvent => testEvent(id, "2022-02-04", "2022-02-04", overrides);
const indexed = (list: readonly ShardEvent[]) => list.map((e) => indexedEvent(e, vocabulary));

const macron = event("vilnius", {
  summary: "Le président français Emmanuel Macron s’est opposé mercredi à une poussée de l’OTAN",
  countries: ["FRA", "JPN"],
  blocs: ["nato"],
  quotes: [quote("quoi qu’on en dise, la géographie est têtue", "Emmanuel Macron")],
  article: { id: "002_58fc11a7e6963e4c", title: "La France bloque", outlet: "RFI", language: "fr" },
});
const melenchonEn = event("interview", {
  summary: "Jean-Luc Melenchon on France Inter",
  countries: ["FRA", "RUS"],
  blocs: ["nato", "russia-china"],
  quotes: [quote("Russia is a reliable ally.", "Jean-Luc Melenchon")],
  article: { id: "001_4f65af8bd44526b5", title: "Leave NATO", outlet: null, language: "en" },
});
const melenchonFr = event("colloque", {
  summary: "Mélenchon a plaidé pour la sortie de l'Otan",
  countries: ["CHN"],
  quotes: [quote("non-alignement coopératif", "Jean-Luc Mélenchon"), quote("préoccupés", null)],
});
const events = [macron, melenchonEn, melenchonFr];

/** Runs a query the way the app does: the files the conditions name, read from the built index. */
function search(list: readonly ShardEvent[], filters: EventFilters): string[] {
  const index = buildSearchIndex(indexed(list), vocabulary);
  const byFile = new Map(index.files.map((f) => [f.file, f.postings]));
  const conditions = searchConditions(filters, new Set(index.manifest.words));
  return matchAll(conditions, byFile).map((n) => list[n]?.id ?? "?");
}

describe("buildSearchIndex", () => {
  it("finds summaries, quotes and speakers by the beginnings of their words, ignoring accents, case and apostrophes", () => {
    expect(search(events, { ...NO_FILTERS, query: "GEOGRAPHIE est tetue" })).toEqual(["vilnius"]);
    expect(search(events, { ...NO_FILTERS, query: "qu'on" })).toEqual(["vilnius"]);
    expect(search(events, { ...NO_FILTERS, query: "reliable al" })).toEqual(["interview"]);
    expect(search(events, { ...NO_FILTERS, query: "melenchon" })).toEqual(["interview", "colloque"]);
    // The English interview is about NATO: found by its French name too.
    expect(search(events, { ...NO_FILTERS, query: "otan" })).toEqual(["vilnius", "interview", "colloque"]);
    expect(search(events, { ...NO_FILTERS, query: "sortie" })).toEqual(["colloque"]);
    expect(search(events, { ...NO_FILTERS, query: "s" })).toEqual(["vilnius"]);
    expect(search(events, { ...NO_FILTERS, query: "tan" })).toEqual([]);
    expect(search(events, { ...NO_FILTERS, query: "zebra" })).toEqual([]);
  });

  it("combines bloc, country, speaker and article filters with the words", () => {
    expect(search(events, { ...NO_FILTERS, bloc: "nato" })).toEqual(["vilnius", "interview"]);
    expect(search(events, { ...NO_FILTERS, bloc: "nato", country: "RUS" })).toEqual(["interview"]);
    expect(search(events, { ...NO_FILTERS, article: "002_58fc11a7e6963e4c" })).toEqual(["vilnius"]);
    const speaker = "jean-luc-melenchon";
    expect(search(events, { ...NO_FILTERS, speaker })).toEqual(["interview", "colloque"]);
    expect(search(events, { ...NO_FILTERS, speaker, query: "géographie" })).toEqual([]);
    expect(search(events, { ...NO_FILTERS, country: "NZL" })).toEqual([]);
  });

  it("offers every filter value once, named in both languages, in valid files", () => {
    const { manifest, files } = buildSearchIndex(indexed(events), vocabulary);
    expect(searchManifestSchema.parse(manifest)).toEqual(manifest);
    for (const { postings } of files) searchPostingsSchema.parse(postings);
    expect(manifest.blocs).toEqual([
      { id: "nato", label: { en: "NATO", fr: "OTAN" } },
      { id: "russia-china", label: { en: "Russia–China", fr: "Russie–Chine" } },
    ]);
    expect(manifest.countries).toEqual(["CHN", "FRA", "JPN", "RUS"]);
    expect(manifest.speakers).toEqual([
      { id: "emmanuel-macron", label: { en: "Emmanuel Macron", fr: "Emmanuel Macron" } },
      { id: "jean-luc-melenchon", label: { en: "Jean-Luc Mélenchon", fr: "Jean-Luc Mélenchon" } },
    ]);
    expect(manifest.articles.map((a) => a.id)).toEqual(["000_90e75e902162ad50", "001_4f65af8bd44526b5", "002_58fc11a7e6963e4c"]);
    // Each title with its language, for the page to read and typeset it as the article's words.
    const written = new Map(events.map((e) => [e.article.id, e.article.language]));
    expect(manifest.articles.map((a) => a.language)).toEqual(manifest.articles.map((a) => written.get(a.id)));
    expect(new Set(manifest.articles.map((a) => a.language))).toEqual(new Set(["en", "fr"]));
  });

  it("finds a joint statement under each of its speakers, each listed once", () => {
    const joint = event("beijing", {
      quotes: [
        {
          text: "nouvelle ère",
          speaker: "Vladimir Poutine et Xi Jinping",
          speakers: ["Vladimir Poutine", "Xi Jinping"],
          speakerIds: ["vladimir-putin", "xi-jinping"],
          start: 0,
          end: 12,
        },
      ],
    });
    const xiAlone = event("moscow", { quotes: [quote("amitié", "Xi Jinping")] });
    const list = [joint, xiAlone];
    expect(search(list, { ...NO_FILTERS, speaker: "vladimir-putin" })).toEqual(["beijing"]);
    expect(search(list, { ...NO_FILTERS, speaker: "xi-jinping" })).toEqual(["beijing", "moscow"]);
    expect(buildSearchIndex(indexed(list), vocabulary).manifest.speakers.map((s) => s.label)).toEqual([
      { en: "Vladimir Putin", fr: "Vladimir Poutine" },
      { en: "Xi Jinping", fr: "Xi Jinping" },
    ]);
  });

  it("finds an event by any name, in either language, of the blocs, countries and people it concerns", () => {
    const french = event("fr", { summary: "Le président a rencontré ses homologues.", blocs: ["nato"], countries: ["CHN"], people: ["vladimir-putin"] });
    const english = event("en", { summary: "The leaders met.", blocs: ["nato"], countries: ["DEU"], people: ["volodymyr-zelenskyy"] });
    const list = [french, english];
    for (const query of ["NATO", "OTAN", "Alliance atlantique", "Organisation du traité"]) expect(search(list, { ...NO_FILTERS, query }), query).toEqual(["fr", "en"]);
    for (const query of ["Putin", "Poutine", "Vladimir"]) expect(search(list, { ...NO_FILTERS, query }), query).toEqual(["fr"]);
    for (const query of ["China", "Chine", "Pékin", "Beijing", "chinois"]) expect(search(list, { ...NO_FILTERS, query }), query).toEqual(["fr"]);
    for (const query of ["Zelensky", "Zelenskyy", "Germany", "Allemagne"]) expect(search(list, { ...NO_FILTERS, query }), query).toEqual(["en"]);
  });

  it("lists the events whose range runs past their start month, with the last month they reach", () => {
    const list = [
      testEvent("day", "2022-01-03", "2022-01-03"),
      testEvent("in-month", "2022-01-03", "2022-01-31"),
      testEvent("campaign", "2022-01-03", "2022-04-04"),
      testEvent("year", "2022-06-01", "2022-12-31"),
      testEvent("new-year", "2022-12-31", "2023-01-01"),
    ];
    expect(buildSearchIndex(indexed(list), vocabulary).manifest.spanning).toEqual({ "2022-04": [2], "2022-12": [3], "2023-01": [4] });
  });

  it("agrees with a plain scan of every event on a generated corpus", () => {
    const random = createRandom(7);
    const pool = ["Otan", "alliance", "alliés", "Pékin", "Moscou", "sommet", "élargissement", "AUKUS", "a", "à", "l’est", "Est"];
    const countries = ["FRA", "DEU", "RUS", "CHN", "JPN"];
    const generated = Array.from({ length: 300 }, (_, i) =>
      event(`e${i}`, {
        summary: Array.from({ length: 6 }, () => random.pick(pool)).join(" "),
        countries: [random.pick(countries)],
        quotes: random.chance(0.5) ? [quote(random.pick(pool), random.pick(["Xi Jinping", "Olaf Scholz", null]))] : [],
      }),
    );
    const scan = (query: string, country: string | null) => {
      const terms = searchWords(query);
      return generated
        .filter((e) => {
          const names = e.countries.flatMap((c) => vocabulary.wordsOf("country", c));
          const words = [...searchWords([e.summary, ...e.quotes.flatMap((q) => [q.text, q.speaker ?? ""])].join(" ")), ...names];
          const has = (t: string) => words.some((w) => ([...t].length === 1 ? w === t : w.startsWith(t)));
          return terms.every(has) && (country === null || e.countries.includes(country));
        })
        .map((e) => e.id);
    };
    for (const query of ["otan", "all", "a", "est pek", "Élargissement Moscou", "xi", normalizeSearchText("AUKUS à")]) {
      for (const country of [null, "RUS"]) {
        const found = search(generated, { ...NO_FILTERS, query, country });
        expect(found, `${query} ${country}`).toEqual(scan(query, country));
      }
    }
  });
});
