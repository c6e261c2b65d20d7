import { compareDays, isIsoDay, type IsoDay } from "../domain/day";
import { ARTICLE_ID, BLOC_ID, COUNTRY_CODE, SPEAKER_ID } from "../domain/id-patterns";
import { isLang, type Lang } from "./i18n";

/** The map camera as written in `view=lon,lat,zoom`. */
export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

/** Everything a link can carry (DESIGN.md, "Deep links"), by parameter name; `null` means "the default". */
export interface LinkState {
  date: IsoDay | null;
  /** A second date: the map and the Members region show what changed between it and `date`. */
  compare: IsoDay | null;
  bloc: string | null;
  event: string | null;
  /** Index of a quote within the open event: the reader opens at it. Only meaningful with `event`. */
  quote: number | null;
  /** `date`: the reader is open at the words the open event's date was read from (for an event without quotes). */
  reader: "date" | null;
  country: string | null;
  lang: Lang | null;
  view: Camera | null;
  /** The events search, as typed. */
  q: string | null;
  /** The events filters: a speaker's id, a country's ISO3, a bloc id, an article id. */
  speaker: string | null;
  mentions: string | null;
  about: string | null;
  article: string | null;
  /** The map and the timeline only, for an iframe. */
  embed: true | null;
}

export type LinkParam = keyof LinkState;

/** Why a part of a link was not used: a code, so the page can say it in the reader's language. */
export type IgnoredReason =
  | "unknown-parameter"
  | "repeated"
  | "not-a-day"
  | "not-embed"
  | "outside-timeline"
  | "not-a-bloc"
  | "not-an-event"
  | "not-a-quote"
  | "not-a-country"
  | "not-a-language"
  | "not-a-camera"
  | "not-search-text"
  | "not-a-speaker"
  | "not-an-article"
  | "needs-event"
  | "not-a-reader-place"
  | "one-reader"
  | "no-such-bloc"
  | "no-such-event"
  | "no-such-quote"
  | "no-such-speaker"
  | "no-such-article"
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

/** What the link leaves out because it is the default. */
export interface LinkDefaults {
  date: IsoDay | null;
  bloc: string;
}

type Read<T> = { ok: T } | { reason: IgnoredReason };

/**
 * One link parameter: how it is read (exactly as written: no trimming, no folding of look-alike
 * characters) and written, when it is left out, the reason given once the data shows that a
 * well-formed value names nothing, and examples of what it accepts and refuses, from which the
 * tests are written.
 */
export interface ParamSpec<K extends LinkParam> {
  read: (value: string, limits: UrlLimits) => Read<NonNullable<LinkState[K]>>;
  write: (value: NonNullable<LinkState[K]>) => string;
  isDefault?: (value: NonNullable<LinkState[K]>, defaults: LinkDefaults) => boolean;
  /** Checked once the data is loaded (app/use-link-checks.ts). */
  unknown?: IgnoredReason;
  examples: { valid: string[]; invalid: string[] };
}

/** Camera bounds: Web Mercator stops near ±85° latitude; deeper zooms add nothing at country scale. */
const MAX_LATITUDE = 85;
const MAX_ZOOM = 12;
const EVENT_ID = /^[A-Za-z0-9_-]{1,120}$/;
const MAX_ID_CHARS = 120;
/** Three ASCII letters as written: `ﬁn` (a ligature) or `ｆｉｎ` (full width) are not FIN, whatever upper-casing makes of them. */
const LETTERS3 = /^[A-Za-z]{3}$/;
/** A decimal number as people write one: no `0x10`, `1e1`, `Infinity`, spaces or plus sign. */
const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;
/** Quote indexes a link may name: far above any article's count, low enough to reject nonsense. */
const MAX_QUOTE_INDEX = 999;
/** A search is a few words: longer text in a link is not a search someone typed. */
const MAX_QUERY_CHARS = 200;
/** Markup, control characters and the bidirectional overrides that could reorder the text around them. */
const NOT_QUERY_TEXT = /[<>\p{Cc}\u202a-\u202e\u2066-\u2069]/u;
/** Rounding of the camera in links: ~1 km at the equator and a hundredth of a zoom level are plenty. */
const CAMERA_DECIMALS = { lonLat: 2, zoom: 2 };

function parseCamera(value: string): Camera | null {
  const parts = value.split(",");
  if (parts.length !== 3 || !parts.every((p) => DECIMAL_PATTERN.test(p))) return null;
  const [lon, lat, zoom] = parts.map(Number) as [number, number, number];
  if (Math.abs(lon) > 180 || Math.abs(lat) > MAX_LATITUDE || zoom < 0 || zoom > MAX_ZOOM) return null;
  return { lon, lat, zoom };
}

