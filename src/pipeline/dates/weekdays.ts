import type { DayWindow } from "./day-windows";

const EPOCH_WEEKDAY = 4; // 1970-01-01 (day number 0) was a Thursday; 0 = Sunday as in Date.getUTCDay
const DAYS_PER_WEEK = 7;

export function weekdayOfNumber(day: number): number {
  return (((day + EPOCH_WEEKDAY) % DAYS_PER_WEEK) + DAYS_PER_WEEK) % DAYS_PER_WEEK;
}

/** The latest day on or before `day` that falls on `weekday`. */
export function onOrBefore(day: number, weekday: number): number {
  return day - ((weekdayOfNumber(day) - weekday + DAYS_PER_WEEK) % DAYS_PER_WEEK);
}

/** The earliest day strictly after `day` that falls on `weekday`. */
export function after(day: number, weekday: number): number {
  return day + (((weekday - weekdayOfNumber(day) + DAYS_PER_WEEK - 1) % DAYS_PER_WEEK) + 1);
}

/** The earliest day on or after `day` that falls on `weekday`. */
export function onOrAfter(day: number, weekday: number): number {
  return after(day - 1, weekday);
}

/** Every day inside the windows that falls on `weekday`, ascending. */
export function weekdaysWithin(windows: readonly DayWindow[], weekday: number): number[] {
  const out: number[] = [];
  for (const w of windows) {
    for (let d = onOrAfter(w.start, weekday); d <= w.end; d += DAYS_PER_WEEK) out.push(d);
  }
  return out;
}
