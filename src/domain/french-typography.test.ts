import { describe, expect, it } from "vitest";
import { frenchCatalogue, frenchTypography, typeset } from "./french-typography";

const N = "\u202f";

describe("frenchTypography", () => {
  it("puts a narrow no-break space before high punctuation, whatever space was there", () => {
    expect(frenchTypography("Note : un ; deux! trois\u00a0?")).toBe(`Note${N}: un${N}; deux${N}! trois${N}?`);
  });

  it("puts one inside guillemets", () => {
    expect(frenchTypography("le mot «mercredi »")).toBe(`le mot «${N}mercredi${N}»`);
  });

  it("leaves low punctuation alone", () => {
    expect(frenchTypography("un, deux. (trois) – quatre…")).toBe("un, deux. (trois) – quatre…");
  });
});

describe("typeset", () => {
  it("sets the template's words and leaves the values as written", () => {
    const quoted = "Why? Because: it was so";
    expect(typeset`Citation : ${quoted} !`).toBe(`Citation${N}: Why? Because: it was so${N}!`);
  });
});

describe("frenchCatalogue", () => {
  it("sets nested strings and keeps functions", () => {
    const label = (x: string) => typeset`${x} :`;
    const catalogue = frenchCatalogue({ a: "Note : b", nested: { c: "«d»" }, label });
    expect(catalogue).toEqual({ a: `Note${N}: b`, nested: { c: `«${N}d${N}»` }, label });
    expect(catalogue.label("x")).toBe(`x${N}:`);
  });
});
