import type { FeatureCollection } from "geojson";
import type { LayerSpecification, StyleSpecification } from "maplibre-gl";
import { BORDER_COLOUR, LAND_COLOUR, SEA_COLOUR } from "../../lib/bloc-colours";
import { COMPARE_MARKS, MARKED_GROUPS } from "../../lib/compare-marks";
import { LABEL_LINE_HEIGHT_EM, LABEL_MAX_WIDTH_EM, LABEL_SIZE_STOPS } from "./label-fit";

export const COUNTRIES_SOURCE = "countries";
export const POINTS_SOURCE = "country-points";
/** The selected country's and the open event's outlines (outlines.ts). */
export const OUTLINES_SOURCE = "outlines";
/** The countries a comparison of two dates marks, each with its group (`change`): compare-marks.ts. */
export const COMPARE_SOURCE = "compare";
/** The countries' names of the date, in the interface language (country-labels.ts). */
export const LABELS_SOURCE = "country-labels";
export const FILL_LAYER = "country-fill";
export const LABEL_LAYER = "country-labels";
export const SMALL_LAYER = "small-countries";
/** Layers a click or tap on a country can hit. */
export const CLICKABLE_LAYERS = [FILL_LAYER, SMALL_LAYER];
/** The hatch over occupied areas, drawn above the country that holds them by right. */
export const OCCUPIED_LAYER = "occupied-areas";

/** Beyond this zoom small countries are big enough to click as shapes, so their circles fade out. */
const SMALL_MARKER_MAX_ZOOM = 5;
const SELECTED_OUTLINE = "#1b1b1b";
/** The open event's countries: the amber of the timeline's event marks. */
const EVENT_OUTLINE = "#b45309";
/** Small countries' circles get a thin outline so a land-coloured one still reads against the sea. */
const SMALL_OUTLINE = "#5f6368";
/** Occupied areas: a dashed outline over a hatch, in a dark red that reads over every bloc colour. */
const OCCUPIED_OUTLINE = "#7a1020";
/** The hatch image's id and size (CSS pixels): generated in the page, nothing is fetched. */
export const OCCUPIED_PATTERN = "occupied-hatch";
const OCCUPIED_PATTERN_SIZE = 8;

const fillFromState = ["coalesce", ["feature-state", "fill"], LAND_COLOUR] as const;
/** A shape is drawn only on the dates it existed: `shown` is set per date, hidden until then. */
const whenShown = (yes: unknown) => ["case", ["boolean", ["feature-state", "shown"], false], yes, 0] as const;
const isOccupation = ["has", "occupation"] as const;
const isCountry = ["!", isOccupation] as const;
const isDated = ["has", "dated"] as const;
const BORDER_WIDTH = ["interpolate", ["linear"], ["zoom"], 1, 0.4, 6, 1.2] as const;
const whenSelected = (yes: number, no: number) =>
  ["case", ["boolean", ["feature-state", "selected"], false], yes, no] as const;
/** Small countries get a circle only while they are in some bloc: dozens of grey dots would drown the map. */
const whenInBloc = (yes: number) => ["case", ["boolean", ["feature-state", "inBloc"], false], yes, 0] as const;

/**
 * The names are drawn from the reader's own fonts, the page's stack: with no `glyphs` URL in the style,
 * MapLibre rasterises each letter in the browser (TinySDF), so no glyph server, font file or CDN is
 * needed, nothing is fetched and no font licence comes with the app. A glyph server would have to be
 * ours (PBFs built from a font we ship); the page's text is already drawn in these fonts.
 */
const LABEL_FONTS = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Noto Sans", "sans-serif"];
/** Dark grey on a white halo: readable over every bloc colour, the sea and the land. */
const LABEL_COLOUR = "#1f2328";
const LABEL_HALO = "rgba(255, 255, 255, 0.9)";

