import { useEffect, useState } from "react";
import type { IsoDay } from "../domain/day";
import { getViewState, selectDate, selectSweeping, subscribeToView, type ViewState } from "./view-store";

/**
 * How long the date must rest before heavy views follow it, in milliseconds: shorter than a reader
 * notices after a click, longer than the gap between frames of a drag or a held arrow key.
 */
export const SETTLE_MS = 120;
/**
 * The same while a drag or a held key is sweeping the date: a hand pausing mid-drag, or a slow frame
 * of software WebGL (200 ms and more), must not make a large corpus load and render the month it
 * passes over. Playback's steps settle as a click's do.
 */
export const GESTURE_SETTLE_MS = 400;

/**
 * The selected date once it has stopped moving: for views too heavy to rebuild every frame of a drag
 * (the events list, the event markers with a large corpus, the Members list). The map's colours follow
 * the live date. The moving date is watched outside React, so a component using this renders when the
 * date settles, not on every frame of a drag. `rest` is how long the date must rest when no gesture
 * moves it (0: follow each discrete step at once, wait only while a drag or a held key sweeps it).
 */
export function useSettledDate(rest = SETTLE_MS): IsoDay {
  const [settled, setSettled] = useState(() => selectDate(getViewState()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wait = (state: ViewState) => {
      clearTimeout(timer);
      timer = setTimeout(() => setSettled(selectDate(getViewState())), selectSweeping(state) ? GESTURE_SETTLE_MS : rest);
    };
    // The date may have moved between the first render and this subscription.
    if (selectDate(getViewState()) !== settled) wait(getViewState());
    const unsubscribe = subscribeToView((state, previous) => {
      if (selectDate(state) !== selectDate(previous) || selectSweeping(state) !== selectSweeping(previous)) wait(state);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [settled, rest]);
  return settled;
}
