import { describe, expect, it } from "vitest";
import { analyzeWithMeta } from "./ingest-corpus";
import { meta } from "./test-fixtures";

/** Every bidirectional embedding, override and isolate control (U+202A–U+202E, U+2066–U+2069). */
const CONTROLS = ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"];

describe("article text with bidirectional controls", () => {
  it.each(CONTROLS.map((c) => [`U+${c.codePointAt(0)?.toString(16).toUpperCase()}`, c]))(
    "is kept verbatim with %s inside a quote, and every span stays exact",
    (_name, control) => {
      const text = `Le 12 juillet 2023, Emmanuel Macron a déclaré : « la géo${control}graphie est têtue », à Vilnius sur l'Otan.`;
      const article = analyzeWithMeta(meta({ published: { start: "2023-07-12", end: "2023-07-12", basis: "test" } }), text, []);
      expect(article.text).toBe(text);
      const quotes = article.events.flatMap((e) => e.quotes);
      expect(quotes.map((q) => q.text)).toContain(`la géo${control}graphie est têtue`);
      for (const quote of quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
      for (const e of article.events) expect(text.slice(e.date.evidence.start, e.date.evidence.end).length).toBeGreaterThan(0);
    },
  );
});
