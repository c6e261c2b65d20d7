import { describe, expect, it } from "vitest";
import type { ShardEvent } from "../../domain/schemas/event-data";
import { clusterEvents, placeEvents } from "./event-clusters";

const event = (id: string, start: string, end: string, countries: string[], place: ShardEvent["place"] = null): ShardEvent => ({
  id,
  date: { start, end, basis: "test" },
  summary: id,
  countries,
  blocs: [],
  people: [],
  quotes: [],
  place,
  article: { id: "a", title: "t", outlet: null, language: "fr" },
});
const points: Record<string, [number, number]> = { FRA: [2, 46], RUS: [90, 62] };

describe("placeEvents", () => {
  const events = [
    event("paris-day", "2022-02-04", "2022-02-04", ["FRA"]),
    event("vilnius", "2022-02-10", "2022-02-10", ["FRA"], { id: "vilnius", name: "Vilnius", lon: 25.3, lat: 54.7 }),
    event("range", "2022-01-03", "2022-04-04", ["RUS"]),
    event("far", "2019-01-01", "2019-01-01", ["FRA"]),
    event("nowhere", "2022-02-04", "2022-02-04", []),
  ];

  it("places events near the date at their place or first country, and marks those on the date", () => {
    const placed = placeEvents(events, "2022-02-04", (c) => points[c]);
    expect(placed.map((p) => [p.event.id, p.lon, p.current])).toEqual([
      ["paris-day", 2, true],
      ["vilnius", 25.3, false],
      ["range", 90, true],
    ]);
  });
});

describe("clusterEvents", () => {
  it("merges markers that would overlap on screen and keeps distant ones apart", () => {
    const placed = placeEvents(
      [event("a", "2022-02-04", "2022-02-04", ["FRA"]), event("b", "2022-02-04", "2022-02-04", ["FRA"]), event("c", "2022-02-04", "2022-02-04", ["RUS"])],
      "2022-02-04",
      (c) => points[c],
    );
    const project = (lon: number, lat: number) => ({ x: lon * 4, y: -lat * 4 });
    const clusters = clusterEvents(placed, project);
    expect(clusters.map((c) => c.members.map((m) => m.event.id))).toEqual([["a", "b"], ["c"]]);
    expect(clusterEvents(placed, (lon, lat) => ({ x: lon / 100, y: lat / 100 }))).toHaveLength(1);
  });
});
