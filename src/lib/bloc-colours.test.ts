import { describe, expect, it } from "vitest";
import { highlightedFill, LAND_COLOUR, mixOverLand, otherBlocFill } from "./bloc-colours";

describe("bloc colours", () => {
  it("mixes a colour over the land", () => {
    expect(mixOverLand("#000000", 0)).toBe(LAND_COLOUR);
    expect(mixOverLand("#123456", 1)).toBe("#123456");
    expect(mixOverLand("#ffffff", 0.5)).toBe("#f3f1ee");
  });

  it("shows members more strongly than partners, and the highlighted bloc more than others", () => {
    const darkness = (hex: string) => 765 - [1, 3, 5].reduce((sum, i) => sum + Number.parseInt(hex.slice(i, i + 2), 16), 0);
    const colour = "#1f4e9c";
    expect(darkness(highlightedFill(colour, "member"))).toBeGreaterThan(darkness(highlightedFill(colour, "member-outside-command")));
    expect(darkness(highlightedFill(colour, "member-outside-command"))).toBeGreaterThan(darkness(highlightedFill(colour, "partner")));
    expect(darkness(highlightedFill(colour, "member"))).toBeGreaterThan(darkness(otherBlocFill(colour)));
  });
});