/** Diagonal stripes on a transparent ground, as RGBA pixels for `map.addImage`. */
export function occupiedPattern(): { width: number; height: number; data: Uint8Array } {
  const size = OCCUPIED_PATTERN_SIZE;
  const data = new Uint8Array(size * size * 4);
  const [r, g, b] = [0x7a, 0x10, 0x20];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if ((x + y) % size > 1) continue;
      data.set([r, g, b, 200], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

const isChange = (group: string) => ["==", ["get", "change"], group] as const;

/** A comparison's marks: each group's pattern, then its outline, solid, dashed or dotted (lib/compare-marks.ts). */
function compareLayers(): LayerSpecification[] {
  return MARKED_GROUPS.flatMap((group): LayerSpecification[] => {
    const { colour, dash, pattern } = COMPARE_MARKS[group];
    const fill: LayerSpecification[] = pattern
      ? [{ id: `compare-${group}-pattern`, type: "fill", source: COMPARE_SOURCE, filter: isChange(group) as never, paint: { "fill-pattern": pattern } }]
      : [];
    const line: LayerSpecification = {
      id: `compare-${group}-outline`,
      type: "line",
      source: COMPARE_SOURCE,
      filter: isChange(group) as never,
      // Round caps turn the changed group's short dashes into dots.
      layout: { "line-cap": group === "changed" ? "round" : "butt" },
      paint: { "line-color": colour, "line-width": 2.2, ...(dash ? { "line-dasharray": [...dash] } : {}) },
    };
    return [...fill, line];
  });
}

/** The whole map, declaratively: no tiles, no glyph files, nothing fetched but the app's own shapes. */
export function mapStyle(countries: FeatureCollection, points: FeatureCollection, credits: string): StyleSpecification {
  return {
    version: 8,
    sources: {
      // West Berlin's outline comes from Berlin's Ortsteile, whose licence asks for its source (data/states/README.md).
      [COUNTRIES_SOURCE]: { type: "geojson", data: countries, promoteId: "id", attribution: credits },
      [POINTS_SOURCE]: { type: "geojson", data: points, promoteId: "id" },
      [OUTLINES_SOURCE]: { type: "geojson", data: { type: "FeatureCollection", features: [] } },
      [COMPARE_SOURCE]: { type: "geojson", data: { type: "FeatureCollection", features: [] } },
      [LABELS_SOURCE]: { type: "geojson", data: { type: "FeatureCollection", features: [] } },
    },
    layers: [
      { id: "sea", type: "background", paint: { "background-color": SEA_COLOUR } },
      {
        id: FILL_LAYER,
        type: "fill",
        source: COUNTRIES_SOURCE,
        filter: isCountry as never,
        paint: { "fill-color": fillFromState as never, "fill-opacity": whenShown(1) as never, "fill-antialias": true },
      },
      {
        // Borders of the shapes drawn at every date do not depend on feature state, so recolouring
        // never rewrites their buffers; only the dated shapes' borders follow `shown`.
        id: "country-borders",
        type: "line",
        source: COUNTRIES_SOURCE,
        filter: ["all", isCountry, ["!", isDated]] as never,
        paint: { "line-color": BORDER_COLOUR, "line-width": BORDER_WIDTH as never },
      },
      {
        id: "dated-borders",
        type: "line",
        source: COUNTRIES_SOURCE,
        filter: ["all", isCountry, isDated] as never,
        paint: { "line-color": BORDER_COLOUR, "line-width": BORDER_WIDTH as never, "line-opacity": whenShown(1) as never },
      },
      {
        id: OCCUPIED_LAYER,
        type: "fill",
        source: COUNTRIES_SOURCE,
        filter: isOccupation as never,
        paint: { "fill-pattern": OCCUPIED_PATTERN, "fill-opacity": whenShown(1) as never },
      },
      {
        id: "occupied-outline",
        type: "line",
        source: COUNTRIES_SOURCE,
        filter: isOccupation as never,
        paint: { "line-color": OCCUPIED_OUTLINE, "line-width": 1.2, "line-dasharray": [3, 2], "line-opacity": whenShown(1) as never },
      },
      ...compareLayers(),
      {
        id: "event-countries",
        type: "line",
        source: OUTLINES_SOURCE,
        filter: ["==", ["get", "kind"], "involved"],
        paint: { "line-color": EVENT_OUTLINE, "line-width": 2.5, "line-dasharray": [2, 1] },
      },
      {
        id: "country-selected",
        type: "line",
        source: OUTLINES_SOURCE,
        filter: ["==", ["get", "kind"], "selected"],
        paint: { "line-color": SELECTED_OUTLINE, "line-width": 2 },
      },
      {
        id: SMALL_LAYER,
        type: "circle",
        source: POINTS_SOURCE,
        filter: ["all", ["==", ["get", "small"], true], isCountry] as never,
        maxzoom: SMALL_MARKER_MAX_ZOOM,
        paint: {
          "circle-color": fillFromState as never,
          "circle-radius": [
            "interpolate",
            ["linear"],
            ["zoom"],
            0,
            ["*", whenInBloc(3.5), whenShown(1)],
            SMALL_MARKER_MAX_ZOOM,
            ["*", whenInBloc(6), whenShown(1)],
          ] as never,
          "circle-stroke-color": ["case", ["boolean", ["feature-state", "selected"], false], SELECTED_OUTLINE, SMALL_OUTLINE],
          "circle-stroke-width": ["*", whenSelected(2, 1), whenInBloc(1), whenShown(1)] as never,
        },
      },
      {
        id: LABEL_LAYER,
        type: "symbol",
        source: LABELS_SOURCE,
        filter: [">=", ["zoom"], ["get", "minZoom"]],
        layout: {
          "text-field": ["get", "name"],
          "text-font": LABEL_FONTS,
          "text-size": ["interpolate", ["linear"], ["zoom"], ...LABEL_SIZE_STOPS.flat()] as never,
          "text-max-width": LABEL_MAX_WIDTH_EM,
          "text-line-height": LABEL_LINE_HEIGHT_EM,
          // Larger countries first: where two names would touch, the smaller country's gives way.
          "symbol-sort-key": ["-", ["get", "areaKm2"]],
          "text-padding": 3,
        },
        paint: { "text-color": LABEL_COLOUR, "text-halo-color": LABEL_HALO, "text-halo-width": 1.5, "text-halo-blur": 0.5 },
      },
    ],
  };
}
