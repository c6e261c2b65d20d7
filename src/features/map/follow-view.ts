import type { Map as MapLibreMap } from "maplibre-gl";
import type { StatesIndex } from "../../domain/states";
import { highlightedBlocId, type BlocData } from "../../lib/data/use-bloc-data";
import { getViewState, selectDate, selectSweeping, subscribeToView, type ViewState } from "../../lib/view-store";
import type { CompareMarks } from "./compare-marks";
import type { CountryLabels } from "./country-labels";
import { MapColouring, type ColouringTarget, type MapShape } from "./map-colouring";
import { POINTS_SOURCE } from "./map-style";
import type { Outlines } from "./outlines";

/** A performance entry per map recolouring: `npm run bench` reads them (User Timing, no globals). */
export const MEMBERSHIP_UPDATE_MEASURE = "atlas:membership-update";

/** Camera moves smaller than this (degrees, zoom levels) are the map echoing a link's camera back. */
const CAMERA_EPSILON = 1e-3;

function targetOf(state: ViewState, data: BlocData): ColouringTarget | null {
  const date = selectDate(state);
  if (!date) return null;
  return { bloc: highlightedBlocId(data, state.bloc), date };
}

/**
 * Keeps the map in step with the view store without going through React: the store changes up to once
 * a frame while the slider is dragged, and the map is recoloured at most once per animation frame.
 * The container's `data-map-date` / `data-map-bloc` say what the map shows (a signal for tests).
 */
export function followView(
  map: MapLibreMap,
  data: BlocData,
  states: StatesIndex,
  shapes: readonly MapShape[],
  outlines: Outlines,
  compareMarks: CompareMarks,
  labels: CountryLabels,
  element: HTMLElement,
) {
  const colouring = new MapColouring(map, data, states, shapes);
  let frame: number | null = null;
  let selected: string | null = null;

  const render = () => {
    frame = null;
    const state = getViewState();
    const target = targetOf(state, data);
    if (target) {
      const started = performance.now();
      colouring.update(target);
      outlines.showOn(target.date);
      labels.showOn(target.date, selectSweeping(state));
      performance.measure(MEMBERSHIP_UPDATE_MEASURE, { start: started });
      compareMarks.show({ ...target, compare: state.compare });
      element.dataset["mapDate"] = target.date;
      element.dataset["mapBloc"] = target.bloc;
      element.dataset["mapCompare"] = state.compare ?? "";
    }
    if (state.country !== selected) {
      // The small countries' circles mark the selection in their stroke; shapes get an outline of their own.
      const mark = (country: string | null, on: boolean) => {
        for (const shape of country ? colouring.shapesOf(country) : []) map.setFeatureState({ source: POINTS_SOURCE, id: shape.id }, { selected: on });
      };
      mark(selected, false);
      mark(state.country, true);
      outlines.select(state.country);
      selected = state.country;
    }
  };
  const schedule = () => {
    frame ??= requestAnimationFrame(render);
  };

  const jumpToLinkCamera = (state: ViewState) => {
    if (!state.view) return;
    const center = map.getCenter();
    const same =
      Math.abs(center.lng - state.view.lon) < CAMERA_EPSILON &&
      Math.abs(center.lat - state.view.lat) < CAMERA_EPSILON &&
      Math.abs(map.getZoom() - state.view.zoom) < CAMERA_EPSILON;
    if (!same) map.jumpTo({ center: [state.view.lon, state.view.lat], zoom: state.view.zoom });
  };

  const unsubscribe = subscribeToView((state, previous) => {
    if (state.view !== previous.view) jumpToLinkCamera(state);
    if (
      state.date !== previous.date ||
      state.defaultDate !== previous.defaultDate ||
      state.bloc !== previous.bloc ||
      state.compare !== previous.compare ||
      state.country !== previous.country
    ) {
      schedule();
    }
    // A sweep's end: the names wait no longer for the date to rest.
    if (selectSweeping(previous) && !selectSweeping(state)) labels.showOn(selectDate(state), false);
  });

  map.on("moveend", (e) => {
    if (!("originalEvent" in e) || !e.originalEvent) return;
    const center = map.getCenter();
    getViewState().actions.cameraMoved({ lon: center.lng, lat: center.lat, zoom: map.getZoom() });
  });
  map.on("load", () => {
    jumpToLinkCamera(getViewState());
    render();
  });

  return {
    countryClicked: (iso3: string) => getViewState().actions.countryOpened(iso3),
    dispose: () => {
      unsubscribe();
      if (frame !== null) cancelAnimationFrame(frame);
    },
  };
}
