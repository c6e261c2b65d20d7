import { useEffect, useRef } from "react";
import { fractionToDay, panView, ZOOM_STEP, zoomView, type TimelineBounds } from "./timeline-controller";

/** Wheel movement, in CSS pixels, that makes one zoom step. */
const WHEEL_PX_PER_STEP = 200;

/**
 * The wheel over the timeline zooms its view around the day under the pointer; a sideways scroll (or
 * Shift and the wheel) pans it. A listener of its own, not React's: it must be able to stop the page
 * scrolling.
 */
export function useTimelineWheel(view: TimelineBounds, bounds: TimelineBounds, onView: (view: TimelineBounds) => void) {
  const ref = useRef<HTMLElement>(null);
  const latest = useRef({ view, bounds, onView });
  useEffect(() => {
    latest.current = { view, bounds, onView };
  }, [view, bounds, onView]);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const onWheel = (e: WheelEvent) => {
      const track = element.querySelector(".slider-track")?.getBoundingClientRect();
      if (!track || track.width === 0) return;
      e.preventDefault();
      const { view: current, bounds: all, onView: set } = latest.current;
      const span = (Date.parse(current.end) - Date.parse(current.start)) / 86_400_000;
      const sideways = e.shiftKey ? e.deltaY : e.deltaX;
      if (Math.abs(sideways) > Math.abs(e.shiftKey ? 0 : e.deltaY)) {
        set(panView(current, all, Math.round((sideways / track.width) * span)));
        return;
      }
      const anchor = fractionToDay((e.clientX - track.left) / track.width, current);
      set(zoomView(current, all, ZOOM_STEP ** (e.deltaY / WHEEL_PX_PER_STEP), anchor));
    };
    element.addEventListener("wheel", onWheel, { passive: false });
    return () => element.removeEventListener("wheel", onWheel);
  }, []);
  return ref;
}
