import { describe, expect, it } from "vitest";
import occupationsJson from "../../data/states/occupations.json";
import periodsJson from "../../data/states/periods.json";
import territoriesJson from "../../data/states/territories.json";
import { FORMER_STATES, isKnownCountry } from "./countries";
import { toAppStates } from "./schemas/app-states";
import { statesFileSchema } from "./schemas/states";
import {
  buildStatesIndex,
  containingPeriodOn,
  isFormerState,
  lifetimeOf,
  nameOn,
  occupationsOf,
  periodOn,
  sovereignOn,
} from "./states";

const full = statesFileSchema.parse({ ...periodsJson, ...occupationsJson, ...territoriesJson });
const file = toAppStates(full);
const index = buildStatesIndex(file);

describe("the states data", () => {
  it("names every code it uses, and every former state has a name in the interface", () => {
    const codes = [
      ...file.periods.flatMap((p) => [p.code, ...p.parts]),
      ...file.occupations.flatMap((o) => [o.sovereign, o.occupier]),
      ...file.territories.flatMap((t) => t.sovereignty.map((s) => s.state)),
    ];
    for (const code of codes) expect(isKnownCountry(code), code).toBe(true);
    expect([...file.formerStates].sort()).toEqual(Object.keys(FORMER_STATES).sort());
    expect(full.formerStates.map((s) => s.code).sort()).toEqual([...file.formerStates].sort());
  });

  it("never draws two periods of one state on the same day", () => {
    for (const [code, periods] of index.periodsOf) {
      const sorted = [...periods].sort((a, b) => (a.from ?? "") < (b.from ?? "") ? -1 : 1);
      sorted.forEach((period, i) => {
        const next = sorted[i + 1];
        if (next) expect(period.to !== undefined && period.to <= (next.from ?? ""), `${code} ${period.from}`).toBe(true);
      });
    }
  });
});

describe("states through time", () => {
  it("draws the Soviet Union until 25 December 1991, and its republics within it", () => {
    expect(periodOn(index, "SUN", "1960-01-01")?.parts).toEqual(expect.arrayContaining(["RUS", "UKR", "EST"]));
    expect(periodOn(index, "SUN", "1991-10-01")?.parts).toEqual(expect.not.arrayContaining(["EST"]));
    expect(periodOn(index, "SUN", "1991-12-25")).toBeDefined();
    expect(periodOn(index, "SUN", "1991-12-26")).toBeUndefined();
    expect(containingPeriodOn(index, "UKR", "1960-01-01")?.code).toBe("SUN");
    expect(containingPeriodOn(index, "EST", "1991-09-06")).toBeUndefined();
    expect(containingPeriodOn(index, "UKR", "1992-01-01")).toBeUndefined();
    expect(lifetimeOf(index, "SUN")).toEqual({ to: "1991-12-26" });
    expect(isFormerState(index, "SUN")).toBe(true);
    expect(isFormerState(index, "DEU")).toBe(false);
  });

  it("names West Germany and North Yemen by date, and keeps their codes", () => {
    expect(nameOn(index, "DEU", "en", "1960-01-01")).toBe("West Germany");
    expect(nameOn(index, "DEU", "en", "1990-10-03")).toBe("Germany");
    expect(nameOn(index, "DEU", "fr", "1990-10-02")).toBe("Allemagne de l'Ouest");
    expect(nameOn(index, "YEM", "en", "1980-01-01")).toBe("North Yemen");
    expect(nameOn(index, "DDR", "en", "1960-01-01")).toBe("East Germany");
    expect(nameOn(index, "US-HI", "fr", "2000-01-01")).toBe("Hawaï");
  });

  it("follows Yugoslavia's breakup into Serbia and Montenegro, then Serbia", () => {
    expect(periodOn(index, "YUG", "1991-06-24")?.parts).toEqual(expect.arrayContaining(["SVN", "HRV"]));
    expect(periodOn(index, "YUG", "1991-06-25")?.parts).toEqual(expect.not.arrayContaining(["SVN"]));
    expect(nameOn(index, "YUG", "en", "1995-01-01")).toBe("Yugoslavia (Serbia and Montenegro)");
    expect(periodOn(index, "SCG", "2004-01-01")).toBeDefined();
    expect(containingPeriodOn(index, "XKK", "2007-01-01")?.code).toBe("SRB");
    expect(containingPeriodOn(index, "XKK", "2008-02-17")).toBeUndefined();
  });
});

describe("territories and occupations", () => {
  it("gives territories their state on each date", () => {
    expect(sovereignOn(index, "GRL", "1960-01-01")).toBe("DNK");
    expect(sovereignOn(index, "HKG", "1997-06-30")).toBe("GBR");
    expect(sovereignOn(index, "HKG", "1997-07-01")).toBe("CHN");
    expect(sovereignOn(index, "DZA", "1962-07-02")).toBe("FRA");
    expect(sovereignOn(index, "DZA", "1962-07-03")).toBeNull();
    expect(sovereignOn(index, "FRA", "2000-01-01")).toBeNull();
  });

  it("lists Crimea under Ukraine, occupied by Russia from 27 February 2014", () => {
    const [crimea] = occupationsOf(index, "UKR");
    expect(crimea).toMatchObject({ id: "crimea", sovereign: "UKR", occupier: "RUS", from: "2014-02-27" });
    expect(crimea?.policy.url).toMatch(/A\/RES\/68\/262/);
    expect(occupationsOf(index, "RUS").map((o) => o.id)).toEqual(["crimea"]);
  });
});
