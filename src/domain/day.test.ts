import { describe, expect, it } from "vitest";
import { addDays, addYears, dayFromNumber, dayNumber, daysInOrder, parseDay, weekday } from "./day";

describe("calendar days", () => {
  it("rejects text that is not a real day", () => {
    for (const bad of ["2023-02-29", "2023-13-01", "2023-4-4", "20230404", "", "2023-04-04T00:00"]) {
      expect(parseDay(bad), bad).toBeNull();
    }
    expect(parseDay("2024-02-29")).not.toBeNull();
  });

  it("round-trips day numbers", () => {
    expect(dayFromNumber(dayNumber("1949-04-04"))).toBe("1949-04-04");
    expect(dayNumber("1970-01-02") - dayNumber("1970-01-01")).toBe(1);
  });

  it("adds days and years across month and leap boundaries", () => {
    expect(addDays("2023-12-31", 1)).toBe("2024-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
  });

  it("knows the weekday of a day", () => {
    expect(weekday("2022-02-04")).toBe(5); // a Friday: the Beijing joint statement
    expect(weekday("2023-07-12")).toBe(3); // a Wednesday: the Vilnius summit's second day
  });
});

describe("daysInOrder", () => {
  it("orders two days, strictly when asked, and leaves malformed days to their own field", () => {
    expect(daysInOrder("2022-02-04", "2022-02-04")).toBe(true);
    expect(daysInOrder("2022-02-04", "2022-02-04", true)).toBe(false);
    expect(daysInOrder("2022-02-05", "2022-02-04")).toBe(false);
    expect(daysInOrder("2022-02-31", "2022-02-04")).toBe(true);
  });
});
