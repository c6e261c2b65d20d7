import { describe, expect, it } from "vitest";
import { defaultLexicon } from "./default-lexicon";
import { createEntityMatcher, distinctIds } from "./find-entities";

const matcher = createEntityMatcher(defaultLexicon);

function ids(text: string, kind: "country" | "bloc"): string[] {
  return distinctIds(matcher.find(text, { start: 0, end: text.length }), kind);
}

describe("entity matcher", () => {
  it("finds countries by name, adjective and demonym in both languages", () => {
    expect(ids("Le président russe et son homologue chinois ont parlé de l’Ukraine.", "country")).toEqual(["RUS", "CHN", "UKR"]);
    expect(ids("Russian troops near Poland worried the Americans.", "country")).toEqual(["RUS", "POL", "USA"]);
  });

  it("reads capitals and seats as metonyms", () => {
    expect(ids("Pékin et Moscou répondent au Kremlin, Washington et Canberra se taisent.", "country")).toEqual(["CHN", "RUS", "USA", "AUS"]);
  });

  it("finds blocs by name and abbreviation", () => {
    expect(ids("L'Otan, l'OTAN, NATO, AUKUS, le G7, le G20, l'UE et l'ONU.", "bloc")).toEqual(["nato", "aukus", "g7", "g20", "eu", "un"]);
    expect(ids("La Déclaration russo-chinoise.", "bloc")).toEqual(["russia-china"]);
  });

  it("matches whole words only", () => {
    expect(ids("Romania, Romanesque, Chinesopposent, Franceinfo", "country")).toEqual(["ROU"]);
  });
});

describe("people", () => {
  const people = (text: string) => distinctIds(matcher.find(text, { start: 0, end: text.length }), "person");

  it("finds a person by either language's name, another spelling or the surname alone", () => {
    expect(people("Vladimir Poutine a reçu Xi Jinping.")).toEqual(["vladimir-putin", "xi-jinping"]);
    expect(people("Putin met Zelenskyy's envoy; Zelensky said no.")).toEqual(["vladimir-putin", "volodymyr-zelenskyy"]);
  });

  it("reads a surname after a title as the person, after another first name as someone else", () => {
    expect(people("President Biden spoke. M. Poutine a répondu.")).toEqual(["joe-biden", "vladimir-putin"]);
    expect(people("Yesterday, Hunter Biden and Melania Trump arrived.")).toEqual([]);
    expect(people("Biden arrived. Trump left.")).toEqual(["joe-biden", "donald-trump"]);
  });
});

describe("blocs of the Cold War and after", () => {
  it("finds them by their names in both languages", () => {
    const text = "Le pacte de Varsovie, the Warsaw Pact, l'OTASE, CENTO, ANZUS, l'OTSC, the SCO, l'OCS et le Quad.";
    expect(distinctIds(matcher.find(text, { start: 0, end: text.length }), "bloc")).toEqual(["warsaw-pact", "seato", "cento", "anzus", "csto", "sco", "quad"]);
  });
});
