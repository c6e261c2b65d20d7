import { describe, expect, it } from "vitest";
import type { Language } from "../../domain/schemas/ingest";
import { libraryCapitals, libraryCountryNames } from "../entities/country-names";
import { defaultLexicon } from "../entities/default-lexicon";
import { buildDocument } from "../text/document";
import { findPersonMentions } from "./person-names";

/** The person mentions of a text, read as the pipeline reads them: in its sentences, outside quotes and datelines. */
function persons(text: string, language: Language) {
  const doc = buildDocument(text, language);
  const placeNames = new Set([...libraryCountryNames().keys(), ...defaultLexicon.countryAliases.flatMap((a) => a.names), ...libraryCapitals()]);
  const context = {
    pack: doc.pack,
    notPersonWords: new Set(defaultLexicon.notPersonWords),
    placeNames,
    knownNames: new Set(defaultLexicon.people.flatMap((p) => [p.names.en, p.names.fr, ...p.aliases]).filter((n) => !n.includes(" "))),
    exclude: [...doc.quotes.map((q) => q.outer), ...doc.datelines],
  };
  return findPersonMentions(text, doc.sentences, context).map((p) => ({
    written: text.slice(p.start, p.end),
    name: p.name,
    gender: p.gender,
    possessive: p.possessive,
    roleKey: p.roleKey,
    withTitles: text.slice(p.titleStart, p.end),
  }));
}

const names = (text: string, language: Language) => persons(text, language).map((p) => [p.written, p.name]);

describe("full names and their later short forms", () => {
  it.each([
    ["fr", "Le président français Emmanuel Macron a parlé. Macron a ensuite quitté Paris.", [["Emmanuel Macron", "Emmanuel Macron"], ["Macron", "Emmanuel Macron"]]],
    ["fr", "Luiz Inácio Lula da Silva a parlé. Lula a ensuite quitté la salle.", [["Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva"], ["Lula", "Luiz Inácio Lula da Silva"]]],
    [
      "fr",
      "Ursula von der Leyen a parlé. Charles de Gaulle aussi. Plus tard, de Gaulle est parti.",
      [["Ursula von der Leyen", "Ursula von der Leyen"], ["Charles de Gaulle", "Charles de Gaulle"], ["de Gaulle", "Charles de Gaulle"]],
    ],
    ["en", "German Chancellor Olaf Scholz arrived. Scholz said little.", [["Olaf Scholz", "Olaf Scholz"], ["Scholz", "Olaf Scholz"]]],
    ["en", "Hungarian Prime Minister Viktor Orban spoke. Orban left.", [["Viktor Orban", "Viktor Orban"], ["Orban", "Viktor Orban"]]],
  ] as const)("%s: %s", (language, text, expected) => {
    expect(names(text, language)).toEqual(expected);
  });
});

describe("titles, nationalities and courtesy titles are stripped, and tell what they can", () => {
  it("en: a function written before the name gives its key", () => {
    expect(persons("German Chancellor Olaf Scholz arrived.", "en")).toEqual([
      { written: "Olaf Scholz", name: "Olaf Scholz", gender: null, possessive: false, roleKey: "head-of-government", withTitles: "German Chancellor Olaf Scholz" },
    ]);
    expect(persons("Prime Minister Narendra Modi left.", "en")[0]?.roleKey).toBe("head-of-government");
  });

  it.each([
    ["fr", "Mme Anne Durand a reçu M. Paul Girard.", [["Anne Durand", "f", "Mme Anne Durand"], ["Paul Girard", "m", "M. Paul Girard"]]],
    ["en", "Mrs Durand met Mr Weber in Berlin.", [["Durand", "f", "Mrs Durand"], ["Weber", "m", "Mr Weber"]]],
  ] as const)("%s: a courtesy title marks the gender: %s", (language, text, expected) => {
    expect(persons(text, language).map((p) => [p.name, p.gender, p.withTitles])).toEqual(expected);
  });

  it("en: a country's possessive before a name is a nationality, not a possessive name", () => {
    expect(persons("The plan was welcomed by Hungary's Viktor Orban.", "en")).toEqual([
      { written: "Viktor Orban", name: "Viktor Orban", gender: null, possessive: false, roleKey: null, withTitles: "Viktor Orban" },
    ]);
  });

  it("en: a name with 's is possessive: nobody's subject", () => {
    const found = persons("Mark Rutte arrived. Rutte's appointment was welcomed.", "en");
    expect(found.map((p) => [p.written, p.name, p.possessive])).toEqual([
      ["Mark Rutte", "Mark Rutte", false],
      ["Rutte", "Mark Rutte", true],
    ]);
  });
});

