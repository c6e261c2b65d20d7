import { describe, expect, it } from "vitest";
import { clipText, splitPieces } from "./text-pieces";

const joined = (runs: ReturnType<typeof splitPieces>) => runs.map((r) => r.text).join("");

describe("splitPieces", () => {
  it("cuts a summary around the quotes it holds, keeping it verbatim", () => {
    const summary = "Poutine et Xi condamnent l'influence \"n\u202Egative\" des États-Unis sur la paix.";
    const runs = splitPieces(summary, ["n\u202Egative", "absent"]);
    expect(runs).toEqual([
      { text: "Poutine et Xi condamnent l'influence \"", piece: false },
      { text: "n\u202Egative", piece: true },
      { text: "\" des États-Unis sur la paix.", piece: false },
    ]);
    expect(joined(runs)).toBe(summary);
  });

  it("takes pieces in text order, skips overlaps and empty pieces, and keeps a text without pieces whole", () => {
    expect(splitPieces("a b c", ["c", "", "a b", "b"]).map((r) => [r.text, r.piece])).toEqual([
      ["a b", true],
      [" ", false],
      ["c", true],
    ]);
    expect(splitPieces("plain", [])).toEqual([{ text: "plain", piece: false }]);
    expect(splitPieces("", ["x"])).toEqual([{ text: "", piece: false }]);
  });
});

describe("clipText", () => {
  it("keeps a text no longer than the limit whole", () => {
    expect(clipText("Le sommet", 9)).toBe("Le sommet");
  });

  it("cuts a longer text at the limit and marks the cut with an ellipsis", () => {
    expect(clipText("Le sommet de Vilnius", 9)).toBe("Le sommet…");
  });
});
