import { describe, expect, it } from "vitest";
import { eventShardSchema, eventsIndexSchema, readerArticleSchema } from "../../domain/schemas/event-data";
import { eventsStartingIn, firstNumbers, locateEvent } from "../../domain/event-search";
import { buildEventData, MAX_EVENT_MARKS } from "./build-event-data";
import { article, event, meta, testVocabulary as vocabulary } from "./test-fixtures";

describe("buildEventData", () => {
  const data = buildEventData(
    [
      article([event("a-day", "2022-02-04"), event("a-range", "2022-01-03", "2022-04-09")]),
      article([event("b-day", "2023-07-12")], "001_0123456789abcdef"),
    ],
    [meta({ url: "https://example.org/a" })],
    { vocabulary },
  );

  it("puts each event in every month its range overlaps, and nowhere else", () => {
    const months = Object.fromEntries(data.shards.map((s) => [s.id, s.events.map((e) => e.id)]));
    expect(months).toEqual({
      "2022-01": ["a-range"],
      "2022-02": ["a-range", "a-day"],
      "2022-03": ["a-range"],
      "2022-04": ["a-range"],
      "2023-07": ["b-day"],
    });
  });

  it("indexes the shards, the overall span and one mark per event", () => {
    expect(eventsIndexSchema.parse(data.index)).toEqual(data.index);
    expect(data.index).toMatchObject({ count: 3, first: "2022-01-03", last: "2023-07-12" });
    expect(data.index.shards.find((s) => s.id === "2022-02")).toEqual({
      id: "2022-02",
      start: "2022-02-01",
      end: "2022-02-28",
      count: 2,
      starts: 1,
      file: "2022-02.json",
    });
    expect(data.index.timeline).toEqual({
      kind: "events",
      marks: [
        { id: "a-range", start: "2022-01-03", end: "2022-04-09" },
        { id: "a-day", start: "2022-02-04", end: "2022-02-04" },
        { id: "b-day", start: "2023-07-12", end: "2023-07-12" },
      ],
    });
  });

  it("numbers the events so that each number leads to its shard and its place among the events starting there", () => {
    const { shards, index } = data;
    const firsts = firstNumbers(index.shards);
    const order = index.timeline.kind === "events" ? index.timeline.marks.map((m) => m.id) : [];
    expect(order).toHaveLength(3);
    order.forEach((id, n) => {
      const at = locateEvent(index.shards, firsts, n);
      const shard = shards[at?.shard ?? -1];
      expect(shard && eventsStartingIn(shard)[at?.place ?? -1]?.id).toBe(id);
    });
    expect(locateEvent(index.shards, firsts, order.length)).toBeNull();
  });

  it("gives the panel the article's title and outlet and the reader its quote spans", () => {
    for (const shard of data.shards) eventShardSchema.parse(shard);
    expect(data.shards[0]?.events[0]?.article).toEqual({ id: "000_0123456789abcdef", title: "Titre", outlet: "AFP", language: "fr" });
    const reader = readerArticleSchema.parse(data.articles[0]);
    expect(reader.url).toBe("https://example.org/a");
    expect(reader.quotes.map((q) => q.eventId)).toEqual(["a-day", "a-range"]);
  });

  it("switches to per-day counts when marks would make the index large", () => {
    const many = Array.from({ length: MAX_EVENT_MARKS + 1 }, (_, i) => event(`e${i}`, i % 2 ? "2022-02-04" : "2022-02-05"));
    const { index } = buildEventData([article(many)], [], { vocabulary });
    expect(index.timeline).toEqual({
      kind: "days",
      days: [
        { day: "2022-02-04", count: MAX_EVENT_MARKS / 2 },
        { day: "2022-02-05", count: MAX_EVENT_MARKS / 2 + 1 },
      ],
    });
  });

  it("refuses two events with the same id", () => {
    expect(() => buildEventData([article([event("x", "2022-02-04"), event("x", "2022-02-05")])], [], { vocabulary })).toThrow(/"x" appears twice/);
  });
});
