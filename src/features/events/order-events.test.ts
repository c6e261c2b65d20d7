import { describe, expect, it } from "vitest";
import { arrangeAroundDate } from "./order-events";
import { testEvent } from "../../domain/test-events";

const ids = (events: { id: string }[]) => events.map((e) => e.id);

describe("arrangeAroundDate", () => {
  const events = [
    testEvent("year-2021", "2021-01-01", "2021-12-31"),
    testEvent("interview", "2022-01-03", "2022-04-04"),
    testEvent("statement", "2022-02-04"),
    testEvent("moscow", "2022-02-07"),
    testEvent("kyiv", "2022-02-08"),
    testEvent("vilnius", "2023-07-12"),
  ];

  it("lists the day's events first, exact days before ranges", () => {
    const around = arrangeAroundDate(events, "2022-02-04", 5);
    expect(ids(around.onDate)).toEqual(["statement", "interview"]);
    expect(ids(around.before)).toEqual(["year-2021"]);
    expect(ids(around.after)).toEqual(["moscow", "kyiv", "vilnius"]);
  });

  it("keeps the nearest events on each side, nearest first", () => {
    const around = arrangeAroundDate(events, "2022-06-01", 2);
    expect(around.onDate).toEqual([]);
    expect(ids(around.before)).toEqual(["interview", "kyiv"]);
    expect(ids(around.after)).toEqual(["vilnius"]);
  });

  it("counts a range as on the date through its last day only", () => {
    expect(ids(arrangeAroundDate(events, "2022-04-04", 0).onDate)).toEqual(["interview"]);
    expect(ids(arrangeAroundDate(events, "2022-04-05", 1).before)).toEqual(["interview"]);
  });
});
