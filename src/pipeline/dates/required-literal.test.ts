import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReferenceEvents } from "./reference-events";
import { requiredLiteral } from "./required-literal";
import { escapeRegExp } from "../text/escape-regexp";

describe("requiredLiteral", () => {
  it("takes the longest plain run outside groups, classes and escapes", () => {
    expect(requiredLiteral("sommet de l['’](?:otan|alliance) (?:à|de) vilnius")).toBe("sommet de l");
    expect(requiredLiteral("(?:élection )?présidentielle")).toBe("présidentielle");
    expect(requiredLiteral("pékin[^.\\n]{0,80}\\b(?:jo|jeux olympiques)\\b")).toBe("pékin");
  });

  it("leaves out quantified characters and the bounds of a quantifier", () => {
    expect(requiredLiteral("april elections?")).toBe("april election");
    expect(requiredLiteral("treaty of good[- ]neighbou?rliness")).toBe("treaty of good");
    expect(requiredLiteral("ab{2,3}cd")).toBe("cd");
  });

  it("skips whole escape sequences, so their letters are never taken as text", () => {
    expect(requiredLiteral("\\p{Lu}x")).toBe("x");
    expect(requiredLiteral("\\u{1F600}ab\\x41c\\u0041de")).toBe("ab");
    expect(requiredLiteral("(a)\\12xyz")).toBe("xyz");
  });

  it("gives nothing to rely on for a top-level alternation or a pattern without plain text", () => {
    expect(requiredLiteral("summit|sommet")).toBeNull();
    expect(requiredLiteral("(?:a|b)[cd]\\d+")).toBeNull();
  });

  it("finds, in every pattern of the reviewed table, a run each of its matches contains", () => {
    const json: unknown = JSON.parse(readFileSync("data/reference-events.json", "utf8"));
    const samples = ["le sommet de l'Otan à Vilnius", "Jeux olympiques d'hiver de Pékin", "the April elections", "élu président"];
    for (const event of parseReferenceEvents(json, "data/reference-events.json")) {
      for (const source of [...event.patterns.fr, ...event.patterns.en]) {
        const literal = requiredLiteral(source);
        for (const m of samples.flatMap((s) => [...s.matchAll(new RegExp(source, "giu"))])) {
          expect(literal === null || new RegExp(escapeRegExp(literal), "iu").test(m[0])).toBe(true);
        }
      }
    }
  });
});
