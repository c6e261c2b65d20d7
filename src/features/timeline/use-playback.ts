import { useEffect, useRef } from "react";
import type { IsoDay } from "../../domain/day";
import { getViewState, selectDate, useViewActions } from "../../lib/view-store";
import { PLAY_STEP_MS, playbackNext, type PlaySpeed } from "./timeline-controller";

/** While `playing`, steps the selected date through `stops` from the selected date, at a readable pace times `speed`; stops at the last one. */
export function usePlayback(playing: boolean, stops: readonly IsoDay[], speed: PlaySpeed): void {
  const { dateScrubbed, gestureEnded, playStopped } = useViewActions();
  const stopsRef = useRef(stops);
  useEffect(() => {
    stopsRef.current = stops;
  }, [stops]);

  useEffect(() => {
    if (!playing) return;
    let first = true;
    const step = () => {
      const date = selectDate(getViewState());
      const next = date === null ? null : playbackNext(stopsRef.current, date, first);
      first = false;
      if (next === null) {
        playStopped();
        return;
      }
      dateScrubbed(next);
    };
    step();
    const timer = setInterval(step, PLAY_STEP_MS / speed);
    return () => {
      clearInterval(timer);
      gestureEnded();
    };
  }, [playing, speed, dateScrubbed, gestureEnded, playStopped]);
}
