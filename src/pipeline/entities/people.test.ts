import { describe, expect, it } from "vitest";
import { defaultLexicon } from "./default-lexicon";
import { peopleIndex } from "./people";

const { personOf, speakerIdOf } = peopleIndex(defaultLexicon);

describe("peopleIndex", () => {
  it("gives a recognised speaker the lexicon's id whatever the language, spelling, accents or initials", () => {
    for (const name of ["Vladimir Poutine", "Vladimir Putin", "Poutine", "VLADIMIR POUTINE"]) expect(speakerIdOf(name), name).toBe("vladimir-putin");
    expect(speakerIdOf("Volodymyr Zelensky")).toBe("volodymyr-zelenskyy");
    expect(speakerIdOf("Recep Tayyip Erdogan")).toBe("recep-tayyip-erdogan");
    expect(speakerIdOf("Donald J. Trump")).toBe("donald-trump");
    expect(personOf("Sergueï Lavrov")?.names).toEqual({ en: "Sergey Lavrov", fr: "Sergueï Lavrov" });
  });

  it("names anyone else by the words of their name, without accents or case", () => {
    expect(speakerIdOf("Jean-Noël Barrot")).toBe("jean-noel-barrot");
    expect(speakerIdOf("le Kremlin")).toBe("le-kremlin");
    expect(personOf("Hunter Biden")).toBeNull();
  });
});
