import { useQuery } from "@tanstack/react-query";
import type { FeatureCollection } from "geojson";
import { Map as MapLibreMap, NavigationControl, setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import "maplibre-gl/dist/maplibre-gl.css";
import { useEffect, useRef, useState } from "react";
import { fetchDataFile } from "../../lib/data/fetch-data-file";
import { dataKeys } from "../../lib/data/query-keys";
import { useBlocData, type BlocData } from "../../lib/data/use-bloc-data";
import { useMessages } from "../../lib/use-lang";
import { DataError } from "../../components/data-error";
import { EventMarkers } from "./event-markers";
import { CLICKABLE_LAYERS, mapStyle } from "./map-style";
import { followView } from "./follow-view";

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
  const countries = useQuery({
    queryKey: dataKeys.countries(),
    queryFn: ({ signal }) => fetchDataFile("countries.geojson", (s) => s.countriesSchema, signal),
  });
  const points = useQuery({
    queryKey: dataKeys.countryPoints(),
    queryFn: ({ signal }) => fetchDataFile("country-points.geojson", (s) => s.countryPointsSchema, signal),
  });
  const failed = [blocs, countries, points].find((q) => q.error);
  if (failed?.error) {
    return (
      <div className="map-placeholder">
        <DataError error={failed.error} region={t.mapRegion} />
      </div>
    );
  }
  if (!countries.data || !points.data || !blocs.data) {
    return <div className="map-placeholder">{t.loading}</div>;
  }
  return <MapCanvas countries={countries.data} points={points.data} blocs={blocs.data} label={t.mapLabel} />;
}

interface CanvasProps {
  countries: FeatureCollection;
  points: FeatureCollection;
  blocs: BlocData;
  label: string;
}

function MapCanvas({ countries, points, blocs, label }: CanvasProps) {
  const t = useMessages();
  const container = useRef<HTMLElement>(null);
  const [webGl] = useState(webGlAvailable);
  const [ready, setReady] = useState(false);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const status: MapStatus = !webGl ? "unavailable" : ready ? "ready" : "loading";

  useEffect(() => {
    const element = container.current;
    if (!element || !webGl) return;
    const map = new MapLibreMap({
      container: element,
      style: mapStyle(countries, points),
      center: [DEFAULT_CAMERA.lon, DEFAULT_CAMERA.lat],
      zoom: DEFAULT_CAMERA.zoom,
      attributionControl: { compact: true },
      renderWorldCopies: true,
      dragRotate: false,
      pitchWithRotate: false,
      fadeDuration: 0,
    });
    map.touchZoomRotate.disableRotation();
    map.addControl(new NavigationControl({ showCompass: false }), "top-right");
    const follower = followView(map, blocs, element);
    map.on("click", (e) => {
      const hit = map.queryRenderedFeatures(e.point, { layers: CLICKABLE_LAYERS })[0];
      const iso3 = hit?.properties["iso3"];
      if (typeof iso3 === "string") follower.countryClicked(iso3);
    });
    for (const layer of CLICKABLE_LAYERS) {
      map.on("mouseenter", layer, () => (map.getCanvas().style.cursor = "pointer"));
      map.on("mouseleave", layer, () => (map.getCanvas().style.cursor = ""));
    }
    map.once("idle", () => setReady(true));
    map.once("load", () => setMap(map));
    return () => {
      setMap(null);
      follower.dispose();
      map.remove();
    };
  }, [countries, points, blocs, webGl]);

  return (
    <div className="map-frame">
      <section ref={container} className="map" aria-label={label} data-map-status={status} />
      {status === "unavailable" && <p className="map-placeholder">{t.mapUnavailable}</p>}
      {map && <EventMarkers map={map} points={points} />}
    </div>
  );
}
