import { addDays, type IsoDay } from "../../domain/day";

/** `YYYY-MM` of each calendar month the range `[start, end]` overlaps, in order. */
export function monthsOverlapping(start: IsoDay, end: IsoDay): string[] {
  const months: string[] = [];
  let [year, month] = start.split("-").map(Number) as [number, number];
  const last = end.slice(0, 7);
  for (;;) {
    const id = `${year}-${String(month).padStart(2, "0")}`;
    months.push(id);
    if (id >= last) return months;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

/** First and last day of a `YYYY-MM` month. */
export function monthBounds(id: string): { start: IsoDay; end: IsoDay } {
  const [year, month] = id.split("-").map(Number) as [number, number];
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`;
  return { start: `${id}-01`, end: addDays(next, -1) };
}
