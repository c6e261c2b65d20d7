import { useEffect, useState } from "react";
import type { IsoDay } from "../domain/day";
import { useSelectedDate } from "./view-store";

/**
 * How long the date must rest before heavy views follow it, in milliseconds: shorter than a reader
 * notices after a click, longer than the gap between frames of a drag or a held arrow key.
 */
export const SETTLE_MS = 120;

/**
 * The selected date once it has stopped moving: for views too heavy to rebuild every frame of a drag
 * (the events list, the event markers with a large corpus). The map's colours and the Members list
 * follow the live date.
 */
export function useSettledDate(): IsoDay | null {
  const date = useSelectedDate();
  const [settled, setSettled] = useState(date);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(date), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [date]);
  return settled;
}
