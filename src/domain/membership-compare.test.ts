import { describe, expect, it } from "vitest";
import natoJson from "../../data/blocs/nato.json";
import warsawJson from "../../data/blocs/warsaw-pact.json";
import { countedMembersOn, buildMembershipIndex } from "./membership";
import { compareMembership, type ComparisonGroup } from "./membership-compare";
import { blocSchema, type Bloc } from "./schemas/bloc";

const SOURCE = { title: "test fixture", url: "https://example.org/fixture" };
const LEFT_SOURCE = { title: "left", url: "https://example.org/left" };

/** A made-up bloc with every kind of move: a partner joining, a member leaving, a status change, a suspension. */
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
        { from: "2006-01-01", to: "2010-01-01", status: "member", source: LEFT_SOURCE },
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
    {
      country: "DDD",
      intervals: [
        { from: "2000-01-01", to: "2004-01-01", status: "member", source: SOURCE },
        { from: "2004-01-01", status: "member-outside-command", source: SOURCE },
      ],
    },
    { country: "EEE", intervals: [{ from: "2001-01-01", to: "2008-01-01", status: "observer", source: SOURCE }] },
    { country: "FFF", intervals: [{ from: "2011-01-01", status: "member", source: SOURCE }] },
  ],
});

const groups = (bloc: Bloc, a: string, b: string) =>
  Object.fromEntries(compareMembership(bloc, a, b).countries.map((c) => [c.country, c.group])) as Record<string, ComparisonGroup>;

describe("compareMembership", () => {
  it("sorts every country with a status on either day into one group", () => {
    expect(groups(fixture, "2001-07-01", "2012-01-01")).toEqual({
      AAA: "left",
      BBB: "joined",
      CCC: "unchanged",
      DDD: "changed",
      EEE: "changed",
      FFF: "joined",
    });
  });

  it("runs from the earlier day to the later whichever comes first", () => {
    expect(compareMembership(fixture, "2012-01-01", "2001-07-01")).toEqual(compareMembership(fixture, "2001-07-01", "2012-01-01"));
    expect(compareMembership(fixture, "2012-01-01", "2001-07-01")).toMatchObject({ earlier: "2001-07-01", later: "2012-01-01" });
  });

  it("gives each move its dated fact: when membership began or ended, or the status now held began", () => {
    const byCountry = new Map(compareMembership(fixture, "2001-07-01", "2012-01-01").countries.map((c) => [c.country, c]));
    expect(byCountry.get("BBB")).toMatchObject({ before: "partner", after: "member", fact: { date: "2003-01-01", edge: "from" } });
    expect(byCountry.get("AAA")).toMatchObject({ before: "member", after: null, fact: { date: "2010-01-01", edge: "to" } });
    expect(byCountry.get("AAA")?.fact.interval.source).toEqual(LEFT_SOURCE);
    expect(byCountry.get("DDD")).toMatchObject({ after: "member-outside-command", fact: { date: "2004-01-01", edge: "from" } });
    expect(byCountry.get("EEE")).toMatchObject({ before: "observer", after: null, fact: { date: "2008-01-01", edge: "to" } });
  });

  it("counts a suspended member as having left, and its return as joining again", () => {
    expect(groups(fixture, "2004-06-01", "2005-06-01")["AAA"]).toBe("left");
    expect(groups(fixture, "2005-06-01", "2007-01-01")["AAA"]).toBe("joined");
    const back = compareMembership(fixture, "2005-06-01", "2007-01-01").countries.find((c) => c.country === "AAA");
    expect(back?.fact.date).toBe("2006-01-01");
  });

  it("finds nothing changed between a day and itself", () => {
    expect(new Set(Object.values(groups(fixture, "2003-06-01", "2003-06-01")))).toEqual(new Set(["unchanged"]));
  });

  it("agrees with the membership index on NATO from 1990 to Sweden's accession: 16 joined, Finland and Sweden last, none left", () => {
    const nato = blocSchema.parse(natoJson);
    const index = buildMembershipIndex([nato]);
    const { countries } = compareMembership(nato, "2024-03-07", "1990-01-01");
    const members = (day: string) => new Set(countedMembersOn(index, "nato", day).map((m) => m.country));
    const [before, now] = [members("1990-01-01"), members("2024-03-07")];
    const joined = countries.filter((c) => c.group === "joined").map((c) => c.country);
    expect(joined).toEqual([...now].filter((c) => !before.has(c)).sort());
    expect(joined).toHaveLength(16);
    expect(joined).toEqual(expect.arrayContaining(["FIN", "SWE"]));
    expect(countries.filter((c) => c.group === "left")).toEqual([]);
    const sweden = countries.find((c) => c.country === "SWE");
    expect(sweden?.fact).toMatchObject({ date: "2024-03-07", edge: "from" });
    expect(sweden?.fact.interval.source.title).toMatch(/Sweden/);
    expect(countries.find((c) => c.country === "FRA")).toMatchObject({ group: "changed", before: "member-outside-command", after: "member" });
  });

  it("sees the Warsaw Pact's members leave by its end", () => {
    const pact = blocSchema.parse(warsawJson);
    const { countries } = compareMembership(pact, "1985-01-01", "1995-01-01");
    expect(countries.length).toBeGreaterThan(0);
    expect(countries.every((c) => c.group === "left" && c.after === null)).toBe(true);
  });
});
