import { describe, expect, it } from "vitest";
import { eventPatterns } from "./event-patterns";
import type { ReferenceEvent } from "./reference-events";

const event: ReferenceEvent = {
  id: "test-treaty",
  label: "Test treaty signed",
  start: "1949-04-04",
  end: "1949-04-04",
  patterns: { en: ["signing of the (?:test|trial) treaty", "naïve accord"], fr: [] },
  source: { title: "test", url: "https://example.org/" },
};

/** Whether the quick test lets the pattern run, and whether the pattern itself matches. */
function verdicts(text: string): [boolean, boolean][] {
  return eventPatterns(event, "en", "bare").map(({ pattern, mayMatch }) => [mayMatch(text), [...text.matchAll(pattern)].length > 0]);
}

describe("eventPatterns' quick test", () => {
  it("lets every text the pattern matches through, in any case", () => {
    expect(verdicts("At the SIGNING OF THE Test treaty, a Naïve Accord.")).toEqual([
      [true, true],
      [true, true],
    ]);
  });

  it("rules out a text without the pattern's fixed words", () => {
    expect(verdicts("The treaty was signed without ceremony.")).toEqual([
      [false, false],
      [false, false],
    ]);
  });

  it("lets through a text that writes s as ſ, which the case-insensitive pattern reads as s", () => {
    expect(verdicts("the ſigning of the trial treaty")[0]).toEqual([true, true]);
  });
});
