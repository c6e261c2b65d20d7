/**
 * A calendar day as `YYYY-MM-DD`, with no time zone: the unit of every date in the product.
 * Arithmetic goes through day numbers (days since 1970-01-01, UTC), so no local clock is involved.
 */
export type IsoDay = string;

const ISO_DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** The day number of a valid `YYYY-MM-DD`, or null when the text is not a real calendar day. */
export function parseDay(text: string): number | null {
  const match = ISO_DAY_PATTERN.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return null;
  }
  return Math.round(ms / MS_PER_DAY);
}

export function isIsoDay(text: string): boolean {
  return parseDay(text) !== null;
}

/** The day number of a day already known to be valid (schemas guarantee it); throws otherwise. */
export function dayNumber(day: IsoDay): number {
  const n = parseDay(day);
  if (n === null) throw new Error(`not a calendar day: ${JSON.stringify(day)}`);
  return n;
}

export function dayFromNumber(n: number): IsoDay {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(day: IsoDay, days: number): IsoDay {
  return dayFromNumber(dayNumber(day) + days);
}

/** The same calendar day `years` later, clamped to the month's end (29 February → 28 February). */
export function addYears(day: IsoDay, years: number): IsoDay {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return dayFromNumber(Math.round(Date.UTC(y + years, m - 1, Math.min(d, lastDay)) / MS_PER_DAY));
}

/** 0 = Sunday … 6 = Saturday, as `Date.getUTCDay`. */
export function weekday(day: IsoDay): number {
  return new Date(dayNumber(day) * MS_PER_DAY).getUTCDay();
}

/**
 * For schema refinements on two day fields: true when `first` is on or before `second` (strictly
 * before with `strict`), and also when either is not a calendar day — that field reports its own error.
 */
export function daysInOrder(first: string, second: string, strict = false): boolean {
  const a = parseDay(first);
  const b = parseDay(second);
  if (a === null || b === null) return true;
  return strict ? a < b : a <= b;
}

export function compareDays(a: IsoDay, b: IsoDay): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Today in UTC, as the product's "today". */
export function today(now: Date = new Date()): IsoDay {
  return now.toISOString().slice(0, 10);
}
