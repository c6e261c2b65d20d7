import { describe, expect, it } from "vitest";
import { EMPTY_LINK_STATE, isTrackingParam, parseLinkState, serializeLinkState, type UrlLimits } from "./url-state";

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

  it.each([
    ["country", "ﬁn", "a ligature that upper-cases to FIN"],
    ["country", "ｆｉｎ", "full-width letters"],
    ["country", "fın", "a dotless i that upper-cases to I"],
    ["country", " FIN", "a leading space"],
    ["country", "FIN\u200b", "a zero-width space"],
    ["view", "0x10,0,1", "a hexadecimal number"],
    ["view", "0o7,0,1", "an octal number"],
    ["view", "0b1,0,1", "a binary number"],
    ["view", "1e1,0,1", "an exponent"],
    ["view", "+10,0,1", "a plus sign"],
    ["view", " 10,0,1", "a space"],
    ["view", "１０,0,1", "full-width digits"],
    ["view", "10.,0,1", "a dangling point"],
    ["view", "Infinity,0,1", "infinity"],
    ["quote", "٣", "an Arabic-Indic digit"],
    ["date", "２０２３-04-04", "full-width digits"],
    ["date", "2023-04-04 ", "a trailing space"],
    ["lang", "EN", "upper case"],
    ["bloc", "ＮＡＴＯ", "full-width letters"],
  ])("reads %s=%j as written, refusing %s", (param, value) => {
    const { state, ignored } = parseLinkState(`?event=e-1&${param}=${encodeURIComponent(value)}`, limits);
    expect(state).toEqual({ ...EMPTY_LINK_STATE, event: "e-1" });
    expect(ignored.map((i) => [i.param, i.value])).toEqual([[param, value]]);
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
