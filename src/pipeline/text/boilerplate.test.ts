import { describe, expect, it } from "vitest";
import { findBoilerplate } from "./boilerplate";

function furniture(text: string): string[] {
  return findBoilerplate(text).map((s) => text.slice(s.start, s.end));
}

describe("findBoilerplate", () => {
  it("marks menus, share buttons and ads, not the paragraphs between them", () => {
    const text = "[Accueil](#) - [Monde](#)\nPublicité\nLe sommet a eu lieu.\n[Partager](#)";
    expect(furniture(text)).toEqual(["[Accueil](#) - [Monde](#)", "Publicité", "[Partager](#)"]);
  });

  it("marks only the markup of a link inside a paragraph", () => {
    const text = "Le candidat [Jean Martin](#) a parlé.";
    expect(furniture(text)).toEqual(["[", "](#)"]);
  });

  it("takes the headlines after 'Sur le même sujet' and stops at the next sentence of prose", () => {
    const text = 'SUR LE MÊME SUJET\nLFI veut une "instance"\nUn autre titre?\nSelon lui, la Chine a changé.';
    expect(furniture(text)).toEqual(["SUR LE MÊME SUJET", 'LFI veut une "instance"', "Un autre titre?"]);
  });

  it("marks related links, hashtags, captions, credits, datelines and truncated teasers", () => {
    const lines = [
      "READ  Un autre sujet",
      "Lire aussi l'article réservé à nos abonnés Crise",
      "#LaRussie #lOTAN",
      "Les deux présidents à Pékin. ALEXEI DRUZININE/AP",
      "AFP.",
      "Publié hier à 14h11",
      "La COP29 a abouti à un ...",
      "Related posts",
      "Leave a Comment",
    ];
    expect(furniture(lines.join("\n"))).toEqual(lines);
  });

  it("keeps subheadings and prose", () => {
    expect(furniture("Signer un accord stratégique\n« Indivisibilité de la sécurité »\nIls ont signé.")).toEqual([]);
  });
});
