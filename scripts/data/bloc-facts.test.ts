import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isIsoDay, today } from "../../src/domain/day";

/**
 * Every dated fact of every bloc file, read as raw JSON (not through the schema the app uses): each has
 * a well-formed day, a source a reviewer can open (a title naming its publisher, "Publisher — what",
 * and an http(s) address), each status other than plain membership says why, and no country's
 * intervals in a bloc overlap.
 */
const BLOCS_DIR = fileURLToPath(new URL("../../data/blocs", import.meta.url));

interface RawSource {
  title?: unknown;
  url?: unknown;
}
interface RawInterval {
  from?: unknown;
  to?: unknown;
  status?: unknown;
  note?: { en?: unknown; fr?: unknown };
  source?: RawSource;
}
interface RawBloc {
  founded: { date: unknown; source: RawSource };
  milestones: { date: unknown; source: RawSource }[];
  treatyArea?: { source: RawSource; covers: { from?: unknown; to?: unknown; source?: RawSource }[] };
  members: { country: string; intervals: RawInterval[] }[];
}

const files = readdirSync(BLOCS_DIR).filter((f) => f.endsWith(".json") && f !== "index.json");
const blocs = files.map((file) => ({ file, bloc: JSON.parse(readFileSync(path.join(BLOCS_DIR, file), "utf8")) as RawBloc }));

function expectDay(value: unknown, where: string): void {
  expect(typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) && isIsoDay(value), `${where}: ${String(value)}`).toBe(true);
  expect(String(value) <= today(), `${where}: ${String(value)} is in the future`).toBe(true);
}

function expectSource(source: RawSource | undefined, where: string): void {
  expect(typeof source?.title, `${where}: source title`).toBe("string");
  expect(String(source?.title), `${where}: the title names its publisher, "Publisher — what"`).toMatch(/^\S.* — \S/);
  expect(String(source?.url), `${where}: source address`).toMatch(/^https?:\/\/[^\s/]+\.[^\s]+$/);
}

describe.each(blocs)("$file", ({ file, bloc }) => {
  it("dates and sources its foundation, milestones and treaty area", () => {
    expectDay(bloc.founded.date, `${file} founded`);
    expectSource(bloc.founded.source, `${file} founded`);
    bloc.milestones.forEach((m, i) => {
      expectDay(m.date, `${file} milestones.${i}`);
      expectSource(m.source, `${file} milestones.${i}`);
    });
    if (bloc.treatyArea) expectSource(bloc.treatyArea.source, `${file} treatyArea`);
    bloc.treatyArea?.covers.forEach((cover, i) => {
      if (cover.from !== undefined) expectDay(cover.from, `${file} treatyArea.covers.${i}.from`);
      if (cover.to !== undefined) expectDay(cover.to, `${file} treatyArea.covers.${i}.to`);
      if (cover.from !== undefined || cover.to !== undefined) expectSource(cover.source, `${file} treatyArea.covers.${i}`);
    });
  });

  it("dates and sources every interval, and explains every status but plain membership", () => {
    for (const { country, intervals } of bloc.members) {
      intervals.forEach((interval, i) => {
        const where = `${file} ${country} intervals.${i}`;
        expectDay(interval.from, `${where}.from`);
        if (interval.to !== undefined) expectDay(interval.to, `${where}.to`);
        expectSource(interval.source, where);
        expect(String(interval.from) >= String(bloc.founded.date), `${where}: before the bloc was founded`).toBe(true);
        if (interval.status !== "member") {
          expect(typeof interval.note?.en === "string" && typeof interval.note.fr === "string", `${where}: a ${String(interval.status)} says why`).toBe(true);
        }
      });
    }
  });

  it("never gives a country two intervals that overlap", () => {
    for (const { country, intervals } of bloc.members) {
      const spans = intervals.map((i) => [String(i.from), i.to === undefined ? null : String(i.to)] as const);
      spans.forEach(([from, to], i) => {
        expect(to === null || from < to, `${file} ${country}: ${from} → ${to}`).toBe(true);
        spans.slice(i + 1).forEach(([otherFrom, otherTo]) => {
          const apart = (to !== null && to <= otherFrom) || (otherTo !== null && otherTo <= from);
          expect(apart, `${file} ${country}: ${from}–${to ?? "…"} overlaps ${otherFrom}–${otherTo ?? "…"}`).toBe(true);
        });
      });
    }
  });
});

describe("the dates the Cold War blocs turn on", () => {
  const byId = new Map(blocs.map(({ file, bloc }) => [file.replace(/\.json$/, ""), bloc]));
  const intervalsOf = (bloc: string, country: string) =>
    byId.get(bloc)?.members.find((m) => m.country === country)?.intervals.map((i) => [i.from, i.to ?? null, i.status]);

  it("matches the dates the sources give", () => {
    expect(byId.get("warsaw-pact")?.founded.date).toBe("1955-05-14");
    expect(intervalsOf("warsaw-pact", "SUN")).toEqual([["1955-05-14", "1991-07-01", "member"]]);
    expect(intervalsOf("warsaw-pact", "ALB")).toEqual([
      ["1955-05-14", "1961-03-30", "member"],
      ["1961-03-30", "1968-09-13", "inactive"],
    ]);
    expect(intervalsOf("warsaw-pact", "DDR")?.at(-1)).toEqual(["1956-01-28", "1990-10-03", "member"]);
    expect(intervalsOf("nato", "GRC")).toEqual([
      ["1952-02-18", "1974-08-14", "member"],
      ["1974-08-14", "1980-10-20", "member-outside-command"],
      ["1980-10-20", null, "member"],
    ]);
    expect(intervalsOf("anzus", "NZL")).toEqual([
      ["1951-09-01", "1986-08-11", "member"],
      ["1986-08-11", null, "suspended"],
    ]);
    expect(intervalsOf("csto", "UZB")).toEqual([
      ["1992-05-15", "1999-04-20", "member"],
      ["2006-06-23", "2012-06-28", "member"],
    ]);
    expect(intervalsOf("csto", "ARM")?.at(-1)).toEqual(["2024-02-22", null, "inactive"]);
    expect(intervalsOf("sco", "IND")?.at(-1)).toEqual(["2017-06-09", null, "member"]);
    expect(intervalsOf("sco", "IRN")?.at(-1)).toEqual(["2023-07-04", null, "member"]);
    expect(intervalsOf("sco", "BLR")?.at(-1)).toEqual(["2024-07-04", null, "member"]);
    expect(intervalsOf("russia-china", "SUN")).toEqual([["1950-02-14", "1980-04-11", "member"]]);
  });
});
