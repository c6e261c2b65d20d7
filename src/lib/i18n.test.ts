import { describe, expect, it } from "vitest";
import { MESSAGES } from "./i18n";

describe("quotedBy", () => {
  it("elides « de » before a name that begins with a vowel sound in French", () => {
    expect(MESSAGES.fr.quotedBy("Emmanuel Macron")).toBe("Citation d’Emmanuel Macron");
    expect(MESSAGES.fr.quotedBy("Ursula von der Leyen")).toBe("Citation d’Ursula von der Leyen");
    expect(MESSAGES.fr.quotedBy("Édouard Philippe")).toBe("Citation d’Édouard Philippe");
    expect(MESSAGES.fr.quotedBy("Yves Le Drian")).toBe("Citation d’Yves Le Drian");
  });

  it("keeps « de » before a consonant, a Y sounded as one and an h", () => {
    expect(MESSAGES.fr.quotedBy("Jean-Luc Mélenchon")).toBe("Citation de Jean-Luc Mélenchon");
    expect(MESSAGES.fr.quotedBy("Yann Moix")).toBe("Citation de Yann Moix");
    expect(MESSAGES.fr.quotedBy("François Hollande")).toBe("Citation de François Hollande");
  });

  it("names the speaker after “Quote by” in English, whatever the first letter", () => {
    expect(MESSAGES.en.quotedBy("Emmanuel Macron")).toBe("Quote by Emmanuel Macron");
  });
});
