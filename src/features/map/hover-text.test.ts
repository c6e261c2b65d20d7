import { describe, expect, it } from "vitest";
import anzusJson from "../../../data/blocs/anzus.json";
import natoJson from "../../../data/blocs/nato.json";
import warsawJson from "../../../data/blocs/warsaw-pact.json";
import occupationsJson from "../../../data/states/occupations.json";
import periodsJson from "../../../data/states/periods.json";
import territoriesJson from "../../../data/states/territories.json";
import { buildMembershipIndex } from "../../domain/membership";
import { blocSchema } from "../../domain/schemas/bloc";
import { toAppStates } from "../../domain/schemas/app-states";
import { statesFileSchema } from "../../domain/schemas/states";
import { buildStatesIndex } from "../../domain/states";
import { MESSAGES, type Lang } from "../../lib/i18n";
import { hoverText, type HoverTarget } from "./hover-text";
import { MAP_TEXT_MESSAGES } from "./map-text-messages";

const list = [natoJson, warsawJson, anzusJson].map((json) => blocSchema.parse(json));
const blocs = { blocs: list, byId: new Map(list.map((b) => [b.id, b])), index: buildMembershipIndex(list) };
const states = buildStatesIndex(toAppStates(statesFileSchema.parse({ ...periodsJson, ...occupationsJson, ...territoriesJson })));
const NNBSP = "\u202f";

function card(target: HoverTarget, date: string, lang: Lang = "en", bloc = "nato") {
  const t = { ...MESSAGES[lang], ...MAP_TEXT_MESSAGES[lang] };
  return hoverText(target, { bloc, date, lang, blocs, states, t });
}

describe("hoverText", () => {
  it("gives a member the day it joined, in both languages", () => {
    expect(card({ iso3: "FRA" }, "2024-01-01")).toEqual({ name: "France", lines: ["NATO: Member since 4 April 1949"] });
    expect(card({ iso3: "DEU" }, "2024-01-01", "fr")).toEqual({
      name: "Allemagne",
      lines: [`OTAN${NNBSP}: Membre depuis le 6 mai 1955`],
    });
  });

  it("keeps the day a member joined through another counted status, and says which it holds", () => {
    expect(card({ iso3: "FRA" }, "1970-01-01").lines).toEqual([
      "NATO: Member since 4 April 1949",
      "Member outside the integrated military command since 1 July 1966",
    ]);
    expect(card({ iso3: "DDR" }, "1960-01-01", "en", "warsaw-pact").lines).toEqual(["Warsaw Pact: Member since 14 May 1955"]);
  });

  it("dates a partner's and a suspended member's status from the day it took it", () => {
    expect(card({ iso3: "SWE" }, "2024-03-06").lines).toEqual(["NATO: Partner since 9 May 1994"]);
    expect(card({ iso3: "SWE" }, "2024-03-07").lines).toEqual(["NATO: Member since 7 March 2024"]);
    expect(card({ iso3: "NZL" }, "2000-01-01", "en", "anzus").lines).toEqual(["ANZUS: Suspended since 11 August 1986"]);
  });

  it("names a historical state on its date, and says it is not in the bloc but in another", () => {
    expect(card({ iso3: "DDR" }, "1960-01-01")).toEqual({
      name: "East Germany",
      lines: ["NATO: Not in this bloc", "Warsaw Pact: Member since 14 May 1955"],
    });
    expect(card({ iso3: "DEU" }, "1960-01-01", "fr")).toEqual({
      name: "Allemagne de l'Ouest",
      lines: [`OTAN${NNBSP}: Membre depuis le 6 mai 1955`],
    });
    expect(card({ iso3: "CHE" }, "1960-01-01", "fr").lines).toEqual([`OTAN${NNBSP}: Hors de ce bloc`]);
  });

  it("says where a territory stands with its state, without the state's days", () => {
    expect(card({ iso3: "GRL" }, "2024-01-01")).toEqual({ name: "Greenland", lines: ["NATO: Member"] });
    expect(card({ iso3: "GUF" }, "2024-01-01").lines).toEqual(["Outside NATO's treaty area"]);
    expect(card({ iso3: "GUF" }, "2024-01-01", "fr").lines).toEqual(["Hors de la zone du traité (OTAN)"]);
    expect(card({ iso3: "USA", area: "US-HI" }, "2024-01-01", "fr").name).toBe("Hawaï");
  });

  it("adds the occupation of the area under the pointer while it lasts", () => {
    const crimea = { iso3: "UKR", occupation: "crimea" };
    expect(card(crimea, "2015-06-01")).toEqual({
      name: "Ukraine",
      lines: ["NATO: Partner since 8 February 1994", "Crimea: occupied by Russia since 27 February 2014"],
    });
    expect(card(crimea, "2015-06-01", "fr").lines).toContain(`Crimée${NNBSP}: occupé depuis le 27 février 2014 par${NNBSP}: Russie`);
    expect(card(crimea, "2013-06-01").lines).toEqual(["NATO: Partner since 8 February 1994"]);
  });
});
