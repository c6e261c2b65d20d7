import type { FeatureCollection } from "geojson";
import type { StyleSpecification } from "maplibre-gl";
import { BORDER_COLOUR, LAND_COLOUR, SEA_COLOUR } from "../../lib/bloc-colours";

export const COUNTRIES_SOURCE = "countries";
export const POINTS_SOURCE = "country-points";
export const FILL_LAYER = "country-fill";
export const SMALL_LAYER = "small-countries";
/** Layers a click or tap on a country can hit. */
export const CLICKABLE_LAYERS = [FILL_LAYER, SMALL_LAYER];

/** Beyond this zoom small countries are big enough to click as shapes, so their circles fade out. */
const SMALL_MARKER_MAX_ZOOM = 5;
const SELECTED_OUTLINE = "#1b1b1b";
/** The open event's countries: the amber of the timeline's event marks. */
const EVENT_OUTLINE = "#b45309";
/** Small countries' circles get a thin outline so a land-coloured one still reads against the sea. */
const SMALL_OUTLINE = "#5f6368";

const fillFromState = ["coalesce", ["feature-state", "fill"], LAND_COLOUR] as const;
const whenSelected = (yes: number, no: number) =>
  ["case", ["boolean", ["feature-state", "selected"], false], yes, no] as const;
/** Small countries get a circle only while they are in some bloc: dozens of grey dots would drown the map. */
const whenInBloc = (yes: number) => ["case", ["boolean", ["feature-state", "inBloc"], false], yes, 0] as const;

/** The whole map, declaratively: no tiles, no glyphs, nothing fetched but the app's own shapes. */
export function mapStyle(countries: FeatureCollection, points: FeatureCollection): StyleSpecification {
  return {
    version: 8,
    sources: {
      [COUNTRIES_SOURCE]: { type: "geojson", data: countries, promoteId: "iso3", attribution: "Natural Earth" },
      [POINTS_SOURCE]: { type: "geojson", data: points, promoteId: "iso3" },
    },
    layers: [
      { id: "sea", type: "background", paint: { "background-color": SEA_COLOUR } },
      {
        id: FILL_LAYER,
        type: "fill",
        source: COUNTRIES_SOURCE,
        paint: { "fill-color": fillFromState as never, "fill-antialias": true },
      },
      {
        id: "country-borders",
        type: "line",
        source: COUNTRIES_SOURCE,
        paint: { "line-color": BORDER_COLOUR, "line-width": ["interpolate", ["linear"], ["zoom"], 1, 0.4, 6, 1.2] },
      },
      {
        id: "event-countries",
        type: "line",
        source: COUNTRIES_SOURCE,
        paint: {
          "line-color": EVENT_OUTLINE,
          "line-width": 2.5,
          "line-dasharray": [2, 1],
          "line-opacity": ["case", ["boolean", ["feature-state", "involved"], false], 1, 0] as never,
        },
      },
      {
        id: "country-selected",
        type: "line",
        source: COUNTRIES_SOURCE,
        paint: { "line-color": SELECTED_OUTLINE, "line-width": 2, "line-opacity": whenSelected(1, 0) as never },
      },
      {
        id: SMALL_LAYER,
        type: "circle",
        source: POINTS_SOURCE,
        filter: ["==", ["get", "small"], true],
        maxzoom: SMALL_MARKER_MAX_ZOOM,
        paint: {
          "circle-color": fillFromState as never,
          "circle-radius": ["interpolate", ["linear"], ["zoom"], 0, whenInBloc(3.5), SMALL_MARKER_MAX_ZOOM, whenInBloc(6)] as never,
          "circle-stroke-color": ["case", ["boolean", ["feature-state", "selected"], false], SELECTED_OUTLINE, SMALL_OUTLINE],
          "circle-stroke-width": ["*", whenSelected(2, 1), whenInBloc(1)] as never,
        },
      },
    ],
  };
}
