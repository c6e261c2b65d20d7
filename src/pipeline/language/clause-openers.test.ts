import { describe, expect, it } from "vitest";
import { hasClauseOpener } from "./clause-openers";
import { packFor } from "./packs";

describe("the words that open a clause", () => {
  it.each([
    ["fr", "le sommet, qui s'ouvre mardi", true],
    ["fr", "il viendrait s'il le pouvait", true],
    // « s' » before a verb is a pronoun, not « si » elided.
    ["fr", "Anne Durand, s'exprimant mardi, s'est dite prête", false],
    ["en", "the summit that opens on Tuesday", true],
    ["en", "Anne Durand, speaking on Tuesday", false],
    // A word that names a property of every object is a word like any other.
    ["en", "the constructor of the alliance", false],
  ] as const)("%s: %s", (language, text, expected) => {
    expect(hasClauseOpener(packFor(language), text)).toBe(expected);
  });

  it.each([
    ["fr", "lorsqu'il a parlé", false],
    ["en", "when he spoke", false],
    ["en", "when he spoke, which was late", true],
  ] as const)("%s: ignoring the openers that keep the time: %s", (language, text, expected) => {
    expect(hasClauseOpener(packFor(language), text, packFor(language).sameTimeOpeners)).toBe(expected);
  });
});
