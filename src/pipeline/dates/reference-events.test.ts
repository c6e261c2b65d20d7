import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { weekday } from "../../domain/day";
import { parseReferenceEvents } from "./reference-events";

const FILE = fileURLToPath(new URL("../../../data/reference-events.json", import.meta.url));
const SUNDAY = 0;

describe("data/reference-events.json", () => {
  const events = parseReferenceEvents(JSON.parse(readFileSync(FILE, "utf8")), "reference-events.json");
  const byId = new Map(events.map((e) => [e.id, e]));

  it("holds the reviewed dates the date rules rely on", () => {
    expect(byId.get("nato-summit-vilnius-2023")).toMatchObject({ start: "2023-07-11", end: "2023-07-12" });
    expect(byId.get("winter-olympics-beijing-2022")).toMatchObject({ start: "2022-02-04", end: "2022-02-04" });
    expect(byId.get("french-presidential-election-2022")).toMatchObject({ start: "2022-04-10" });
    expect(byId.get("russia-china-treaty-2001")).toMatchObject({ start: "2001-07-16" });
  });

  it("has French presidential first rounds on Sundays", () => {
    const elections = events.filter((e) => e.series === "french-presidential-election");
    expect(elections.length).toBeGreaterThanOrEqual(3);
    for (const e of elections) expect(weekday(e.start)).toBe(SUNDAY);
  });
});

describe("parseReferenceEvents", () => {
  const valid = {
    id: "x",
    label: "X",
    start: "2023-07-11",
    end: "2023-07-12",
    patterns: { fr: ["x"], en: ["x"] },
    source: { title: "t", url: "https://example.org" },
  };

  it("names the file and the field path of a malformed entry", () => {
    expect(() => parseReferenceEvents({ events: [valid, { ...valid, id: "y", start: "2023-02-30" }] }, "ref.json")).toThrow(
      /^ref\.json: events\.1\.start: /,
    );
    expect(() => parseReferenceEvents({ events: [{ ...valid, patterns: { fr: ["("], en: [] } }] }, "ref.json")).toThrow(
      /ref\.json: events\.0\.patterns\.fr\.0: not a valid regular expression/,
    );
    expect(() => parseReferenceEvents({ events: [{ ...valid, end: "2023-07-10" }] }, "ref.json")).toThrow(/events\.0\.end/);
  });

  it("refuses duplicate ids", () => {
    expect(() => parseReferenceEvents({ events: [valid, valid] }, "ref.json")).toThrow(/events\.1\.id: duplicate/);
  });
});
