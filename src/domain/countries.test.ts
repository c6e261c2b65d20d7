import { describe, expect, it } from "vitest";
import {
  compareCountryNames,
  countryName,
  isKnownCountry,
  USER_ASSIGNED_COUNTRIES,
} from "./countries";

describe("countryName", () => {
  it("names ISO countries in both languages", () => {
    expect(countryName("DEU", "en")).toBe("Germany");
    expect(countryName("DEU", "fr")).toBe("Allemagne");
    expect(countryName("GBR", "fr")).toBe("Royaume-Uni");
  });

  it("prefers the everyday name to the formal one", () => {
    expect(countryName("RUS", "en")).toBe("Russia");
    expect(countryName("USA", "en")).toBe("United States");
    expect(countryName("USA", "fr")).toBe("États-Unis");
    expect(countryName("MKD", "en")).toBe("North Macedonia");
    expect(countryName("CZE", "fr")).toBe("Tchéquie");
  });

  it("names Kosovo and the user-assigned codes", () => {
    expect(countryName("XKK", "en")).toBe("Kosovo");
    expect(countryName("XKK", "fr")).toBe("Kosovo");
    expect(countryName("XNC", "en")).toBe("Northern Cyprus");
    expect(countryName("XNC", "fr")).toBe("Chypre du Nord");
    expect(countryName("XSL", "en")).toBe("Somaliland");
    expect(countryName("XSG", "fr")).toBe("Glacier de Siachen");
  });

  it("falls back to the code itself for an unknown code", () => {
    expect(countryName("ZZZ", "en")).toBe("ZZZ");
    expect(countryName("toString", "fr")).toBe("toString");
  });
});

describe("isKnownCountry", () => {
  it("knows ISO alpha-3 codes, Kosovo and our own codes", () => {
    expect(isKnownCountry("FRA")).toBe(true);
    expect(isKnownCountry("ATA")).toBe(true);
    expect(isKnownCountry("XKK")).toBe(true);
    for (const code of Object.keys(USER_ASSIGNED_COUNTRIES)) expect(isKnownCountry(code)).toBe(true);
  });

  it("rejects codes that are not alpha-3 country codes", () => {
    expect(isKnownCountry("ZZZ")).toBe(false);
    expect(isKnownCountry("fra")).toBe(false);
    expect(isKnownCountry("FR")).toBe(false);
    expect(isKnownCountry("constructor")).toBe(false);
  });

  it("keeps user-assigned codes in the range ISO reserves for users", () => {
    for (const code of Object.keys(USER_ASSIGNED_COUNTRIES)) expect(code).toMatch(/^X[A-Z]{2}$/);
  });
});

describe("compareCountryNames", () => {
  it("sorts accented names where a French reader expects them", () => {
    const names = ["Espagne", "Zambie", "Émirats arabes unis", "Allemagne"];
    expect([...names].sort((a, b) => compareCountryNames(a, b, "fr"))).toEqual([
      "Allemagne",
      "Émirats arabes unis",
      "Espagne",
      "Zambie",
    ]);
  });
});

describe("former states", () => {
  it("are known by their ISO 3166-3 codes and named in both languages", () => {
    for (const code of ["SUN", "DDR", "YUG", "SCG", "CSK", "YMD"]) expect(isKnownCountry(code), code).toBe(true);
    expect(countryName("SUN", "en")).toBe("Soviet Union");
    expect(countryName("DDR", "fr")).toBe("Allemagne de l'Est");
    expect(isKnownCountry("DDX")).toBe(false);
  });
});
