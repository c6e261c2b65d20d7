import { describe, expect, it } from "vitest";
import { filterEvents, filterOptions, isFiltering, NO_FILTERS, speakerKey } from "./event-filters";
import { testEvent } from "./test-events";

const quote = (text: string, speaker: string | null) => ({ text, speaker, start: 0, end: text.length });
const macron = testEvent("vilnius", "2023-07-12", "2023-07-12", {
  summary: "Le président français Emmanuel Macron s’est opposé mercredi à une poussée de l’OTAN",
  countries: ["FRA", "JPN"],
  blocs: ["nato"],
  quotes: [quote("quoi qu’on en dise, la géographie est têtue", "Emmanuel Macron")],
  article: { id: "002_58fc11a7e6963e4c", title: "La France bloque", outlet: "RFI", language: "fr" },
});
const melenchonEn = testEvent("interview", "2022-01-03", "2022-04-04", {
  summary: "Jean-Luc Melenchon on France Inter",
  countries: ["FRA", "RUS"],
  blocs: ["nato", "russia-china"],
  quotes: [quote("Russia is a reliable ally.", "Jean-Luc Melenchon")],
  article: { id: "001_4f65af8bd44526b5", title: "Leave NATO", outlet: null, language: "en" },
});
const melenchonFr = testEvent("colloque", "2026-06-27", "2026-06-27", {
  summary: "Mélenchon a plaidé pour la sortie de l'Otan",
  countries: ["CHN"],
  quotes: [quote("non-alignement coopératif", "Jean-Luc Mélenchon"), quote("préoccupés", null)],
});
const events = [macron, melenchonEn, melenchonFr];
const ids = (list: { id: string }[]) => list.map((e) => e.id);

describe("filterEvents", () => {
  it("searches quotes and summaries without regard to accents, case or apostrophes", () => {
    expect(ids(filterEvents(events, { ...NO_FILTERS, query: "GEOGRAPHIE est tetue" }))).toEqual(["vilnius"]);
    expect(ids(filterEvents(events, { ...NO_FILTERS, query: "qu'on" }))).toEqual(["vilnius"]);
    expect(ids(filterEvents(events, { ...NO_FILTERS, query: "reliable ally" }))).toEqual(["interview"]);
    expect(ids(filterEvents(events, { ...NO_FILTERS, query: "melenchon" }))).toEqual(["interview", "colloque"]);
  });

  it("combines bloc, country, speaker and article filters", () => {
    expect(ids(filterEvents(events, { ...NO_FILTERS, bloc: "nato" }))).toEqual(["vilnius", "interview"]);
    expect(ids(filterEvents(events, { ...NO_FILTERS, bloc: "nato", country: "RUS" }))).toEqual(["interview"]);
    expect(ids(filterEvents(events, { ...NO_FILTERS, article: "002_58fc11a7e6963e4c" }))).toEqual(["vilnius"]);
    const speaker = speakerKey("Jean-Luc Mélenchon");
    expect(ids(filterEvents(events, { ...NO_FILTERS, speaker }))).toEqual(["interview", "colloque"]);
    expect(filterEvents(events, { ...NO_FILTERS, speaker, query: "géographie" })).toEqual([]);
  });

  it("knows when any filter is set", () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(isFiltering({ ...NO_FILTERS, query: "  " })).toBe(false);
    expect(isFiltering({ ...NO_FILTERS, country: "FRA" })).toBe(true);
  });
});

describe("filterOptions", () => {
  it("offers only values present, one speaker per person, with the accented spelling", () => {
    const options = filterOptions(events);
    expect(options.blocs).toEqual(["nato", "russia-china"]);
    expect(options.countries).toEqual(["CHN", "FRA", "JPN", "RUS"]);
    expect(options.speakers).toEqual([
      { key: speakerKey("Emmanuel Macron"), label: "Emmanuel Macron" },
      { key: speakerKey("Jean-Luc Mélenchon"), label: "Jean-Luc Mélenchon" },
    ]);
    expect(options.articles.map((a) => a.id)).toEqual(["000_90e75e902162ad50", "001_4f65af8bd44526b5", "002_58fc11a7e6963e4c"]);
  });
});
