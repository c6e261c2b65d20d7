import { describe, expect, it } from "vitest";
import { monthBounds, monthsOverlapping } from "./month-shards";

describe("monthsOverlapping", () => {
  it("gives one month for a day and every month a range touches", () => {
    expect(monthsOverlapping("2022-02-04", "2022-02-04")).toEqual(["2022-02"]);
    expect(monthsOverlapping("2021-11-30", "2022-02-01")).toEqual(["2021-11", "2021-12", "2022-01", "2022-02"]);
  });
});

describe("monthBounds", () => {
  it("knows month lengths and leap years", () => {
    expect(monthBounds("2024-02")).toEqual({ start: "2024-02-01", end: "2024-02-29" });
    expect(monthBounds("2023-02")).toEqual({ start: "2023-02-01", end: "2023-02-28" });
    expect(monthBounds("2022-12")).toEqual({ start: "2022-12-01", end: "2022-12-31" });
  });
});
