import { describe, expect, it } from "vitest";
import {
  dayForKey,
  dayToFraction,
  fractionToDay,
  spreadMarks,
  MIN_VIEW_DAYS,
  mergeStops,
  nextStop,
  playbackNext,
  panView,
  previousStop,
  rangeMarks,
  ticksFor,
  TIMELINE_START,
  viewShowing,
  zoomView,
} from "./timeline-controller";
import { dayNumber } from "../../domain/day";

const bounds = { start: TIMELINE_START, end: "2026-11-24" };
const stops = ["1952-02-18", "1955-05-09", "1982-05-30"];

describe("keyboard stepping", () => {
  it("moves a day with arrows, a year with Page Up/Down, to the ends with Home/End", () => {
    expect(dayForKey("ArrowRight", "2023-04-03", bounds)).toBe("2023-04-04");
    expect(dayForKey("ArrowLeft", "2023-03-01", bounds)).toBe("2023-02-28");
    expect(dayForKey("PageUp", "2023-04-04", bounds)).toBe("2024-04-04");
    expect(dayForKey("PageDown", "2024-02-29", bounds)).toBe("2023-02-28");
    expect(dayForKey("Home", "2000-01-01", bounds)).toBe(TIMELINE_START);
    expect(dayForKey("End", "2000-01-01", bounds)).toBe("2026-11-24");
    expect(dayForKey("a", "2000-01-01", bounds)).toBeNull();
  });

  it("never leaves the timeline", () => {
    expect(dayForKey("ArrowLeft", TIMELINE_START, bounds)).toBe(TIMELINE_START);
    expect(dayForKey("PageUp", "2026-06-01", bounds)).toBe("2026-11-24");
  });
});

describe("track positions", () => {
  it("maps days to fractions and back", () => {
    expect(dayToFraction(TIMELINE_START, bounds)).toBe(0);
    expect(dayToFraction(bounds.end, bounds)).toBe(1);
    expect(fractionToDay(dayToFraction("1990-10-03", bounds), bounds)).toBe("1990-10-03");
    expect(fractionToDay(-3, bounds)).toBe(TIMELINE_START);
  });
});

describe("stops", () => {
  it("finds the previous and next stop strictly around a day", () => {
    expect(nextStop(stops, "1952-02-18")).toBe("1955-05-09");
    expect(nextStop(stops, "1950-01-01")).toBe("1952-02-18");
    expect(nextStop(stops, "1990-01-01")).toBeNull();
    expect(previousStop(stops, "1955-05-09")).toBe("1952-02-18");
    expect(previousStop(stops, "1960-01-01")).toBe("1955-05-09");
    expect(previousStop(stops, "1952-02-18")).toBeNull();
  });

  it("restarts playback from the first stop when started at the end", () => {
    expect(playbackNext(stops, "2000-01-01", true)).toBe("1952-02-18");
    expect(playbackNext(stops, "1953-01-01", false)).toBe("1955-05-09");
    expect(playbackNext(stops, "2000-01-01", false)).toBeNull();
  });

  it("starts playback from the selected day, not from the first stop", () => {
    expect(playbackNext(stops, "1953-01-01", true)).toBe("1955-05-09");
  });

  it("merges stop lists sorted and unique", () => {
    expect(mergeStops(["2000-01-01", "1990-01-01"], ["1990-01-01", "1995-01-01"])).toEqual([
      "1990-01-01",
      "1995-01-01",
      "2000-01-01",
    ]);
  });
});

describe("event marks", () => {
  const marks = [
    { start: "2022-02-04", end: "2022-02-04" },
    { start: "2022-02-07", end: "2022-02-07" },
    { start: "1960-01-01", end: "1960-01-01" },
    { start: "2022-01-03", end: "2022-04-04" },
    { start: "2021-01-01", end: "2021-12-31" },
  ];

  it("draws ranges as bands, widest first", () => {
    expect(rangeMarks(marks).map((m) => m.start)).toEqual(["2021-01-01", "2022-01-03"]);
  });
});

