import isoCodes from "i18n-iso-countries/codes.json";
import enLocale from "i18n-iso-countries/langs/en.json";
import frLocale from "i18n-iso-countries/langs/fr.json";

/**
 * Country codes (ISO 3166-1 alpha-3) and their names in the interface languages. Only the two locale
 * files and the code table of i18n-iso-countries are imported, not the library, so the browser bundle
 * stays small.
 */
export type CountryLang = "en" | "fr";

type LocaleNames = Readonly<Record<string, string | readonly string[]>>;
type NameTable = Readonly<Record<string, Readonly<Record<CountryLang, string>>>>;

/**
 * Territories on the map that ISO 3166-1 gives no code (Kosovo has one in i18n-iso-countries: XKK).
 * Codes are taken from the user-assigned range X.. so they can never collide with a real one.
 */
export const USER_ASSIGNED_COUNTRIES: NameTable = {
  XNC: { en: "Northern Cyprus", fr: "Chypre du Nord" },
  XSL: { en: "Somaliland", fr: "Somaliland" },
  XSG: { en: "Siachen Glacier", fr: "Glacier de Siachen" },
};

/**
 * States that no longer exist, by the codes ISO 3166-3 records for them; the map draws them on their
 * dates (data/states/periods.json, which holds each code's source). West Germany kept DEU and North
 * Yemen YEM, so they are named by date there, not here.
 */
export const FORMER_STATES: NameTable = {
  CSK: { en: "Czechoslovakia", fr: "Tchécoslovaquie" },
  DDR: { en: "East Germany", fr: "Allemagne de l'Est" },
  SCG: { en: "Serbia and Montenegro", fr: "Serbie-et-Monténégro" },
  SUN: { en: "Soviet Union", fr: "Union soviétique" },
  YMD: { en: "South Yemen", fr: "Yémen du Sud" },
  YUG: { en: "Yugoslavia", fr: "Yougoslavie" },
};

/**
 * Short everyday names where the locale file's first name is a formal one ("Russian Federation",
 * "Moldova, Republic of") or is spelled unlike current usage ("République Tchèque").
 */
const SHORT_NAMES: Readonly<Record<CountryLang, Readonly<Record<string, string>>>> = {
  en: {
    BRN: "Brunei",
    CHN: "China",
    CIV: "Côte d'Ivoire",
    CZE: "Czechia",
    FLK: "Falkland Islands",
    FSM: "Micronesia",
    GMB: "Gambia",
    IRN: "Iran",
    LAO: "Laos",
    MDA: "Moldova",
    MKD: "North Macedonia",
    PCN: "Pitcairn Islands",
    PSE: "Palestine",
    REU: "Réunion",
    RUS: "Russia",
    SYR: "Syria",
    TWN: "Taiwan",
    TZA: "Tanzania",
    USA: "United States",
    VAT: "Vatican City",
    VGB: "British Virgin Islands",
    VIR: "U.S. Virgin Islands",
  },
  fr: {
    ARE: "Émirats arabes unis",
    ATF: "Terres australes et antarctiques françaises",
    BRN: "Brunei",
    CAF: "République centrafricaine",
    CIV: "Côte d'Ivoire",
    CZE: "Tchéquie",
    DOM: "République dominicaine",
    IOT: "Territoire britannique de l'océan Indien",
    SAU: "Arabie saoudite",
    SWZ: "Eswatini",
    TZA: "Tanzanie",
    USA: "États-Unis",
    VAT: "Vatican",
    VGB: "Îles Vierges britanniques",
    VIR: "Îles Vierges des États-Unis",
  },
};

const LOCALE_NAMES: Readonly<Record<CountryLang, LocaleNames>> = {
  en: enLocale.countries,
  fr: frLocale.countries,
};

/** alpha-3 → alpha-2, the key of the locale files. Rows are [alpha-2, alpha-3, numeric, subdivision code]. */
const ALPHA2_BY_ALPHA3: ReadonlyMap<string, string> = new Map(
  isoCodes.flatMap((row) => (row[0] && row[1] ? [[row[1], row[0]] as const] : [])),
);

function firstName(names: string | readonly string[] | undefined): string | undefined {
  return typeof names === "string" ? names : names?.[0];
}

/** Whether the code names a country or territory the app can show (ISO, a former state, or one of ours). */
export function isKnownCountry(iso3: string): boolean {
  return ALPHA2_BY_ALPHA3.has(iso3) || Object.hasOwn(USER_ASSIGNED_COUNTRIES, iso3) || Object.hasOwn(FORMER_STATES, iso3);
}

/** The country's name in `lang`; an unknown code is shown as itself rather than hidden. */
export function countryName(iso3: string, lang: CountryLang): string {
  const assigned = Object.hasOwn(USER_ASSIGNED_COUNTRIES, iso3) ? USER_ASSIGNED_COUNTRIES[iso3] : undefined;
  if (assigned) return assigned[lang];
  const former = Object.hasOwn(FORMER_STATES, iso3) ? FORMER_STATES[iso3] : undefined;
  if (former) return former[lang];
  const short = Object.hasOwn(SHORT_NAMES[lang], iso3) ? SHORT_NAMES[lang][iso3] : undefined;
  if (short) return short;
  const alpha2 = ALPHA2_BY_ALPHA3.get(iso3);
  return (alpha2 && firstName(LOCALE_NAMES[lang][alpha2])) ?? iso3;
}

const collators = new Map<CountryLang, Intl.Collator>();

/** Orders names as a reader of `lang` expects ("Émirats" among the E's, not after Z). */
export function compareCountryNames(a: string, b: string, lang: CountryLang): number {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(lang);
    collators.set(lang, collator);
  }
  return collator.compare(a, b);
}

/** Every code the app names: the ISO 3166-1 countries, the shapes given our own codes, and the former states. */
export function knownCountryCodes(): string[] {
  return [...ALPHA2_BY_ALPHA3.keys(), ...Object.keys(USER_ASSIGNED_COUNTRIES), ...Object.keys(FORMER_STATES)];
}

/** Every name of the country in `lang`: the one shown, then the locale file's official and other names. */
export function countryNamesIn(iso3: string, lang: CountryLang): string[] {
  const alpha2 = ALPHA2_BY_ALPHA3.get(iso3);
  const listed = alpha2 ? LOCALE_NAMES[lang][alpha2] : undefined;
  const others = typeof listed === "string" ? [listed] : (listed ?? []);
  return [...new Set([countryName(iso3, lang), ...others])];
}
