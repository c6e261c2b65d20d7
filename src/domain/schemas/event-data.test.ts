import { describe, expect, it } from "vitest";
import { shardEventSchema } from "./event-data";

const event = {
  id: "e1",
  date: { start: "2022-02-04", end: "2022-02-04", basis: "explicit date" },
  summary: "A summary",
  countries: ["RUS"],
  blocs: ["nato"],
  people: [],
  quotes: [],
  place: null,
  article: { id: "003_5241068be115698e", title: "t", outlet: null, language: "fr" },
};

describe("shardEventSchema", () => {
  it("reports an impossible day with its path instead of throwing", () => {
    const result = shardEventSchema.safeParse({ ...event, date: { ...event.date, start: "2022-02-31" } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["date.start"]);
  });

  it("rejects a range that ends before it starts", () => {
    const result = shardEventSchema.safeParse({ ...event, date: { ...event.date, end: "2022-02-03" } });
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["date.end"]);
  });
});
