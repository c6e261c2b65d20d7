import { describe, expect, it } from "vitest";
import { EMPTY_LINK_STATE, isTrackingParam, LINK_PARAM_NAMES, LINK_PARAMS, parseLinkState, serializeLinkState, type UrlLimits } from "./url-state";

const limits: UrlLimits = {
  firstDay: "1949-04-04",
  lastDay: "2026-11-24",
  isKnownCountry: (code) => ["CHN", "FIN", "FRA", "USA"].includes(code),
};
const defaults = { date: "2026-06-27", bloc: "nato" };

describe("parseLinkState", () => {
  it("reads every parameter of a full link", () => {
    const { state, ignored } = parseLinkState(
      "?date=2023-04-04&compare=1990-01-01&bloc=aukus&event=e-1&quote=2&country=fin&lang=fr&view=10.5,50,3&q=OTAN%20sommet&speaker=vladimir-putin&mentions=CHN&about=nato&article=004_bfcca99e1c7093f0&embed=1",
      limits,
    );
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      date: "2023-04-04",
      compare: "1990-01-01",
      bloc: "aukus",
      event: "e-1",
      quote: 2,
      reader: null,
      country: "FIN",
      lang: "fr",
      view: { lon: 10.5, lat: 50, zoom: 3 },
      q: "OTAN sommet",
      speaker: "vladimir-putin",
      mentions: "CHN",
      about: "nato",
      article: "004_bfcca99e1c7093f0",
      embed: true,
    });
  });

  describe.each(LINK_PARAM_NAMES)("%s", (param) => {
    const { valid, invalid } = LINK_PARAMS[param].examples;
    // A quote and the reader's place are read only with their event: the other parameters are read alone.
    const context = param === "quote" || param === "reader" ? "event=e-1&" : "";

    it.each(valid)("reads %j and writes it back to a link that reads the same", (value) => {
      const { state, ignored } = parseLinkState(`?${context}${param}=${encodeURIComponent(value)}`, limits);
      expect(ignored).toEqual([]);
      expect(state[param]).not.toBeNull();
      const again = parseLinkState(serializeLinkState(state, { date: null, bloc: "none" }), limits);
      expect(again).toEqual({ state, ignored: [] });
    });

    it.each(invalid)("falls back on %j and says so, reading it as written", (value) => {
      const { state, ignored } = parseLinkState(`?${context}${param}=${encodeURIComponent(value)}`, limits);
      expect(state).toEqual(context ? { ...EMPTY_LINK_STATE, event: "e-1" } : EMPTY_LINK_STATE);
      expect(ignored).toHaveLength(1);
      expect(ignored[0]?.param).toBe(param);
    });
  });

  it("takes plain decimals in a view, negative ones included", () => {
    expect(parseLinkState("?view=-10.25,0,1.5", limits).state.view).toEqual({ lon: -10.25, lat: 0, zoom: 1.5 });
    expect(parseLinkState("?country=fin", limits).state.country).toBe("FIN");
  });

  it("drops the parameters sites append to track clicks, without a word", () => {
    const search = "?utm_source=newsletter&utm_medium=email&utm_campaign=x&UTM_Term=y&fbclid=IwAR0&gclid=a&dclid=b&msclkid=c" +
      "&mc_cid=d&mc_eid=e&_ga=2.1&igshid=f&yclid=g&ref_src=twsrc&date=2023-04-04";
    const { state, ignored } = parseLinkState(search, limits);
    expect(ignored).toEqual([]);
    expect(state.date).toBe("2023-04-04");
  });

  it("tells trackers from parameters people mean", () => {
    for (const param of ["utm_content", "fbclid", "gclid", "mc_cid", "_hsenc", "hsa_acc", "mtm_source", "pk_campaign", "srsltid"]) {
      expect(isTrackingParam(param), param).toBe(true);
    }
    for (const param of ["date", "bloc", "ref", "source", "utm", "campaign", "q"]) expect(isTrackingParam(param), param).toBe(false);
  });

  it("reports the other unknown parameters, each once, in the link's order", () => {
    const search = Array.from({ length: 30 }, (_, i) => `p${i}=${i}`).join("&");
    const { ignored } = parseLinkState(`?${search}&utm_source=x`, limits);
    expect(ignored.map((i) => i.param)).toEqual(Array.from({ length: 30 }, (_, i) => `p${i}`));
    expect(new Set(ignored.map((i) => i.reason))).toEqual(new Set(["unknown-parameter"]));
  });

  it("opens the reader at one place, within an event", () => {
    expect(parseLinkState("?event=e-1&reader=date", limits).state).toMatchObject({ event: "e-1", reader: "date" });
    const both = parseLinkState("?event=e-1&quote=0&reader=date", limits);
    expect(both.state).toMatchObject({ quote: 0, reader: null });
    expect(both.ignored.map((i) => [i.param, i.reason])).toEqual([["reader", "one-reader"]]);
    expect(parseLinkState("?reader=date", limits).ignored.map((i) => i.reason)).toEqual(["needs-event"]);
  });

  it("reads a quote only with its event", () => {
    expect(parseLinkState("?event=e-1&quote=2", limits).state).toMatchObject({ event: "e-1", quote: 2 });
    const alone = parseLinkState("?quote=2", limits);
    expect(alone.state.quote).toBeNull();
    expect(alone.ignored.map((i) => i.param)).toEqual(["quote"]);
    expect(parseLinkState("?event=e-1&quote=-1", limits).state.quote).toBeNull();
  });

  it("reports unknown and repeated parameters and keeps the first value", () => {
    const { state, ignored } = parseLinkState("?date=2000-01-01&date=2001-01-01&source=x", limits);
    expect(state.date).toBe("2000-01-01");
    expect(ignored.map((i) => [i.param, i.reason])).toEqual([
      ["date", "repeated"],
      ["source", "unknown-parameter"],
    ]);
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
      ...EMPTY_LINK_STATE,
      date: "2023-04-04",
      bloc: "aukus",
      country: "FIN",
      lang: "fr" as const,
      view: { lon: 10.123456, lat: -5.5, zoom: 2.349 },
      q: "Poutine & Xi",
    };
    const search = serializeLinkState(state, defaults);
    expect(search).toBe("?date=2023-04-04&bloc=aukus&country=FIN&lang=fr&view=10.12,-5.5,2.35&q=Poutine+%26+Xi");
    expect(parseLinkState(search, limits).state).toEqual({ ...state, view: { lon: 10.12, lat: -5.5, zoom: 2.35 } });
  });
});