describe("a compound title, or a ministry's field, is a title: it is not part of the name", () => {
  it.each([
    ["fr", "La Vice-Présidente Anne Durand a parlé.", [["Anne Durand", "Anne Durand"]]],
    ["en", "NATO Secretary-General Karl Weber spoke.", [["Karl Weber", "Karl Weber"]]],
    ["en", "Vice-President Anne Durand spoke.", [["Anne Durand", "Anne Durand"]]],
    // A ministry's field, capitalised, before the name.
    ["fr", "Le ministre allemand de la Défense Karl Weber a parlé.", [["Karl Weber", "Karl Weber"]]],
    ["en", "German Defence Minister Karl Weber spoke.", [["Karl Weber", "Karl Weber"]]],
  ] as const)("%s: %s", (language, text, expected) => {
    expect(names(text, language)).toEqual(expected);
  });
});

describe("a single word is a person only when something says so", () => {
  it.each([
    ["fr", "C'est fini, estime Weber.", [["Weber", "Weber"]]],
    ["en", "The talks failed, Weber said.", [["Weber", "Weber"]]],
    // At a sentence's start a capital may be the position's: the word needs to be written so elsewhere too, or known.
    ["fr", "C'est fini, estime Weber. Weber estime aussi que non.", [["Weber", "Weber"], ["Weber", "Weber"]]],
    ["en", "The talks failed, Weber said. Weber said more.", [["Weber", "Weber"], ["Weber", "Weber"]]],
    ["fr", "Poutine estime que c'est fini.", [["Poutine", "Poutine"]]],
    ["en", "Putin said the talks failed.", [["Putin", "Putin"]]],
    ["fr", "Weber estime que c'est fini. Certains estiment que non.", []],
    ["en", "Weber said the talks failed. Officials said so too. It said nothing.", []],
    ["fr", "Weber est à Paris.", []],
    ["en", "Weber is in Paris.", []],
    // An article alone says nothing: a newspaper's name is no person.
    ["fr", "Par Le Figaro avec AFP, publié le 9 mai 2025", []],
    ["en", "By The Guardian staff, updated 9 May 2025", []],
    ["fr", "Le Ponant a quitté le port.", []],
  ] as const)("%s: %s", (language, text, expected) => {
    expect(names(text, language)).toEqual(expected);
  });
});

describe("what is not a person", () => {
  it.each([
    ["fr", "Le Kremlin et le Conseil européen ont réagi."],
    ["en", "The Kremlin and the European Council reacted."],
    ["fr", "La Maison Blanche et le Parlement européen ont réagi."],
    ["en", "The White House and the State Department reacted."],
  ] as const)("%s: institutions: %s", (language, text) => {
    expect(names(text, language)).toEqual([]);
  });

  it.each([
    ["fr", "WASHINGTON (AFP) — Anne Durand a dit « Paul Girard ment ».", [["Anne Durand", "Anne Durand"]]],
    ["en", 'WASHINGTON (AP) — Anne Durand said "Paul Girard is lying".', [["Anne Durand", "Anne Durand"]]],
  ] as const)("%s: the dateline and the words inside a quote: %s", (language, text, expected) => {
    expect(names(text, language)).toEqual(expected);
  });
});

describe("an elided preposition before a name", () => {
  it.each([
    ["fr", "Le porte-parole d'Anne Durand a démenti. Valéry Giscard d'Estaing a répondu.", [["Anne Durand", "Anne Durand"], ["Valéry Giscard d'Estaing", "Valéry Giscard d'Estaing"]]],
    ["en", "A spokesman for Anne Durand denied it. Paul O'Brien replied, and O'Brien left.", [["Anne Durand", "Anne Durand"], ["Paul O'Brien", "Paul O'Brien"], ["O'Brien", "Paul O'Brien"]]],
  ] as const)("%s: is not part of it, while a name's own elided word is: %s", (language, text, expected) => {
    expect(names(text, language)).toEqual(expected);
  });
});
