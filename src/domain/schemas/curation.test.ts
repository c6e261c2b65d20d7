import { describe, expect, it } from "vitest";
import { curationFileSchema } from "./curation";

const articleId = "002_58fc11a7e6963e4c";

describe("curationFileSchema", () => {
  it("accepts decisions, a corrected date and speakers per quote", () => {
    const file = {
      articleId,
      events: {
        "002_58fc11a7e6963e4c-e1": {
          decision: "accept",
          date: { start: "2023-07-12", end: "2023-07-12", basis: "reviewer: Macron's press conference after the summit" },
          speakers: [{ quoteStart: 412, speaker: "Emmanuel Macron" }],
          note: "checked against the RFI original",
        },
      },
    };
    expect(curationFileSchema.parse(file)).toEqual(file);
  });

  it("names the field at fault", () => {
    const path = (events: unknown) => curationFileSchema.safeParse({ articleId, events }).error?.issues[0]?.path.join(".");
    expect(path({ e: { decision: "maybe" } })).toBe("events.e.decision");
    expect(path({ e: { date: { start: "2023-07-13", end: "2023-07-12", basis: "x" } } })).toBe("events.e.date.end");
    expect(path({ e: { speakers: [{ quoteStart: -1, speaker: "X" }] } })).toBe("events.e.speakers.0.quoteStart");
  });
});
