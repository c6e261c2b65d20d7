import { compareDays, isIsoDay, type IsoDay } from "../domain/day";
import { isLang, type Lang } from "./i18n";

/** The map camera as written in `view=lon,lat,zoom`. */
export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

/** Everything a link can carry (DESIGN.md, "Deep links"); `null` means "the default". */
export interface LinkState {
  date: IsoDay | null;
  bloc: string | null;
  event: string | null;
  /** Index of a quote within the open event: the reader opens at it. Only meaningful with `event`. */
  quote: number | null;
  country: string | null;
  lang: Lang | null;
  view: Camera | null;
}

export const EMPTY_LINK_STATE: LinkState = {
  date: null,
  bloc: null,
  event: null,
  quote: null,
  country: null,
  lang: null,
  view: null,
};

/** Why a part of a link was not used: a code, so the page can say it in the reader's language. */
export type IgnoredReason =
  | "unknown-parameter"
  | "repeated"
  | "not-a-day"
  | "outside-timeline"
  | "not-a-bloc"
  | "not-an-event"
  | "not-a-quote"
  | "not-a-country"
  | "not-a-language"
  | "not-a-camera"
  | "quote-without-event"
  | "no-such-bloc"
  | "no-such-event"
  | "no-such-quote"
  | "not-on-this-date";

export interface IgnoredParam {
  param: string;
  value: string;
  reason: IgnoredReason;
}

export interface UrlLimits {
  firstDay: IsoDay;
  lastDay: IsoDay;
  isKnownCountry: (iso3: string) => boolean;
}

/** Camera bounds: Web Mercator stops near ±85° latitude; deeper zooms add nothing at country scale. */
const MAX_LATITUDE = 85;
const MAX_ZOOM = 12;
const ID_PATTERN = /^[A-Za-z0-9_-]{1,120}$/;
const BLOC_PATTERN = /^[a-z][a-z0-9-]{0,40}$/;
/** Three ASCII letters as written: `ﬁn` (a ligature) or `ｆｉｎ` (full width) are not FIN, whatever upper-casing makes of them. */
const COUNTRY_PATTERN = /^[A-Za-z]{3}$/;
/** A decimal number as people write one: no `0x10`, `1e1`, `Infinity`, spaces or plus sign. */
const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;
const KNOWN_PARAMS = new Set(["date", "bloc", "event", "quote", "country", "lang", "view"]);
/**
 * What mail, social and advertising sites append to the links people share: dropped without a word,
 * since the reader never wrote them. Names are compared in lower case.
 */
const TRACKING_PARAMS = new Set([
  "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "twclid", "ttclid", "li_fat_id",
  "igshid", "igsh", "yclid", "ysclid", "srsltid", "_ga", "_gl", "_openstat", "mkt_tok", "ref_src", "ref_url",
  "s_cid", "oly_anon_id", "oly_enc_id", "rb_clickid", "vero_id", "vero_conv", "wickedid", "__s", "ck_subscriber_id",
]);
/** Prefixes of whole families: Google Analytics (`utm_`), Mailchimp (`mc_`), HubSpot (`_hs`, `hsa_`), Matomo and Piwik. */
const TRACKING_PREFIXES = ["utm_", "mc_", "_hs", "hsa_", "mtm_", "pk_"];
/** Quote indexes a link may name: far above any article's count, low enough to reject nonsense. */
const MAX_QUOTE_INDEX = 999;
/** Longest value quoted back in a notice, in characters: enough to recognise it, not enough to flood the page. */
const MAX_ECHO = 60;

/** Whether `param` is one of the parameters sites append to track a click. */
export function isTrackingParam(param: string): boolean {
  const name = param.toLowerCase();
  return TRACKING_PARAMS.has(name) || TRACKING_PREFIXES.some((prefix) => name.startsWith(prefix));
}

function echo(value: string): string {
  return value.length > MAX_ECHO ? `${value.slice(0, MAX_ECHO)}…` : value;
}

function parseCamera(value: string): Camera | null {
  const parts = value.split(",");
  if (parts.length !== 3 || !parts.every((p) => DECIMAL_PATTERN.test(p))) return null;
  const [lon, lat, zoom] = parts.map(Number) as [number, number, number];
  if (Math.abs(lon) > 180 || Math.abs(lat) > MAX_LATITUDE || zoom < 0 || zoom > MAX_ZOOM) return null;
  return { lon, lat, zoom };
}

