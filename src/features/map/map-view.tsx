import { useQuery } from "@tanstack/react-query";
import type { FeatureCollection } from "geojson";
import { Map as MapLibreMap, NavigationControl, setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import "maplibre-gl/dist/maplibre-gl.css";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Countries, CountryPoints } from "../../domain/schemas/shapes";
import { nameOn, type StatesIndex } from "../../domain/states";
import { fetchDataFile } from "../../lib/data/fetch-data-file";
import { dataKeys } from "../../lib/data/query-keys";
import { useBlocData, type BlocData } from "../../lib/data/use-bloc-data";
import { useStatesData } from "../../lib/data/use-states-data";
import { useLang, useMessages } from "../../lib/use-lang";
import { DataError } from "../../components/data-error";
import { EventMarkers } from "./event-markers";
import type { MapShape } from "./map-colouring";
import { comparePattern, COMPARE_MARKS } from "../../lib/compare-marks";
import { provideMapSnapshot } from "../../lib/map-snapshot";
import { CompareMarks } from "./compare-marks";
import { CountryLabels } from "./country-labels";
import { mapSnapshot } from "./map-snapshot";
import { CLICKABLE_LAYERS, mapStyle, OCCUPIED_PATTERN, occupiedPattern } from "./map-style";
import { MapText } from "./map-text";
import { MapTooltip } from "./map-tooltip";
import { followView } from "./follow-view";
import { Outlines } from "./outlines";
import { revealCountries } from "./reveal-country";
import "./map.css";

setWorkerUrl(workerUrl);

/** The world at a glance: the camera when the link names none. */
export const DEFAULT_CAMERA = { lon: 12, lat: 30, zoom: 1.2 };

type MapStatus = "loading" | "ready" | "unavailable";

/** MapLibre needs WebGL; without it the page keeps its lists and says why there is no map. */
function webGlAvailable(): boolean {
  const canvas = document.createElement("canvas");
  return Boolean(canvas.getContext("webgl2") ?? canvas.getContext("webgl"));
}

export default function MapView() {
  const t = useMessages();
  const blocs = useBlocData();
  const states = useStatesData();
  const countries = useQuery({
    queryKey: dataKeys.countries(),
    queryFn: ({ signal }) => fetchDataFile("countries.geojson", (s) => s.countriesSchema, signal),
  });
  const points = useQuery({
    queryKey: dataKeys.countryPoints(),
    queryFn: ({ signal }) => fetchDataFile("country-points.geojson", (s) => s.countryPointsSchema, signal),
  });
  const failed = [blocs, states, countries, points].find((q) => q.error);
  if (failed?.error) {
    return (
      <div className="map-placeholder">
        <DataError error={failed.error} region={t.mapRegion} />
      </div>
    );
  }
  if (!countries.data || !points.data || !blocs.data || !states.data) {
    return <div className="map-placeholder">{t.loading}</div>;
  }
  return <MapCanvas countries={countries.data} points={points.data} blocs={blocs.data} states={states.data} label={t.mapLabel} />;
}

interface CanvasProps {
  countries: Countries;
  points: CountryPoints;
  blocs: BlocData;
  states: StatesIndex;
  label: string;
}

function shapesOf(countries: Countries): MapShape[] {
  return countries.features.map(({ properties: { id, iso3, area, occupation, spans } }) => ({ id, iso3, area, occupation, spans }));
}

function MapCanvas({ countries, points, blocs, states, label }: CanvasProps) {
  const t = useMessages();
  const lang = useLang();
  const container = useRef<HTMLElement>(null);
  const [webGl] = useState(webGlAvailable);
  const [ready, setReady] = useState(false);
  const [map, setMap] = useState<{ map: MapLibreMap; outlines: Outlines } | null>(null);
  const status: MapStatus = !webGl ? "unavailable" : ready ? "ready" : "loading";
  const shapes = useMemo(() => shapesOf(countries), [countries]);
  // MapLibre reads its controls' words, and the labels their names, when the map is made: a new language makes a new map, which
  // takes the camera back from the view store.
  const { mapControls: controls, mapCredits: credits } = t;

  useEffect(() => {
    const element = container.current;
    if (!element || !webGl) return;
    const map = new MapLibreMap({
      container: element,
      style: mapStyle(countries as FeatureCollection, points as FeatureCollection, credits),
      center: [DEFAULT_CAMERA.lon, DEFAULT_CAMERA.lat],
      zoom: DEFAULT_CAMERA.zoom,
      attributionControl: { compact: true },
      locale: controls,
      renderWorldCopies: true,
      dragRotate: false,
      pitchWithRotate: false,
      fadeDuration: 0,
    });
    map.touchZoomRotate.disableRotation();
    map.addControl(new NavigationControl({ showCompass: false }), "top-right");
    // The patterns are made when a layer first asks for them: MapLibre waits for the resolver before it
    // counts an image as missing (a `styleimagemissing` listener runs too late for the first tiles).
    map.setMissingStyleImageResolver((id) => {
      if (id === OCCUPIED_PATTERN) map.addImage(OCCUPIED_PATTERN, occupiedPattern());
      for (const group of ["joined", "left"] as const) {
        if (id === COMPARE_MARKS[group].pattern) map.addImage(id, comparePattern(group));
      }
    });
    const outlines = new Outlines(map, countries);
    const labels = new CountryLabels(map, points, (shape, date) => nameOn(states, shape.area ?? shape.iso3, lang, date), element);
    const follower = followView(map, blocs, states, shapes, outlines, new CompareMarks(map, blocs, countries), labels, element);
    const stopRevealing = revealCountries(map, countries, element);
    map.on("click", (e) => {
      // Shapes of other dates are in the tiles too, only transparent: the one drawn today is the hit.
      const hit = map.queryRenderedFeatures(e.point, { layers: CLICKABLE_LAYERS }).find((f) => f.state["shown"] === true);
      const iso3 = hit?.properties["iso3"];
      if (typeof iso3 === "string") follower.countryClicked(iso3);
    });
    for (const layer of CLICKABLE_LAYERS) {
      map.on("mouseenter", layer, () => (map.getCanvas().style.cursor = "pointer"));
      map.on("mouseleave", layer, () => (map.getCanvas().style.cursor = ""));
    }
    map.once("idle", () => {
      provideMapSnapshot(mapSnapshot(map));
      setReady(true);
    });
    map.once("load", () => setMap({ map, outlines }));
    return () => {
      provideMapSnapshot(null);
      setMap(null);
      follower.dispose();
      labels.dispose();
      stopRevealing();
      map.remove();
    };
  }, [countries, points, blocs, states, shapes, webGl, controls, credits, lang]);

  return (
    <div className="map-frame">
      <section ref={container} className="map" aria-label={label} data-map-status={status} />
      {status === "unavailable" && <p className="map-placeholder">{t.mapUnavailable}</p>}
      {map && <EventMarkers map={map.map} outlines={map.outlines} points={points as FeatureCollection} />}
      {map && <MapTooltip map={map.map} blocs={blocs} states={states} />}
      <MapText shapes={shapes} blocs={blocs} states={states} />
    </div>
  );
}
