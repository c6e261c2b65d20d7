import { describe, expect, it } from "vitest";
import { shardsForDate } from "./event-window";
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