type Field = Exclude<keyof LinkState, never>;
type Reader = (value: string, limits: UrlLimits) => { ok: LinkState[Field] } | { reason: IgnoredReason };

/** Each value is read exactly as written: no trimming, no folding of look-alike characters. */
const READERS: Record<Field, Reader> = {
  date: (value, limits) => {
    if (!isIsoDay(value)) return { reason: "not-a-day" };
    if (compareDays(value, limits.firstDay) < 0 || compareDays(value, limits.lastDay) > 0) return { reason: "outside-timeline" };
    return { ok: value };
  },
  bloc: (value) => (BLOC_PATTERN.test(value) ? { ok: value } : { reason: "not-a-bloc" }),
  event: (value) => (ID_PATTERN.test(value) ? { ok: value } : { reason: "not-an-event" }),
  quote: (value) => (/^\d{1,3}$/.test(value) && Number(value) <= MAX_QUOTE_INDEX ? { ok: Number(value) } : { reason: "not-a-quote" }),
  country: (value, limits) => {
    const code = value.toUpperCase();
    return COUNTRY_PATTERN.test(value) && limits.isKnownCountry(code) ? { ok: code } : { reason: "not-a-country" };
  },
  lang: (value) => (isLang(value) ? { ok: value } : { reason: "not-a-language" }),
  view: (value) => {
    const camera = parseCamera(value);
    return camera ? { ok: camera } : { reason: "not-a-camera" };
  },
};

/** Reads a query string; every value that cannot be used is reported, never thrown, except trackers, which are dropped. */
export function parseLinkState(search: string, limits: UrlLimits): { state: LinkState; ignored: IgnoredParam[] } {
  const params = new URLSearchParams(search);
  const state: LinkState = { ...EMPTY_LINK_STATE };
  const ignored: IgnoredParam[] = [];
  const seen = new Set<string>();
  for (const [param, value] of params) {
    if (isTrackingParam(param)) continue;
    if (!KNOWN_PARAMS.has(param)) {
      ignored.push({ param: echo(param), value: echo(value), reason: "unknown-parameter" });
      continue;
    }
    if (seen.has(param)) {
      ignored.push({ param, value: echo(value), reason: "repeated" });
      continue;
    }
    seen.add(param);
    const field = param as Field;
    const result = READERS[field](value, limits);
    if ("ok" in result) Object.assign(state, { [field]: result.ok });
    else ignored.push({ param, value: echo(value), reason: result.reason });
  }
  if (state.quote !== null && state.event === null) {
    ignored.push({ param: "quote", value: String(state.quote), reason: "quote-without-event" });
    state.quote = null;
  }
  return { state, ignored };
}

/** Rounding of the camera in links: ~1 km at the equator and a hundredth of a zoom level are plenty. */
const CAMERA_DECIMALS = { lonLat: 2, zoom: 2 };

function formatCamera(camera: Camera): string {
  const round = (n: number, decimals: number) => String(Number(n.toFixed(decimals)));
  return [
    round(camera.lon, CAMERA_DECIMALS.lonLat),
    round(camera.lat, CAMERA_DECIMALS.lonLat),
    round(camera.zoom, CAMERA_DECIMALS.zoom),
  ].join(",");
}

/** Writes only what differs from the defaults, in a fixed order, so equal states give equal links. */
export function serializeLinkState(state: LinkState, defaults: { date: IsoDay | null; bloc: string }): string {
  const params = new URLSearchParams();
  if (state.date && state.date !== defaults.date) params.set("date", state.date);
  if (state.bloc && state.bloc !== defaults.bloc) params.set("bloc", state.bloc);
  if (state.event) params.set("event", state.event);
  if (state.event && state.quote !== null) params.set("quote", String(state.quote));
  if (state.country) params.set("country", state.country);
  if (state.lang) params.set("lang", state.lang);
  if (state.view) params.set("view", formatCamera(state.view));
  const text = params.toString().replaceAll("%2C", ",");
  return text ? `?${text}` : "";
}
