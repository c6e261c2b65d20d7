import { dayFromNumber, dayNumber, type IsoDay } from "../../domain/day";

/** An inclusive interval of day numbers (days since 1970-01-01). */
export interface DayWindow {
  start: number;
  end: number;
}

export function windowOf(start: IsoDay, end: IsoDay = start): DayWindow {
  return { start: dayNumber(start), end: dayNumber(end) };
}

export function yearWindow(year: number): DayWindow {
  return windowOf(`${String(year).padStart(4, "0")}-01-01`, `${String(year).padStart(4, "0")}-12-31`);
}

export function yearOf(day: number): number {
  return Number(dayFromNumber(day).slice(0, 4));
}

/** Pairwise intersection of two unions of windows. */
export function intersectWindows(a: readonly DayWindow[], b: readonly DayWindow[]): DayWindow[] {
  const out: DayWindow[] = [];
  for (const x of a) {
    for (const y of b) {
      const start = Math.max(x.start, y.start);
      const end = Math.min(x.end, y.end);
      if (start <= end) out.push({ start, end });
    }
  }
  return normalizeWindows(out);
}

/** Sorted, with overlapping or touching windows merged. */
export function normalizeWindows(windows: readonly DayWindow[]): DayWindow[] {
  const sorted = [...windows].sort((x, y) => x.start - y.start);
  const out: DayWindow[] = [];
  for (const w of sorted) {
    const last = out[out.length - 1];
    if (last && w.start <= last.end + 1) last.end = Math.max(last.end, w.end);
    else out.push({ ...w });
  }
  return out;
}

export function shiftWindows(windows: readonly DayWindow[], days: number): DayWindow[] {
  return windows.map((w) => ({ start: w.start + days, end: w.end + days }));
}

export function contains(windows: readonly DayWindow[], day: number): boolean {
  return windows.some((w) => w.start <= day && day <= w.end);
}

/** The smallest single range covering every window, as ISO days; null for an empty union. */
export function hull(windows: readonly DayWindow[]): { start: IsoDay; end: IsoDay } | null {
  if (windows.length === 0) return null;
  const start = Math.min(...windows.map((w) => w.start));
  const end = Math.max(...windows.map((w) => w.end));
  return { start: dayFromNumber(start), end: dayFromNumber(end) };
}

export function formatWindow(start: IsoDay, end: IsoDay): string {
  return start === end ? start : `${start}–${end}`;
}

/** Months counted from year 0: `year * 12 + month - 1`, so that month arithmetic is integer arithmetic. */
export function monthIndexOf(day: number): number {
  const iso = dayFromNumber(day);
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

/** The days of the month with that index (see `monthIndexOf`). */
export function monthWindow(index: number): DayWindow {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const first = windowOf(`${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-01`).start;
  const nextYear = Math.floor((index + 1) / 12);
  const nextMonth = index + 1 - nextYear * 12 + 1;
  const next = windowOf(`${String(nextYear).padStart(4, "0")}-${String(nextMonth).padStart(2, "0")}-01`).start;
  return { start: first, end: next - 1 };
}

/** The Monday of the week holding `day` (weeks run Monday to Sunday, ISO 8601). */
export function weekStart(day: number): number {
  // Day number 0 (1970-01-01) was a Thursday: Monday is 3 days before it.
  return day - ((((day + 3) % 7) + 7) % 7);
}

/**
 * Monday–Wednesday, Tuesday–Thursday, Thursday–Sunday of a week; days 1–10, 11–20, 21–end of a month;
 * January–April, May–August, September–December of a year.
 */
export function narrow(w: DayWindow, part: "early" | "mid" | "late" | undefined, unit: "week" | "month" | "year"): DayWindow {
  if (!part) return w;
  if (unit === "week") {
    if (part === "early") return { start: w.start, end: w.start + 2 };
    if (part === "mid") return { start: w.start + 1, end: w.start + 3 };
    return { start: w.start + 3, end: w.end };
  }
  if (unit === "month") {
    if (part === "early") return { start: w.start, end: w.start + 9 };
    if (part === "mid") return { start: w.start + 10, end: w.start + 19 };
    return { start: w.start + 20, end: w.end };
  }
  const year = yearOf(w.start) * 12;
  if (part === "early") return { start: w.start, end: monthWindow(year + 3).end };
  if (part === "mid") return { start: monthWindow(year + 4).start, end: monthWindow(year + 7).end };
  return { start: monthWindow(year + 8).start, end: w.end };
}
