import type { Map as MapLibreMap, MapGeoJSONFeature } from "maplibre-gl";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { StatesIndex } from "../../domain/states";
import { highlightedBlocId, type BlocData } from "../../lib/data/use-bloc-data";
import { useLang, useMessages } from "../../lib/use-lang";
import { selectDate, subscribeToView, useBlocParam, useSelectedDate } from "../../lib/view-store";
import { tooltipPosition } from "./tooltip-position";
import { hoverText, type HoverTarget } from "./hover-text";
import { CLICKABLE_LAYERS, OCCUPIED_LAYER } from "./map-style";
import { MAP_TEXT_MESSAGES } from "./map-text-messages";

const HOVER_LAYERS = [...CLICKABLE_LAYERS, OCCUPIED_LAYER];

/** The shape and the occupied area under a point of the map, among those drawn on the date. */
function targetAt(map: MapLibreMap, x: number, y: number): HoverTarget | null {
  // Shapes of other dates are in the tiles too, only transparent: the ones drawn today are the hits.
  const hits = map.queryRenderedFeatures([x, y], { layers: HOVER_LAYERS }).filter((f) => f.state["shown"] === true);
  const shape = hits.find((f) => f.layer.id !== OCCUPIED_LAYER);
  const text = (f: MapGeoJSONFeature | undefined, key: string) => (typeof f?.properties[key] === "string" ? f.properties[key] : undefined);
  const iso3 = text(shape, "iso3");
  if (!iso3) return null;
  return { iso3, area: text(shape, "area"), occupation: text(hits.find((f) => f.layer.id === OCCUPIED_LAYER), "occupation") };
}

const sameTarget = (a: HoverTarget | null, b: HoverTarget | null) =>
  a === b || (a !== null && b !== null && a.iso3 === b.iso3 && a.area === b.area && a.occupation === b.occupation);

/**
 * A tooltip by the mouse pointer naming the country under it and its standing on the selected date.
 * Mouse only: a tap opens the country panel, and a pressed button is a drag. It follows the pointer
 * (once a frame at most), goes when the pointer leaves the map or the map moves, and says what the
 * new date shows when the date changes under a still pointer. The panel and the map as text say the
 * same to every reader, so the tooltip is hidden from screen readers.
 */
export function MapTooltip({ map, blocs, states }: { map: MapLibreMap; blocs: BlocData; states: StatesIndex }) {
  const tooltip = useRef<HTMLDivElement>(null);
  const pointer = useRef<{ x: number; y: number } | null>(null);
  const [target, setTarget] = useState<HoverTarget | null>(null);

  const place = useCallback(() => {
    const element = tooltip.current;
    const at = pointer.current;
    if (!element || !at) return;
    const frame = map.getContainer();
    const size = { width: element.offsetWidth, height: element.offsetHeight };
    const { left, top } = tooltipPosition(at, size, { width: frame.clientWidth, height: frame.clientHeight });
    element.style.transform = `translate(${left}px, ${top}px)`;
  }, [map]);

  useEffect(() => {
    const canvas = map.getCanvas();
    let frame: number | null = null;
    const probe = () => {
      frame = null;
      const at = pointer.current;
      const next = at ? targetAt(map, at.x, at.y) : null;
      setTarget((previous) => (sameTarget(previous, next) ? previous : next));
      place();
    };
    const schedule = () => {
      frame ??= requestAnimationFrame(probe);
    };
    const hide = () => {
      pointer.current = null;
      setTarget(null);
    };
    const moved = (e: PointerEvent) => {
      if (e.pointerType !== "mouse" || e.buttons !== 0) return hide();
      pointer.current = { x: e.offsetX, y: e.offsetY };
      schedule();
    };
    const unsubscribe = subscribeToView((state, previous) => {
      if (pointer.current && selectDate(state) !== selectDate(previous)) schedule();
    });
    canvas.addEventListener("pointermove", moved);
    canvas.addEventListener("pointerleave", hide);
    canvas.addEventListener("pointerdown", hide);
    map.on("movestart", hide);
    return () => {
      unsubscribe();
      canvas.removeEventListener("pointermove", moved);
      canvas.removeEventListener("pointerleave", hide);
      canvas.removeEventListener("pointerdown", hide);
      map.off("movestart", hide);
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [map, place]);

  // New words change the tooltip's size: place it again before it is painted.
  useLayoutEffect(place);

  if (!target) return null;
  return (
    <div ref={tooltip} className="map-tooltip" data-map-tooltip={target.area ?? target.iso3} aria-hidden="true">
      <TooltipText target={target} blocs={blocs} states={states} />
    </div>
  );
}

/** The tooltip's words, for the date as it moves: mounted only while the pointer is on a country. */
function TooltipText({ target, blocs, states }: { target: HoverTarget; blocs: BlocData; states: StatesIndex }) {
  const lang = useLang();
  const messages = useMessages();
  const date = useSelectedDate();
  const bloc = highlightedBlocId(blocs, useBlocParam());
  const t = { ...messages, ...MAP_TEXT_MESSAGES[lang] };
  const { name, lines } = hoverText(target, { bloc, date, lang, blocs, states, t });
  return (
    <>
      <strong>{name}</strong>
      {lines.map((line) => (
        <span key={line}>{line}</span>
      ))}
    </>
  );
}
