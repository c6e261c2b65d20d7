import type { MouseEvent } from "react";
import { useMessages } from "../lib/use-lang";

/** Where each link goes: the element that takes the keyboard there (the slider, the map's canvas, the events' heading). */
const TARGETS = { timeline: "#timeline", map: "#map canvas", events: "#events h2" } as const;

/**
 * The page's first stops for the keyboard: straight to the date, the map or the events. The focus
 * moves by script, so following a link adds no history entry and the link's own address stays clean.
 */
export function SkipLinks() {
  const t = useMessages();
  const go = (target: keyof typeof TARGETS) => (e: MouseEvent<HTMLAnchorElement>) => {
    const element = document.querySelector<HTMLElement>(TARGETS[target]) ?? document.getElementById(target);
    if (!element) return;
    e.preventDefault();
    element.focus();
  };
  return (
    <nav className="skip-links" aria-label={t.skipLinks}>
      <a href="#timeline" onClick={go("timeline")}>
        {t.skipToTimeline}
      </a>
      <a href="#map" onClick={go("map")}>
        {t.skipToMap}
      </a>
      <a href="#events" onClick={go("events")}>
        {t.skipToEvents}
      </a>
    </nav>
  );
}
