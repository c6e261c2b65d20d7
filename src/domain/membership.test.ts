import { describe, expect, it } from "vitest";
import aukusJson from "../../data/blocs/aukus.json";
import natoJson from "../../data/blocs/nato.json";
import russiaChinaJson from "../../data/blocs/russia-china.json";
import { addDays, dayFromNumber, dayNumber } from "./day";
import {
  blocsOfCountryOn,
  buildMembershipIndex,
  changeAtOrBefore,
  changeDays,
  countedMembersOn,
  countryHistory,
  membersOn,
  nextChange,
  previousChange,
  statusDiff,
  statusOn,
} from "./membership";
import { COUNTED_STATUSES } from "./membership-status";
import { blocSchema, type Bloc } from "./schemas/bloc";

const SOURCE = { title: "test fixture", url: "https://example.org/fixture" };

/** A made-up bloc exercising what the real data lacks: a partner, a suspension and an exit. */
const fixture: Bloc = blocSchema.parse({
  id: "fixture",
  names: { en: "Fixture", fr: "Fixture" },
  shortNames: { en: "FIX", fr: "FIX" },
  kind: "forum",
  colour: "#123456",
  description: { en: "Test bloc", fr: "Bloc de test" },
  founded: { date: "2000-01-01", source: SOURCE },
  milestones: [],
  members: [
    {
      country: "AAA",
      intervals: [
        { from: "2000-01-01", to: "2005-01-01", status: "member", source: SOURCE },
        { from: "2005-01-01", to: "2006-01-01", status: "suspended", source: SOURCE },
        { from: "2006-01-01", to: "2010-01-01", status: "member", source: SOURCE },
      ],
    },
    {
      country: "BBB",
      intervals: [
        { from: "2001-06-01", to: "2003-01-01", status: "partner", source: SOURCE },
        { from: "2003-01-01", status: "member", source: SOURCE },
      ],
    },
    { country: "CCC", intervals: [{ from: "2000-01-01", status: "member", source: SOURCE }] },
  ],
});

const blocs = [natoJson, aukusJson, russiaChinaJson].map((json) => blocSchema.parse(json));
const index = buildMembershipIndex([...blocs, fixture]);
const counted = (blocId: string, day: string) => countedMembersOn(index, blocId, day).map((m) => m.country);

/** NATO's enlargements: the day each round took effect and how many countries joined. */
const ENLARGEMENTS: [string, number][] = [
  ["1949-04-04", 12],
  ["1952-02-18", 2],
  ["1955-05-06", 1],
  ["1982-05-30", 1],
  ["1999-03-12", 3],
  ["2004-03-29", 7],
  ["2009-04-01", 2],
  ["2017-06-05", 1],
  ["2020-03-27", 1],
  ["2023-04-04", 1],
  ["2024-03-07", 1],
];