describe("zoom and pan", () => {
  const span = (v: { start: string; end: string }) => dayNumber(v.end) - dayNumber(v.start);

  it("zooms around an anchor that keeps its place, never narrower than a few weeks nor wider than the timeline", () => {
    const zoomed = zoomView(bounds, bounds, 0.5, "2000-01-01");
    expect(span(zoomed)).toBe(Math.round(span(bounds) / 2));
    const before = (dayNumber("2000-01-01") - dayNumber(bounds.start)) / span(bounds);
    const after = (dayNumber("2000-01-01") - dayNumber(zoomed.start)) / span(zoomed);
    expect(after).toBeCloseTo(before, 2);
    expect(span(zoomView({ start: "2022-02-01", end: "2022-03-01" }, bounds, 0.01, "2022-02-07"))).toBe(MIN_VIEW_DAYS);
    expect(zoomView(zoomed, bounds, 100, "2000-01-01")).toEqual(bounds);
  });

  it("pans within the timeline, keeping the width", () => {
    const view = { start: "2021-01-01", end: "2022-01-01" };
    expect(panView(view, bounds, 31)).toEqual({ start: "2021-02-01", end: "2022-02-01" });
    expect(panView(view, bounds, 100_000).end).toBe(bounds.end);
    expect(span(panView(view, bounds, 100_000))).toBe(span(view));
    expect(panView(view, bounds, -100_000).start).toBe(TIMELINE_START);
  });

  it("moves a zoomed view just enough to show a day outside it", () => {
    const view = { start: "2021-01-01", end: "2022-01-01" };
    expect(viewShowing(view, bounds, "2021-06-01")).toBe(view);
    expect(viewShowing(view, bounds, "2022-01-11")).toEqual({ start: "2021-01-11", end: "2022-01-11" });
    expect(viewShowing(view, bounds, "2020-12-31")).toEqual({ start: "2020-12-31", end: "2021-12-31" });
  });
});

describe("mark layout", () => {
  const mark = (id: string, start: string) => ({ id, start, end: start, count: 1 });
  const feb2022 = ["2022-02-04", "2022-02-04", "2022-02-07", "2022-02-08", "2022-02-14"].map((day, i) => mark(`f${i}`, day));
  const marks = [mark("d", "1960-01-01"), ...feb2022, mark("c", "2023-07-12")];
  const view = { start: "2021-01-01", end: "2026-11-24" };

  it("spreads marks that would touch around where they are, each its own mark, a gap apart", () => {
    const laid = spreadMarks(marks, view, 900, 12, 120);
    expect(laid.map((g) => g.ids)).toEqual([["f0"], ["f1"], ["f2"], ["f3"], ["f4"], ["c"]]);
    const heads = laid.slice(0, 5).map((g) => g.x);
    expect(heads.slice(1).map((x, i) => x - (heads[i] ?? 0))).toEqual([12, 12, 12, 12]);
    const mean = laid.slice(0, 5).reduce((sum, g) => sum + g.at, 0) / 5;
    expect(((heads[0] ?? 0) + (heads[4] ?? 0)) / 2).toBeCloseTo(mean, 6);
    expect(laid[5]?.x).toBe(laid[5]?.at);
  });

  it("groups, with their count, the marks of a run too long to spread", () => {
    const laid = spreadMarks(marks, view, 900, 12, 24);
    expect(laid.map((g) => g.count)).toEqual([1, 2, 2, 1]);
    expect(laid.slice(0, 3).map((g) => g.ids)).toEqual([["f0"], ["f1", "f2"], ["f3", "f4"]]);
  });

  it("leaves out marks outside the view, and adds up a large corpus's per-day counts", () => {
    expect(spreadMarks(marks, bounds, 900, 12, 0).map((g) => [g.ids, g.count])).toEqual([
      [["d"], 1],
      [["f0", "f1", "f2", "f3", "f4", "c"], 6],
    ]);
    const days = [
      { id: null, start: "2022-02-04", end: "2022-02-04", count: 9 },
      { id: null, start: "2022-02-05", end: "2022-02-05", count: 2 },
    ];
    expect(spreadMarks(days, view, 900, 12, 0).map((g) => [g.start, g.end, g.count])).toEqual([["2022-02-04", "2022-02-05", 11]]);
  });
});

describe("ticks", () => {
  it("labels years at a round step across a wide view, months across a narrow one", () => {
    expect(ticksFor(bounds, 10).map((t) => t.day.slice(0, 4))).toEqual(["1950", "1960", "1970", "1980", "1990", "2000", "2010", "2020"]);
    expect(ticksFor({ start: "2021-01-01", end: "2026-11-24" }, 8).map((t) => t.day)).toEqual([
      "2021-01-01",
      "2022-01-01",
      "2023-01-01",
      "2024-01-01",
      "2025-01-01",
      "2026-01-01",
    ]);
    const months = ticksFor({ start: "2022-01-15", end: "2022-06-15" }, 8);
    expect(months.every((t) => t.unit === "month")).toBe(true);
    expect(months.map((t) => t.day)).toEqual(["2022-02-01", "2022-03-01", "2022-04-01", "2022-05-01", "2022-06-01"]);
  });
});
