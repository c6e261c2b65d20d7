import { describe, expect, it } from "vitest";
import { encodeFragmentTerm, textFragmentUrl } from "./text-fragment";

const page = "https://www.example.com/la-france-bloque/";

describe("textFragmentUrl", () => {
  it("links a short quote whole, percent-encoded", () => {
    expect(textFragmentUrl(page, "quoi qu’on en dise, la géographie est têtue")).toBe(
      `${page}#:~:text=quoi%20qu%E2%80%99on%20en%20dise%2C%20la%20g%C3%A9ographie%20est%20t%C3%AAtue`,
    );
  });

  it("escapes the directive's own syntax characters", () => {
    expect(encodeFragmentTerm("non-alignement & co, etc")).toBe("non%2Dalignement%20%26%20co%2C%20etc");
  });

  it("links a long quote by its first and last words, with whitespace collapsed", () => {
    const quote = "nous ne devons donc pas donner l’impression\nque l’OTAN construit en quelque sorte une légitimité";
    expect(textFragmentUrl(page, quote)).toBe(
      `${page}#:~:text=nous%20ne%20devons%20donc,quelque%20sorte%20une%20l%C3%A9gitimit%C3%A9`,
    );
  });

  it("replaces a fragment already in the URL and leaves the URL alone for an empty quote", () => {
    expect(textFragmentUrl(`${page}#comments`, "sur la table")).toBe(`${page}#:~:text=sur%20la%20table`);
    expect(textFragmentUrl(`${page}#comments`, "  ")).toBe(page);
  });
});