describe("NATO membership over time", () => {
  it("grows by exactly the round's size on each enlargement day, not the day before", () => {
    for (const [day, size] of ENLARGEMENTS) {
      const before = counted("nato", addDays(day, -1)).length;
      expect(counted("nato", day).length - before, day).toBe(size);
      expect(counted("nato", addDays(day, -2)).length, day).toBe(before);
    }
    expect(ENLARGEMENTS.reduce((sum, [, size]) => sum + size, 0)).toBe(32);
  });

  it("counts 12, 30, 31 with Finland, and 32 at the known days", () => {
    expect(counted("nato", "1949-04-03")).toEqual([]);
    expect(counted("nato", "1949-04-04")).toHaveLength(12);
    expect(counted("nato", "2023-04-03")).toHaveLength(30);
    expect(counted("nato", "2023-04-04")).toHaveLength(31);
    expect(counted("nato", "2023-04-04")).toContain("FIN");
    expect(counted("nato", "2024-03-06")).not.toContain("SWE");
    expect(counted("nato", "2024-03-07")).toHaveLength(32);
  });

  it("keeps France counted while outside the integrated command", () => {
    expect(statusOn(index, "nato", "FRA", "1966-06-30")).toBe("member");
    expect(statusOn(index, "nato", "FRA", "1970-01-01")).toBe("member-outside-command");
    expect(COUNTED_STATUSES.has("member-outside-command")).toBe(true);
    expect(counted("nato", "1970-01-01")).toContain("FRA");
    expect(statusOn(index, "nato", "FRA", "2009-04-03")).toBe("member-outside-command");
    expect(statusOn(index, "nato", "FRA", "2009-04-04")).toBe("member");
  });

  it("lists the change days: every enlargement, France's and Greece's status changes, each with its changes", () => {
    const days = changeDays(index, "nato");
    const statusChanges = ["1966-07-01", "1974-08-14", "1980-10-20", "2009-04-04"];
    expect(days).toEqual(expect.arrayContaining([...ENLARGEMENTS.map(([day]) => day), ...statusChanges]));
    expect([...days].sort()).toEqual(days);
    for (const day of days) expect(changeAtOrBefore(index, "nato", day)?.changes.length, day).toBeGreaterThan(0);
  });

  it("steps to the previous and next change, strictly", () => {
    expect(previousChange(index, "nato", "2023-04-04")).toBe("2020-03-27");
    expect(previousChange(index, "nato", "2023-04-05")).toBe("2023-04-04");
    expect(nextChange(index, "nato", "2023-04-04")).toBe("2024-03-07");
    expect(nextChange(index, "nato", "2009-04-01")).toBe("2009-04-04");
    expect(previousChange(index, "nato", "1949-04-04")).toBeNull();
    expect(nextChange(index, "nato", "2024-03-07")).toBeNull();
    expect(nextChange(index, "nato", "1900-01-01")).toBe("1949-04-04");
  });

  it("says what changed at the last change point", () => {
    expect(changeAtOrBefore(index, "nato", "1970-01-01")).toEqual({
      date: "1966-07-01",
      changes: [{ country: "FRA", kind: "status-changed", from: "member", to: "member-outside-command" }],
    });
    const finland = changeAtOrBefore(index, "nato", "2023-12-31");
    expect(finland?.date).toBe("2023-04-04");
    expect(finland?.changes).toEqual([{ country: "FIN", kind: "status-changed", from: "partner", to: "member" }]);
    const greece = changeAtOrBefore(index, "nato", "1977-01-01");
    expect(greece).toEqual({
      date: "1974-08-14",
      changes: [{ country: "GRC", kind: "status-changed", from: "member", to: "member-outside-command" }],
    });
    expect(changeAtOrBefore(index, "nato", "1949-04-03")).toBeNull();
  });
});

describe("other blocs", () => {
  it("has no AUKUS before 15 September 2021 and three members after", () => {
    expect(counted("aukus", "2021-09-01")).toEqual([]);
    expect(counted("aukus", "2021-09-14")).toEqual([]);
    expect(counted("aukus", "2021-09-16")).toEqual(["AUS", "GBR", "USA"]);
  });

  it("finds every bloc a country is in", () => {
    expect(blocsOfCountryOn(index, "USA", "2022-01-01").map((b) => b.bloc)).toEqual(["nato", "aukus"]);
    expect(blocsOfCountryOn(index, "USA", "2020-01-01").map((b) => b.bloc)).toEqual(["nato"]);
    expect(blocsOfCountryOn(index, "CHN", "2000-01-01")).toEqual([]);
    expect(blocsOfCountryOn(index, "CHN", "2001-07-16").map((b) => [b.bloc, b.status])).toEqual([
      ["russia-china", "member"],
    ]);
  });

  it("gives a country's history per bloc", () => {
    const history = countryHistory(blocs, "GBR");
    expect(history.map((h) => h.bloc.id)).toEqual(["nato", "aukus"]);
    expect(countryHistory(blocs, "FRA")[0]?.intervals.map((i) => i.status)).toEqual([
      "member",
      "member-outside-command",
      "member",
    ]);
    expect(countryHistory(blocs, "BRA")).toEqual([]);
  });

  it("rejects an unknown bloc id", () => {
    expect(() => membersOn(index, "warsaw-pact", "1960-01-01")).toThrow(/unknown bloc "warsaw-pact"/);
  });
});