function formatCamera(camera: Camera): string {
  const round = (n: number, decimals: number) => String(Number(n.toFixed(decimals)));
  return [round(camera.lon, CAMERA_DECIMALS.lonLat), round(camera.lat, CAMERA_DECIMALS.lonLat), round(camera.zoom, CAMERA_DECIMALS.zoom)].join(",");
}

const matching = (pattern: RegExp, reason: IgnoredReason) => (value: string): Read<string> =>
  value.length <= MAX_ID_CHARS && pattern.test(value) ? { ok: value } : { reason };

const countryCode = (value: string, limits: UrlLimits): Read<string> => {
  const code = value.toUpperCase();
  return LETTERS3.test(value) && COUNTRY_CODE.test(code) && limits.isKnownCountry(code) ? { ok: code } : { reason: "not-a-country" };
};

const asWritten = String;

const timelineDay = (value: string, limits: UrlLimits): Read<IsoDay> => {
  if (!isIsoDay(value)) return { reason: "not-a-day" };
  if (compareDays(value, limits.firstDay) < 0 || compareDays(value, limits.lastDay) > 0) return { reason: "outside-timeline" };
  return { ok: value };
};

/**
 * The link parameters, in the order a link writes them: the URL codec, the store's fields, the
 * notices and the tests all come from this table.
 */
export const LINK_PARAMS: { readonly [K in LinkParam]: ParamSpec<K> } = {
  date: {
    read: timelineDay,
    write: asWritten,
    isDefault: (value, defaults) => value === defaults.date,
    examples: { valid: ["2023-04-04", "1949-04-04"], invalid: ["2023-02-30", "1900-01-01", "2999-01-01", "yesterday", "２０２３-04-04", "2023-04-04 "] },
  },
  compare: {
    read: timelineDay,
    write: asWritten,
    examples: { valid: ["1990-01-01", "2026-11-24"], invalid: ["1990-02-30", "1948-12-31", "1990", "today", "1990-01-01T00:00"] },
  },
  bloc: {
    read: matching(BLOC_ID, "not-a-bloc"),
    write: asWritten,
    isDefault: (value, defaults) => value === defaults.bloc,
    unknown: "no-such-bloc",
    examples: { valid: ["aukus"], invalid: ["<img src=x onerror=alert(1)>", "NATO!", "ＮＡＴＯ", "x".repeat(200)] },
  },
  event: {
    read: matching(EVENT_ID, "not-an-event"),
    write: asWritten,
    examples: { valid: ["e-1"], invalid: ["a b", "'; DROP TABLE events;--"] },
  },
  quote: {
    read: (value) => (/^\d{1,3}$/.test(value) && Number(value) <= MAX_QUOTE_INDEX ? { ok: Number(value) } : { reason: "not-a-quote" }),
    write: String,
    examples: { valid: ["0", "12"], invalid: ["-1", "1.5", "٣", "1000"] },
  },
  reader: {
    read: (value) => (value === "date" ? { ok: "date" } : { reason: "not-a-reader-place" }),
    write: asWritten,
    examples: { valid: ["date"], invalid: ["DATE", "quote", "<b>date</b>"] },
  },
  country: {
    read: countryCode,
    write: asWritten,
    examples: { valid: ["FIN", "fin"], invalid: ["ZZZ", "FR", "ﬁn", "ｆｉｎ", "fın", " FIN", "FIN\u200b"] },
  },
  lang: {
    read: (value) => (isLang(value) ? { ok: value } : { reason: "not-a-language" }),
    write: asWritten,
    examples: { valid: ["fr", "en"], invalid: ["de", "EN", "javascript:alert(1)"] },
  },
  view: {
    read: (value) => {
      const camera = parseCamera(value);
      return camera ? { ok: camera } : { reason: "not-a-camera" };
    },
    write: formatCamera,
    examples: {
      valid: ["10.5,50,3", "-70.25,-33.5,4"],
      invalid: ["1,2", "200,0,1", "0,0,NaN", "0x10,0,1", "0o7,0,1", "1e1,0,1", "+10,0,1", " 10,0,1", "１０,0,1", "10.,0,1", "Infinity,0,1"],
    },
  },
  q: {
    read: (value) => (value.length <= MAX_QUERY_CHARS && !NOT_QUERY_TEXT.test(value) && value.trim() !== "" ? { ok: value } : { reason: "not-search-text" }),
    write: asWritten,
    examples: { valid: ["OTAN", "Poutine Xi", "géographie têtue"], invalid: ["<script>alert(1)</script>", "a\u0000b", "\u202eOTAN", " ", "x".repeat(201)] },
  },
  speaker: {
    read: matching(SPEAKER_ID, "not-a-speaker"),
    write: asWritten,
    unknown: "no-such-speaker",
    examples: { valid: ["vladimir-putin", "jean-noel-barrot"], invalid: ["Vladimir Putin", "<b>x</b>", "-putin", "putin-"] },
  },
  mentions: {
    read: countryCode,
    write: asWritten,
    examples: { valid: ["CHN", "fra"], invalid: ["ZZZ", "China", "\"><svg onload=alert(1)>"] },
  },
  about: {
    read: matching(BLOC_ID, "not-a-bloc"),
    write: asWritten,
    unknown: "no-such-bloc",
    examples: { valid: ["nato", "g7"], invalid: ["NATO", "<i>nato</i>"] },
  },
  article: {
    read: matching(ARTICLE_ID, "not-an-article"),
    write: asWritten,
    unknown: "no-such-article",
    examples: { valid: ["004_bfcca99e1c7093f0"], invalid: ["004", "../../etc/passwd", "004_BFCCA99E1C7093F0"] },
  },
  embed: {
    read: (value) => (value === "1" ? { ok: true } : { reason: "not-embed" }),
    write: () => "1",
    examples: { valid: ["1"], invalid: ["0", "true", "yes", "01", " 1"] },
  },
};

