import type { Map as MapLibreMap } from "maplibre-gl";
import type { Countries } from "../../domain/schemas/shapes";
import { getViewState, selectDate, subscribeToView } from "../../lib/view-store";
import { countryBounds } from "./country-bounds";

/** Room kept around a country brought into view, in CSS pixels. */
const REVEAL_PADDING_PX = 24;
/** A small country is shown at this zoom at most, with its neighbours around it. */
const REVEAL_MAX_ZOOM = 5;
const REVEAL_DURATION_MS = 600;

/**
 * Brings into view the country the reader asked for (a Members list entry, the country picker), then
 * records the camera in the link. The container's `data-map-revealed` names the last country brought
 * into view (a signal for tests).
 */
export function revealCountries(map: MapLibreMap, countries: Countries, element: HTMLElement): () => void {
  return subscribeToView((state, previous) => {
    if (!state.revealed || state.revealed === previous.revealed) return;
    const { country } = state.revealed;
    const bounds = countryBounds(countries.features, country, selectDate(state));
    if (!bounds) return;
    map.fitBounds(bounds, { padding: REVEAL_PADDING_PX, maxZoom: REVEAL_MAX_ZOOM, duration: REVEAL_DURATION_MS });
    map.once("moveend", () => {
      const center = map.getCenter();
      getViewState().actions.cameraMoved({ lon: center.wrap().lng, lat: center.lat, zoom: map.getZoom() });
      element.dataset["mapRevealed"] = country;
    });
  });
}
