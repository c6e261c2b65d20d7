import { flatMapped } from "../../domain/flat-mapped";
import countries from "world-countries";
// The library without its Node entry, which registers every one of its hundred languages: only these two are read.
import isoCountries from "i18n-iso-countries/index";
import en from "i18n-iso-countries/langs/en.json";
import fr from "i18n-iso-countries/langs/fr.json";

isoCountries.registerLocale(en);
isoCountries.registerLocale(fr);

/** Shorter names ("Man", "Mali"'s codes) collide with ordinary words; the lexicon adds the few short ones needed. */
const MIN_LIBRARY_NAME_CHARS = 4;

let built: ReadonlyMap<string, string> | null = null;
let capitals: ReadonlySet<string> | null = null;

/** Every country's capital as the library writes it ("New Delhi", "Washington D.C."), and its first word ("Washington"). */
export function libraryCapitals(): ReadonlySet<string> {
  capitals ??= new Set(flatMapped(countries, (c) => flatMapped(c.capital, (name) => [name, name.split(" ")[0] ?? name])));
  return capitals;
}

/**
 * Names, French adjectives (lower-case and plural) and demonyms for every sovereign country, from the
 * libraries, each to its ISO alpha-3 code: built on first use, shared by every caller.
 */
export function libraryCountryNames(): ReadonlyMap<string, string> {
  built ??= buildCountryNames();
  return built;
}

function buildCountryNames(): Map<string, string> {
  const names = new Map<string, string>();
  const add = (name: string, iso3: string) => {
    if (name.length >= MIN_LIBRARY_NAME_CHARS && !name.includes(",") && !names.has(name)) names.set(name, iso3);
  };
  for (const country of countries) {
    if (!country.independent && !country.unMember) continue;
    const iso3 = country.cca3;
    [country.name.common, country.translations["fra"]?.common].forEach((n) => n && add(n, iso3));
    for (const language of ["en", "fr"] as const) {
      const all = isoCountries.getName(country.cca2, language, { select: "all" }) ?? [];
      all.forEach((n) => add(n, iso3));
    }
    for (const demonym of [country.demonyms["eng"], country.demonyms["fra"]]) {
      if (!demonym) continue;
      for (const form of new Set([demonym.m, demonym.f])) {
        add(form, iso3);
        add(`${form}s`, iso3);
      }
    }
    const fra = country.demonyms["fra"];
    if (fra) for (const form of new Set([fra.m, fra.f])) [form, `${form}s`].forEach((f) => add(f.toLowerCase(), iso3));
  }
  return names;
}
