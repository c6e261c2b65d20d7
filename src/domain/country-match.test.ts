import { describe, expect, it } from "vitest";
import { countryName, countryNamesIn, knownCountryCodes } from "./countries";
import { matchCountries, type CountryEntry } from "./country-match";

const entries: CountryEntry[] = knownCountryCodes().map((code) => ({
  code,
  name: countryName(code, "en"),
  names: [...countryNamesIn(code, "en"), ...countryNamesIn(code, "fr")],
}));
const codes = (typed: string, limit = 8) => matchCountries(entries, typed, limit).map((e) => e.code);

describe("matchCountries", () => {
  it("finds a country by its name in English or in French, forgiving accents and case", () => {
    expect(codes("germany")[0]).toBe("DEU");
    expect(codes("Allemagne")[0]).toBe("DEU");
    expect(codes("etats-unis")).toContain("USA");
    expect(codes("Royaume")).toContain("GBR");
  });

  it("puts the names that begin with what was typed before those with a later word that does", () => {
    const found = codes("guinea", 20);
    expect(found[0]).toBe("GIN");
    expect(found).toContain("PNG");
    expect(found.indexOf("GIN")).toBeLessThan(found.indexOf("PNG"));
  });

  it("knows the former states and the shapes given our own codes", () => {
    expect(codes("Soviet")).toEqual(["SUN"]);
    expect(codes("Tchécoslovaquie")).toEqual(["CSK"]);
    expect(codes("Somaliland")).toContain("XSL");
  });

  it("matches nothing for blank text, and at most the limit", () => {
    expect(codes("  ")).toEqual([]);
    expect(codes("a", 5)).toHaveLength(5);
  });
});
