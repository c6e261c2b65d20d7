import { describe, expect, it } from "vitest";
import { eventsBetween, shardsForDate } from "./event-window";
import type { ShardRef } from "./schemas/event-data";

const month = (id: string, end: string): ShardRef => ({ id, start: `${id}-01`, end, count: 1, starts: 1, file: `${id}.json` });
const shards = [
  month("2020-01", "2020-01-31"),
  month("2022-01", "2022-01-31"),
  month("2022-02", "2022-02-28"),
  month("2022-03", "2022-03-31"),
  month("2022-09", "2022-09-30"),
  month("2026-06", "2026-06-30"),
];

describe("shardsForDate", () => {
  it("takes the shards around the date and the nearest one on each side", () => {
    expect(shardsForDate(shards, "2022-02-04", 10).map((s) => s.id)).toEqual(["2020-01", "2022-01", "2022-02", "2022-03"]);
    expect(shardsForDate(shards, "2022-02-15", 10).map((s) => s.id)).toEqual(["2022-01", "2022-02", "2022-03"]);
  });

  it("reaches far for the nearest events when the date is in a quiet period", () => {
    expect(shardsForDate(shards, "2024-01-01", 10).map((s) => s.id)).toEqual(["2022-09", "2026-06"]);
    expect(shardsForDate(shards, "1950-01-01", 10).map((s) => s.id)).toEqual(["2020-01"]);
  });
});

describe("eventsBetween", () => {
  const marks = {
    kind: "events" as const,
    marks: [
      { id: "a", start: "1989-12-01", end: "1990-01-15" },
      { id: "b", start: "2001-09-11", end: "2001-09-11" },
      { id: "c", start: "2022-02-07", end: "2022-02-07" },
      { id: "d", start: "2025-01-01", end: "2025-01-01" },
    ],
  };

  it("counts the events overlapping the span, in either order, and where the first one starts within it", () => {
    expect(eventsBetween(marks, "1990-01-01", "2024-03-07")).toEqual({ count: 3, first: "1990-01-01" });
    expect(eventsBetween(marks, "2024-03-07", "1995-01-01")).toEqual({ count: 2, first: "2001-09-11" });
    expect(eventsBetween(marks, "2002-01-01", "2022-02-06")).toEqual({ count: 0, first: null });
  });

  it("adds up per-day counts when the index gives days instead of events", () => {
    const days = { kind: "days" as const, days: [{ day: "2001-09-11", count: 4 }, { day: "2022-02-07", count: 2 }, { day: "2025-01-01", count: 1 }] };
    expect(eventsBetween(days, "2000-01-01", "2022-02-07")).toEqual({ count: 6, first: "2001-09-11" });
  });
});
