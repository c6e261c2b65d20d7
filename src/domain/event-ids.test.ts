import { describe, expect, it } from "vitest";
import { articleOfEvent } from "./event-ids";

describe("articleOfEvent", () => {
  it("finds the article of seed, outside-file and synthetic event ids", () => {
    expect(articleOfEvent("002_58fc11a7e6963e4c-9bfa80da")).toBe("002_58fc11a7e6963e4c");
    expect(articleOfEvent("4b320e77d59770cc-0a1b2c3d")).toBe("4b320e77d59770cc");
    expect(articleOfEvent("00012_3d1231f9542bb20f-s47")).toBe("00012_3d1231f9542bb20f");
  });

  it("rejects anything else", () => {
    for (const bad of ["no-such-event", "002_58fc11a7e6963e4c", "../x-1", "002_58fc11a7e6963e4c-a-b"]) {
      expect(articleOfEvent(bad), bad).toBeNull();
    }
  });
});
