import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect-language";

describe("detectLanguage", () => {
  it("recognises French and English news sentences", () => {
    expect(detectLanguage("Le président a déclaré mercredi que la France ne soutiendrait pas le projet.")).toBe("fr");
    expect(detectLanguage("The president said on Monday that the country would not support the plan.")).toBe("en");
  });

  it("is not fooled by words both languages share", () => {
    expect(detectLanguage("Il a parlé à Moscou, en Ukraine, avec son ministre de la Défense.")).toBe("fr");
    expect(detectLanguage("NATO and the EU: Paris, Berlin and London on a new pact.")).toBe("en");
  });
});
