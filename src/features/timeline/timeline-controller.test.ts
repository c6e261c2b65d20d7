import { describe, expect, it } from "vitest";
import {
  binEventDays,
  dayForKey,
  dayToFraction,
  fractionToDay,
  mergeStops,
  nextStop,
  playbackNext,
  previousStop,
  rangeMarks,
  TIMELINE_START,
} from "./timeline-controller";

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

  it("counts day-precise events per slice of the timeline, leaving ranges out", () => {
    const bins = binEventDays(marks, bounds, 10);
    expect(bins.reduce((a, b) => a + b, 0)).toBe(3);
    expect(bins[9]).toBe(2);
    expect(bins[1]).toBe(1);
  });

  it("draws ranges as bands, widest first", () => {
    expect(rangeMarks(marks).map((m) => m.start)).toEqual(["2021-01-01", "2022-01-03"]);
  });
});
