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

export interface IgnoredParam {
  param: string;
  value: string;
  reason: string;
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
const KNOWN_PARAMS = new Set(["date", "bloc", "event", "quote", "country", "lang", "view"]);
/** Quote indexes a link may name: far above any article's count, low enough to reject nonsense. */
const MAX_QUOTE_INDEX = 999;
/** Longest value quoted back in a notice, in characters: enough to recognise it, not enough to flood the page. */
const MAX_ECHO = 60;

function echo(value: string): string {
  return value.length > MAX_ECHO ? `${value.slice(0, MAX_ECHO)}…` : value;
}

function parseCamera(value: string): Camera | null {
  const parts = value.split(",");
  if (parts.length !== 3 || parts.some((p) => p.trim() === "")) return null;
  const [lon, lat, zoom] = parts.map(Number) as [number, number, number];
  if (![lon, lat, zoom].every(Number.isFinite)) return null;
  if (Math.abs(lon) > 180 || Math.abs(lat) > MAX_LATITUDE || zoom < 0 || zoom > MAX_ZOOM) return null;
  return { lon, lat, zoom };
}

type Field = Exclude<keyof LinkState, never>;
type Reader = (value: string, limits: UrlLimits) => { ok: LinkState[Field] } | { reason: string };

const READERS: Record<Field, Reader> = {
  date: (value, limits) => {
    if (!isIsoDay(value)) return { reason: "not a calendar day as YYYY-MM-DD" };
    if (compareDays(value, limits.firstDay) < 0 || compareDays(value, limits.lastDay) > 0) {
      return { reason: `outside ${limits.firstDay} – ${limits.lastDay}` };
    }
    return { ok: value };
  },
  bloc: (value) => (BLOC_PATTERN.test(value) ? { ok: value } : { reason: "not a bloc id" }),
  event: (value) => (ID_PATTERN.test(value) ? { ok: value } : { reason: "not an event id" }),
  quote: (value) =>
    /^\d{1,3}$/.test(value) && Number(value) <= MAX_QUOTE_INDEX
      ? { ok: Number(value) }
      : { reason: "not a quote number" },
  country: (value, limits) => {
    const code = value.toUpperCase();
    return /^[A-Z]{3}$/.test(code) && limits.isKnownCountry(code)
      ? { ok: code }
      : { reason: "not an ISO 3166-1 alpha-3 country code" };
  },
  lang: (value) => (isLang(value) ? { ok: value } : { reason: "the interface speaks en or fr" }),
  view: (value) => {
    const camera = parseCamera(value);
    return camera ? { ok: camera } : { reason: "expected lon,lat,zoom within the map's range" };
  },
};

/** Reads a query string; every value that cannot be used is reported, never thrown. */
export function parseLinkState(search: string, limits: UrlLimits): { state: LinkState; ignored: IgnoredParam[] } {
  const params = new URLSearchParams(search);
  const state: LinkState = { ...EMPTY_LINK_STATE };
  const ignored: IgnoredParam[] = [];
  const seen = new Set<string>();
  for (const [param, value] of params) {
    if (!KNOWN_PARAMS.has(param)) {
      ignored.push({ param: echo(param), value: echo(value), reason: "unknown parameter" });
      continue;
    }
    if (seen.has(param)) {
      ignored.push({ param, value: echo(value), reason: "given more than once; the first is used" });
      continue;
    }
    seen.add(param);
    const field = param as Field;
    const result = READERS[field](value.trim(), limits);
    if ("ok" in result) Object.assign(state, { [field]: result.ok });
    else ignored.push({ param, value: echo(value), reason: result.reason });
  }
  if (state.quote !== null && state.event === null) {
    ignored.push({ param: "quote", value: String(state.quote), reason: "a quote needs its event" });
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
