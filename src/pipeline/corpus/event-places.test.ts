import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { placesFileSchema } from "../../domain/schemas/places";
import { createPlaceFinder, placeMatchers, type PlaceMatchers } from "./event-places";

const findEventPlace = (text: string, evidence: { start: number; end: number }, matchers: PlaceMatchers) =>
  createPlaceFinder(text, matchers)(evidence);

const { places } = placesFileSchema.parse(JSON.parse(readFileSync("data/places.json", "utf8")));
const at = (text: string, needle: string) => {
  const start = text.indexOf(needle);
  return { start, end: start + needle.length };
};

describe("createPlaceFinder", () => {
  it("takes the place named in the dating sentence, in French names and metonyms", () => {
    const text = "Intro à Paris.\nMacron sera lundi au Kremlin. Il ira ensuite à Kiev.";
    const matchers = placeMatchers(places, "fr");
    expect(findEventPlace(text, at(text, "lundi"), matchers)?.id).toBe("moscow");
    expect(findEventPlace(text, at(text, "ensuite"), matchers)?.id).toBe("kyiv");
  });

  it("falls back to the paragraph, never beyond it", () => {
    const text = "Le sommet s'est tenu à Vilnius. Macron s'est opposé mercredi au bureau.\nUn autre paragraphe à Tokyo.";
    const matchers = placeMatchers(places, "fr");
    expect(findEventPlace(text, at(text, "mercredi"), matchers)?.id).toBe("vilnius");
    const alone = "Macron s'est opposé mercredi.\nUn autre paragraphe à Tokyo.";
    expect(findEventPlace(alone, at(alone, "mercredi"), matchers)).toBeNull();
  });

  it("does not take a capital used for its government as a place", () => {
    const text = "Poutine et Xi étaient en désaccord avec Washington vendredi, à la veille des JO.";
    expect(findEventPlace(text, at(text, "vendredi"), placeMatchers(places, "fr"))).toBeNull();
    const english = "On Monday the talks in Washington went on.";
    expect(findEventPlace(english, at(english, "Monday"), placeMatchers(places, "en"))?.id).toBe("washington");
  });

  it("matches whole words only", () => {
    const text = "The press in Parisian cafés said on Monday that Romeo left for Romeo's.";
    expect(findEventPlace(text, at(text, "Monday"), placeMatchers(places, "en"))).toBeNull();
  });
});
