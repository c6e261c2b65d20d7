import { describe, expect, it } from "vitest";
import { EMPTY_LINK_STATE, parseLinkState, serializeLinkState, type UrlLimits } from "./url-state";

const limits: UrlLimits = {
  firstDay: "1949-04-04",
  lastDay: "2026-11-24",
  isKnownCountry: (code) => ["FIN", "FRA", "USA"].includes(code),
};
const defaults = { date: "2026-06-27", bloc: "nato" };

describe("parseLinkState", () => {
  it("reads every parameter of a full link", () => {
    const { state, ignored } = parseLinkState(
      "?date=2023-04-04&bloc=aukus&event=e-1&country=fin&lang=fr&view=10.5,50,3",
      limits,
    );
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      date: "2023-04-04",
      bloc: "aukus",
      event: "e-1",
      quote: null,
      country: "FIN",
      lang: "fr",
      view: { lon: 10.5, lat: 50, zoom: 3 },
    });
  });

  it.each([
    ["date", "2023-02-30"],
    ["date", "1900-01-01"],
    ["date", "2999-01-01"],
    ["date", "<script>alert(1)</script>"],
    ["bloc", "<img src=x onerror=alert(1)>"],
    ["bloc", "NATO!"],
    ["country", "ZZZ"],
    ["country", "FR"],
    ["lang", "de"],
    ["view", "1,2"],
    ["view", "200,0,1"],
    ["view", "0,0,NaN"],
    ["event", "a b"],
  ])("falls back and reports %s=%s", (param, value) => {
    const { state, ignored } = parseLinkState(`?${param}=${encodeURIComponent(value)}`, limits);
    expect(state).toEqual(EMPTY_LINK_STATE);
    expect(ignored).toHaveLength(1);
    expect(ignored[0]?.param).toBe(param);
  });

  it("reads a quote only with its event", () => {
    expect(parseLinkState("?event=e-1&quote=2", limits).state).toMatchObject({ event: "e-1", quote: 2 });
    const alone = parseLinkState("?quote=2", limits);
    expect(alone.state.quote).toBeNull();
    expect(alone.ignored.map((i) => i.param)).toEqual(["quote"]);
    expect(parseLinkState("?event=e-1&quote=-1", limits).state.quote).toBeNull();
  });

  it("reports unknown and repeated parameters and keeps the first value", () => {
    const { state, ignored } = parseLinkState("?date=2000-01-01&date=2001-01-01&utm_source=x", limits);
    expect(state.date).toBe("2000-01-01");
    expect(ignored.map((i) => i.param)).toEqual(["date", "utm_source"]);
  });

  it("shortens very long values quoted back", () => {
    const { ignored } = parseLinkState(`?bloc=${"x".repeat(5000)}`, limits);
    expect(ignored[0]?.value.length).toBeLessThan(100);
  });
});

describe("serializeLinkState", () => {
  it("omits defaults and round-trips the rest", () => {
    expect(serializeLinkState({ ...EMPTY_LINK_STATE, date: "2026-06-27", bloc: "nato" }, defaults)).toBe("");
    const state = {
      date: "2023-04-04",
      bloc: "aukus",
      event: null,
      quote: null,
      country: "FIN",
      lang: "fr" as const,
      view: { lon: 10.123456, lat: -5.5, zoom: 2.349 },
    };
    const search = serializeLinkState(state, defaults);
    expect(search).toBe("?date=2023-04-04&bloc=aukus&country=FIN&lang=fr&view=10.12,-5.5,2.35");
    expect(parseLinkState(search, limits).state).toEqual({ ...state, view: { lon: 10.12, lat: -5.5, zoom: 2.35 } });
  });
});