describe("a bloc with a partner, a suspension and an exit", () => {
  it("shows every status but counts only members", () => {
    const on2002 = membersOn(index, "fixture", "2002-01-01").map((m) => [m.country, m.status]);
    expect(on2002).toEqual([
      ["AAA", "member"],
      ["BBB", "partner"],
      ["CCC", "member"],
    ]);
    expect(counted("fixture", "2002-01-01")).toEqual(["AAA", "CCC"]);
    expect(statusOn(index, "fixture", "AAA", "2005-06-01")).toBe("suspended");
    expect(counted("fixture", "2005-06-01")).toEqual(["BBB", "CCC"]);
  });

  it("drops a country on its exit day, which `to` excludes", () => {
    expect(statusOn(index, "fixture", "AAA", "2009-12-31")).toBe("member");
    expect(statusOn(index, "fixture", "AAA", "2010-01-01")).toBeNull();
    expect(membersOn(index, "fixture", "2010-01-01").map((m) => m.country)).toEqual(["BBB", "CCC"]);
    expect(changeAtOrBefore(index, "fixture", "2012-01-01")).toEqual({
      date: "2010-01-01",
      changes: [{ country: "AAA", kind: "left", from: "member", to: null }],
    });
    expect(statusDiff(index, "fixture", "2009-06-01", "2011-01-01")).toEqual([
      { country: "AAA", kind: "left", from: "member", to: null },
    ]);
  });

  it("reports no change across a suspension that ends in the same status", () => {
    expect(statusDiff(index, "fixture", "2004-06-01", "2007-01-01")).toEqual([]);
    expect(statusDiff(index, "fixture", "2004-06-01", "2005-01-01").map((c) => c.to)).toEqual(["suspended"]);
  });

  it("returns the same array for days in one stretch, so callers can skip work", () => {
    expect(membersOn(index, "fixture", "2007-01-01")).toBe(membersOn(index, "fixture", "2008-06-30"));
  });
});

/** A small deterministic PRNG (mulberry32), so the property test is reproducible. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function bruteForceDiff(blocId: string, fromDay: string, toDay: string): [string, string | null, string | null][] {
  const statusMap = (day: string) => new Map(membersOn(index, blocId, day).map((m) => [m.country, m.status]));
  const before = statusMap(fromDay);
  const after = statusMap(toDay);
  return [...new Set([...before.keys(), ...after.keys()])]
    .sort()
    .filter((country) => before.get(country) !== after.get(country))
    .map((country) => [country, before.get(country) ?? null, after.get(country) ?? null]);
}

describe("statusDiff", () => {
  const PAIRS_PER_BLOC = 500; // random day pairs checked per bloc
  const FIRST = dayNumber("1945-01-01");
  const LAST = dayNumber("2030-12-31");

  it("equals the brute-force difference of membersOn for random pairs of days", () => {
    const random = seededRandom(20240307);
    const randomDay = () => dayFromNumber(FIRST + Math.floor(random() * (LAST - FIRST + 1)));
    for (const blocId of index.blocIds) {
      for (let i = 0; i < PAIRS_PER_BLOC; i++) {
        const [fromDay, toDay] = [randomDay(), randomDay()];
        const diff = statusDiff(index, blocId, fromDay, toDay).map((c) => [c.country, c.from, c.to]);
        expect(diff, `${blocId} ${fromDay} → ${toDay}`).toEqual(bruteForceDiff(blocId, fromDay, toDay));
      }
    }
  });

  it("recolours exactly the joining countries across an enlargement day", () => {
    expect(statusDiff(index, "nato", "2004-03-28", "2004-03-29").map((c) => c.country)).toEqual([
      "BGR",
      "EST",
      "LTU",
      "LVA",
      "ROU",
      "SVK",
      "SVN",
    ]);
    // Back across it, they return to the Partnership for Peace they had signed in 1994.
    expect(statusDiff(index, "nato", "2004-03-29", "2004-03-28").every((c) => c.to === "partner")).toBe(true);
  });
});
