import type { FeatureCollection } from "geojson";
import { LngLatBounds, Marker, type Map as MapLibreMap } from "maplibre-gl";
import { useEffect, useMemo, useState } from "react";
import type { IsoDay } from "../../domain/day";
import type { ShardEvent } from "../../domain/schemas/event-data";
import { useEventById, useEventsNearDate } from "../../lib/data/use-events";
import { clipText } from "../../lib/text-pieces";
import { useMessages } from "../../lib/use-lang";
import { useSettledDate } from "../../lib/use-settled-date";
import { useEventParam, useViewActions } from "../../lib/view-store";
import { clusterEvents, placeEvents, type EventCluster } from "./event-clusters";
import { LABEL_SIZE_STOPS } from "./label-fit";
import type { Outlines } from "./outlines";

/** Zooming into a cluster stops at this level: close enough to split any two cities apart. */
const CLUSTER_ZOOM_MAX = 6;
/**
 * A marker stands on its country's label point with its foot this far above it: the country's name
 * is drawn centred on the same point, and a marker on top of it hid the name (one line of the
 * largest label size, halved, and a pixel of air).
 */
const MARKER_LIFT_PX = Math.ceil(Math.max(...LABEL_SIZE_STOPS.map(([, px]) => px)) / 2) + 1;

function labelPoints(points: FeatureCollection): Map<string, [number, number]> {
  const byCountry = new Map<string, [number, number]>();
  for (const feature of points.features) {
    const iso3 = feature.properties?.["iso3"];
    // Events name today's countries: their own shapes, not a former state's or an occupied area's.
    if (typeof iso3 === "string" && feature.properties?.["id"] === iso3 && feature.geometry.type === "Point") {
      byCountry.set(iso3, [feature.geometry.coordinates[0] ?? 0, feature.geometry.coordinates[1] ?? 0]);
    }
  }
  return byCountry;
}

/**
 * The events around the selected date as focusable markers (HTML buttons, so keyboard and screen
 * readers reach them), merged when they would overlap; the open event's countries are outlined.
 */
export function EventMarkers({ map, outlines, points }: { map: MapLibreMap; outlines: Outlines; points: FeatureCollection }) {
  const date = useSettledDate();
  const near = useEventsNearDate(date);
  const pointOf = useMemo(() => labelPoints(points), [points]);
  const placed = useMemo(
    () => (date ? placeEvents(near.events, date, (iso3) => pointOf.get(iso3)) : []),
    [near.events, date, pointOf],
  );
  const [clusters, setClusters] = useState<EventCluster[]>([]);

  useEffect(() => {
    const recluster = () => setClusters(clusterEvents(placed, (lon, lat) => map.project([lon, lat])));
    recluster();
    map.on("zoomend", recluster);
    return () => {
      map.off("zoomend", recluster);
    };
  }, [map, placed]);

  useInvolvedOutline(outlines);
  return (
    <>
      {clusters.map((cluster) => (
        <ClusterMarker key={cluster.members.map((m) => m.event.id).join(",")} map={map} cluster={cluster} date={date} />
      ))}
    </>
  );
}

function ClusterMarker({ map, cluster, date }: { map: MapLibreMap; cluster: EventCluster; date: IsoDay | null }) {
  const t = useMessages();
  const { eventOpened } = useViewActions();
  const openEvent = useEventParam();
  const single = cluster.members.length === 1 ? cluster.members[0] : undefined;
  const current = cluster.members.some((m) => m.current);
  const open = cluster.members.some((m) => m.event.id === openEvent);

  useEffect(() => {
    const element = document.createElement("button");
    element.type = "button";
    element.className = `event-marker${current ? " current" : ""}${open ? " open" : ""}`;
    if (single) {
      element.append(markerTip(t.eventMarkerName, single.event));
      const place = () => placeTip(element, map.getContainer());
      element.addEventListener("mouseenter", place);
      element.addEventListener("focus", place);
    } else {
      const label = t.eventClusterLabel(cluster.members.length);
      element.textContent = String(cluster.members.length);
      element.setAttribute("aria-label", label);
      element.title = label;
    }
    element.addEventListener("click", (e) => {
      e.stopPropagation();
      if (single) {
        eventOpened(single.event.id, date && single.current ? date : single.event.date.start);
        return;
      }
      const bounds = new LngLatBounds();
      for (const m of cluster.members) bounds.extend([m.lon, m.lat]);
      map.fitBounds(bounds, { padding: 80, maxZoom: Math.max(map.getZoom() + 2, CLUSTER_ZOOM_MAX) });
    });
    const marker = new Marker({ element, anchor: "bottom", offset: [0, -MARKER_LIFT_PX] }).setLngLat([cluster.lon, cluster.lat]).addTo(map);
    return () => {
      marker.remove();
    };
  }, [map, cluster, single, current, open, date, eventOpened, t]);
  return null;
}

/** Characters of a summary a marker shows: enough to tell events apart. */
const SUMMARY_IN_TIP = 90;

/**
 * A single event's marker is named by its content, a tooltip on hover and focus: the event's summary
 * is the article's words, so it is marked with the article's language, which a label cannot be.
 */
function markerTip(name: string, event: ShardEvent): HTMLElement {
  const tip = document.createElement("span");
  tip.className = "marker-tip visually-hidden";
  const summary = document.createElement("span");
  summary.lang = event.article.language;
  summary.textContent = clipText(event.summary, SUMMARY_IN_TIP);
  tip.append(`${name} `, summary);
  return tip;
}

/** How close to the map's top a marker shows its tooltip below itself rather than above, in CSS pixels. */
const TIP_BELOW_PX = 90;

/** Puts the tooltip where the map does not cut it: towards the map's middle, below a marker near its top. */
function placeTip(marker: HTMLElement, container: HTMLElement): void {
  const at = marker.getBoundingClientRect();
  const frame = container.getBoundingClientRect();
  const third = frame.width / 3;
  const x = at.left + at.width / 2 - frame.left;
  marker.dataset.tipSide = x < third ? "right" : x > 2 * third ? "left" : "middle";
  marker.dataset.tipBelow = String(at.top - frame.top < TIP_BELOW_PX);
}

/** Outlines the countries the open event involves. */
function useInvolvedOutline(outlines: Outlines): void {
  const openEvent = useEventById(useEventParam());
  const countries = openEvent.status === "found" ? openEvent.event.countries : null;
  useEffect(() => {
    if (!countries) return;
    outlines.involve(countries);
    return () => outlines.involve([]);
  }, [outlines, countries]);
}
