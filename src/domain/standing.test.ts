import { describe, expect, it } from "vitest";
import anzusJson from "../../data/blocs/anzus.json";
import natoJson from "../../data/blocs/nato.json";
import russiaChinaJson from "../../data/blocs/russia-china.json";
import warsawJson from "../../data/blocs/warsaw-pact.json";
import occupationsJson from "../../data/states/occupations.json";
import periodsJson from "../../data/states/periods.json";
import territoriesJson from "../../data/states/territories.json";
import { buildMembershipIndex } from "./membership";
import { blocSchema } from "./schemas/bloc";
import { toAppStates } from "./schemas/app-states";
import { statesFileSchema } from "./schemas/states";
import { standingOn } from "./standing";
import { buildStatesIndex } from "./states";

const blocs = [natoJson, warsawJson, anzusJson, russiaChinaJson].map((json) => blocSchema.parse(json));
const data = { index: buildMembershipIndex(blocs), byId: new Map(blocs.map((b) => [b.id, b])) };
const states = buildStatesIndex(toAppStates(statesFileSchema.parse({ ...periodsJson, ...occupationsJson, ...territoriesJson })));
const kind = (iso3: string, bloc: string, day: string, area?: string) => standingOn(data, states, { iso3, area }, bloc, day).kind;

describe("standingOn", () => {
  it("colours a territory with its state only inside the treaty area", () => {
    expect(kind("GRL", "nato", "1960-01-01")).toBe("member");
    expect(kind("BMU", "nato", "1960-01-01")).toBe("member");
    expect(kind("GUF", "nato", "1960-01-01")).toBe("outside-treaty-area");
    expect(kind("GUM", "nato", "2000-01-01")).toBe("outside-treaty-area");
    expect(kind("USA", "nato", "2000-01-01", "US-HI")).toBe("outside-treaty-area");
    expect(kind("USA", "anzus", "2000-01-01", "US-HI")).toBe("member");
    expect(kind("PRI", "anzus", "2000-01-01")).toBe("outside-treaty-area");
  });

  it("covers Algeria as French departments until 3 July 1962, then as the country it became", () => {
    expect(kind("DZA", "nato", "1955-01-01")).toBe("member");
    expect(kind("DZA", "nato", "1962-07-02")).toBe("member");
    expect(kind("DZA", "nato", "1962-07-03")).toBe("none");
  });

  it("follows Hong Kong from a British colony outside NATO's area to part of China", () => {
    expect(kind("HKG", "nato", "1990-01-01")).toBe("outside-treaty-area");
    expect(kind("HKG", "russia-china", "1990-01-01")).toBe("none");
    expect(kind("HKG", "russia-china", "2002-01-01")).toBe("member");
    expect(kind("HKG", "nato", "2002-01-01")).toBe("other-bloc");
  });

  it("shows a state in another bloc when it is not in the highlighted one", () => {
    expect(standingOn(data, states, { iso3: "DDR" }, "nato", "1960-01-01")).toEqual({ kind: "other-bloc", bloc: "warsaw-pact" });
    expect(kind("SUN", "warsaw-pact", "1960-01-01")).toBe("member");
    expect(kind("DEU", "nato", "1960-01-01")).toBe("member");
  });
});
