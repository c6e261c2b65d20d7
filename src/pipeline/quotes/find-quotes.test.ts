import { describe, expect, it } from "vitest";
import { findQuotesInParagraph } from "./find-quotes";

function quotes(text: string): string[] {
  return findQuotesInParagraph(text, 0, text.length).map((q) => text.slice(q.start, q.end));
}

describe("findQuotesInParagraph", () => {
  it("reads French guillemets without their inner spaces", () => {
    expect(quotes("Ils plaident pour une « nouvelle ère » dans le monde.")).toEqual(["nouvelle ère"]);
    expect(quotes("Il dit «\u00a0non\u202f».")).toEqual(["non"]);
  });

  it("reads curly and straight double quotes", () => {
    expect(quotes("“Russia is an ally,” he said, and “a partner.”")).toEqual(["Russia is an ally,", "a partner."]);
    expect(quotes('Elle a dénoncé un "mépris" et une "arrogance".')).toEqual(["mépris", "arrogance"]);
  });

  it("reads single guillemets and English single quotes", () => {
    expect(quotes("Le mot ‹ paix › revient.")).toEqual(["paix"]);
    expect(quotes("He called it ‘a disgrace’ on air.")).toEqual(["a disgrace"]);
  });

  it("does not take apostrophes inside words for quote marks", () => {
    expect(quotes("L’Otan s’est dite prête à “l’écouter”, selon l’AFP.")).toEqual(["l’écouter"]);
    expect(quotes("He called it ‘NATO’s mistake’ twice.")).toEqual(["NATO’s mistake"]);
  });

  it("keeps a nested quote inside its parent", () => {
    expect(quotes("« Il a dit “jamais” hier », selon elle.")).toEqual(["Il a dit “jamais” hier"]);
  });

  it("yields nothing for an unclosed mark", () => {
    expect(quotes("Il a dit « jamais sans fin.")).toEqual([]);
  });

  it("accepts a » typed for « when no quote is open", () => {
    expect(quotes("un retour à l' »époque des sphères ».")).toEqual(["époque des sphères"]);
  });

  it("keeps offsets exact so text.slice gives the quote", () => {
    const text = "Macron : « La géographie est têtue ».";
    const [quote] = findQuotesInParagraph(text, 0, text.length);
    expect(quote).toMatchObject({ start: 11, end: 34, outer: { start: 9, end: 36 } });
  });
});
