import { useEffect, useState } from "react";
import type { IsoDay } from "../domain/day";
import { useInGesture, useSelectedDate } from "./view-store";

/**
 * How long the date must rest before heavy views follow it, in milliseconds: shorter than a reader
 * notices after a click, longer than the gap between frames of a drag or a held arrow key.
 */
export const SETTLE_MS = 120;
/**
 * The same while a drag, a held key or playback is still moving the date: a hand pausing mid-drag, or
 * a slow frame of software WebGL (200 ms and more), must not make a large corpus load and render the
 * month it passes over. Playback's steps (1.4 s) still settle at each date.
 */
export const GESTURE_SETTLE_MS = 400;

/**
 * The selected date once it has stopped moving: for views too heavy to rebuild every frame of a drag
 * (the events list, the event markers with a large corpus). The map's colours and the Members list
 * follow the live date.
 */
export function useSettledDate(): IsoDay | null {
  const date = useSelectedDate();
  const inGesture = useInGesture();
  const [settled, setSettled] = useState(date);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(date), inGesture ? GESTURE_SETTLE_MS : SETTLE_MS);
    return () => clearTimeout(timer);
  }, [date, inGesture]);
  return settled;
}
