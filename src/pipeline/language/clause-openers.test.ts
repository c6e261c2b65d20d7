import { describe, expect, it } from "vitest";
import { clauseOpenersIn } from "./clause-openers";
import { packFor } from "./packs";

describe("the words that open a clause", () => {
  it.each([
    ["fr", "le sommet, qui s'ouvre mardi", ["qui"]],
    ["fr", "il a dit qu'il viendrait s'il le pouvait", ["qu", "s"]],
    // « s' » before a verb is a pronoun, not « si » elided.
    ["fr", "Anne Durand, s'exprimant mardi, s'est dite prête", []],
    ["en", "the summit that opens on Tuesday, which she attended", ["that", "which"]],
    ["en", "Anne Durand, speaking on Tuesday", []],
  ] as const)("%s: %s", (language, text, expected) => {
    expect(clauseOpenersIn(packFor(language), text)).toEqual(expected);
  });
});
