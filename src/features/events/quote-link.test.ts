import { describe, expect, it } from "vitest";
import { parseLinkState } from "../../lib/url-state";
import { quoteLinkSearch } from "./quote-link";

describe("quoteLinkSearch", () => {
  const target = { event: "002_58fc11a7e6963e4c-9bfa80da", date: "2023-07-12", quote: 2, bloc: null, lang: null };

  it("writes the event, its quote and the date, and nothing at its default", () => {
    expect(quoteLinkSearch(target)).toBe("?date=2023-07-12&event=002_58fc11a7e6963e4c-9bfa80da&quote=2");
    expect(quoteLinkSearch({ ...target, bloc: "nato", lang: "fr" })).toBe(
      "?date=2023-07-12&event=002_58fc11a7e6963e4c-9bfa80da&quote=2&lang=fr",
    );
  });

  it("reads back as the same link state", () => {
    const limits = { firstDay: "1949-01-01", lastDay: "2030-01-01", isKnownCountry: () => true };
    const { state, ignored } = parseLinkState(quoteLinkSearch({ ...target, bloc: "aukus" }), limits);
    expect(ignored).toEqual([]);
    expect(state).toMatchObject({ date: "2023-07-12", bloc: "aukus", event: target.event, quote: 2 });
  });
});
