import { describe, expect, it } from "vitest";
import { dayFromNumber, dayNumber } from "../../domain/day";
import { after, onOrAfter, onOrBefore, weekdayOfNumber, weekdaysWithin } from "./weekdays";
import { windowOf } from "./day-windows";

const FRIDAY = 5;
const MONDAY = 1;

describe("weekday arithmetic", () => {
  it("agrees with the calendar (2022-02-04 was a Friday)", () => {
    expect(weekdayOfNumber(dayNumber("2022-02-04"))).toBe(FRIDAY);
  });
  it("finds the weekday on or before a day, inclusive", () => {
    expect(dayFromNumber(onOrBefore(dayNumber("2022-02-04"), FRIDAY))).toBe("2022-02-04");
    expect(dayFromNumber(onOrBefore(dayNumber("2022-02-03"), FRIDAY))).toBe("2022-01-28");
  });
  it("finds the weekday strictly after a day, or on or after it", () => {
    expect(dayFromNumber(after(dayNumber("2022-02-04"), FRIDAY))).toBe("2022-02-11");
    expect(dayFromNumber(onOrAfter(dayNumber("2022-02-04"), FRIDAY))).toBe("2022-02-04");
    expect(dayFromNumber(after(dayNumber("2022-02-05"), MONDAY))).toBe("2022-02-07");
  });
  it("lists the weekdays inside windows", () => {
    const mondays = weekdaysWithin([windowOf("2022-02-01", "2022-02-28")], MONDAY).map(dayFromNumber);
    expect(mondays).toEqual(["2022-02-07", "2022-02-14", "2022-02-21", "2022-02-28"]);
  });
});
