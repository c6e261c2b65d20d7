import { describe, expect, it } from "vitest";
import type { EventShard, EventsIndex, ShardEvent, ShardRef } from "../../domain/schemas/event-data";
import { eventMarksOf, mergeShardEvents, neighbourShards } from "./use-events";

const event = (id: string, start: string, end = start): ShardEvent => ({
  id,
  date: { start, end, basis: "test" },
  summary: id,
  countries: [],
  blocs: [],
  people: [],
  quotes: [],
  place: null,
  article: { id: "000_90e75e902162ad50", title: "t", outlet: null, language: "fr" },
});
const month = (id: string): ShardRef => ({ id, start: `${id}-01`, end: `${id}-28`, count: 1, starts: 1, file: `${id}.json` });
const shard = (id: string, events: ShardEvent[]): EventShard => ({ id, start: `${id}-01`, end: `${id}-28`, events });

describe("mergeShardEvents", () => {
  it("lists an event spanning months once, everything in date order, skipping shards not loaded", () => {
    const range = event("range", "2022-01-03", "2022-04-04");
    const merged = mergeShardEvents([
      shard("2022-02", [event("feb", "2022-02-04"), range]),
      undefined,
      shard("2022-01", [range, event("jan", "2022-01-20")]),
    ]);
    expect(merged.map((e) => e.id)).toEqual(["range", "jan", "feb"]);
  });
});

describe("neighbourShards", () => {
  const all = ["2021-01", "2021-05", "2022-01", "2022-02", "2023-07"].map(month);

  it("gives the shard just before and just after the chosen run", () => {
    expect(neighbourShards(all, [all[2], all[3]] as ShardRef[]).map((s) => s.id)).toEqual(["2021-05", "2023-07"]);
    expect(neighbourShards(all, [all[0]] as ShardRef[]).map((s) => s.id)).toEqual(["2021-05"]);
    expect(neighbourShards(all, [])).toEqual([]);
  });
});

describe("eventMarksOf", () => {
  const base = { count: 3, first: null, last: null, shards: [] };

  it("sorts per-event marks by start, then end", () => {
    const index: EventsIndex = {
      ...base,
      timeline: {
        kind: "events",
        marks: [
          { id: "b", start: "2022-02-04", end: "2022-02-04" },
          { id: "c", start: "2022-01-03", end: "2022-04-04" },
          { id: "a", start: "2022-01-03", end: "2022-01-03" },
        ],
      },
    };
    expect(eventMarksOf(index).map((m) => m.id)).toEqual(["a", "c", "b"]);
  });

  it("turns per-day counts into one-day marks without ids, each counting its day's events", () => {
    const index: EventsIndex = {
      ...base,
      timeline: { kind: "days", days: [{ day: "2023-07-12", count: 2 }, { day: "2022-02-04", count: 9 }] },
    };
    expect(eventMarksOf(index)).toEqual([
      { id: null, start: "2022-02-04", end: "2022-02-04", count: 9 },
      { id: null, start: "2023-07-12", end: "2023-07-12", count: 2 },
    ]);
  });
});