export const LINK_PARAM_NAMES = Object.keys(LINK_PARAMS) as LinkParam[];

export const EMPTY_LINK_STATE: LinkState = Object.fromEntries(LINK_PARAM_NAMES.map((name) => [name, null])) as { [K in LinkParam]: null };

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

const isLinkParam = (name: string): name is LinkParam => Object.hasOwn(LINK_PARAMS, name);

function readParam<K extends LinkParam>(param: K, value: string, limits: UrlLimits): Read<NonNullable<LinkState[K]>> {
  return LINK_PARAMS[param].read(value, limits);
}

/** Reads a query string; every value that cannot be used is reported, never thrown, except trackers, which are dropped. */
export function parseLinkState(search: string, limits: UrlLimits): { state: LinkState; ignored: IgnoredParam[] } {
  const state: LinkState = { ...EMPTY_LINK_STATE };
  const ignored: IgnoredParam[] = [];
  const seen = new Set<string>();
  for (const [param, value] of new URLSearchParams(search)) {
    if (isTrackingParam(param)) continue;
    if (!isLinkParam(param)) {
      ignored.push({ param: echo(param), value: echo(value), reason: "unknown-parameter" });
      continue;
    }
    if (seen.has(param)) {
      ignored.push({ param, value: echo(value), reason: "repeated" });
      continue;
    }
    seen.add(param);
    const result = readParam(param, value, limits);
    if ("ok" in result) Object.assign(state, { [param]: result.ok });
    else ignored.push({ param, value: echo(value), reason: result.reason });
  }
  // The reader opens within an event, at one place.
  if (state.quote !== null && state.reader !== null) {
    ignored.push({ param: "reader", value: state.reader, reason: "one-reader" });
    state.reader = null;
  }
  for (const param of ["quote", "reader"] as const) {
    const value = state[param];
    if (value !== null && state.event === null) {
      ignored.push({ param, value: String(value), reason: "needs-event" });
      state[param] = null;
    }
  }
  return { state, ignored };
}

function writeParam<K extends LinkParam>(param: K, value: NonNullable<LinkState[K]>, defaults: LinkDefaults): string | null {
  const spec = LINK_PARAMS[param];
  return spec.isDefault?.(value, defaults) ? null : spec.write(value);
}

/** Writes only what differs from the defaults, in the table's order, so equal states give equal links. */
export function serializeLinkState(state: LinkState, defaults: LinkDefaults): string {
  const params = new URLSearchParams();
  for (const param of LINK_PARAM_NAMES) {
    const value = state[param];
    if (value === null || ((param === "quote" || param === "reader") && state.event === null)) continue;
    const written = writeParam(param, value, defaults);
    if (written !== null) params.set(param, written);
  }
  const text = params.toString().replaceAll("%2C", ",");
  return text ? `?${text}` : "";
}

/** Whether two states give the same link. */
export function sameLink(a: LinkState, b: LinkState): boolean {
  return LINK_PARAM_NAMES.every((param) => a[param] === b[param]);
}
