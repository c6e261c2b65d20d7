/**
 * A calendar day as `YYYY-MM-DD`, with no time zone: the unit of every date in the product.
 * Arithmetic goes through day numbers (days since 1970-01-01, UTC), so no local clock is involved.
 */
export type IsoDay = string;

const MS_PER_DAY = 86_400_000;

/** Day numbers of 0000-03-01 and 9999-12-31: the span `dayFromNumber` computes without a Date. */
const FIRST_FAST_DAY = -719_468;
const LAST_FAST_DAY = 2_932_896;

/** The number written in `text` from `start` to `end` (exclusive), or -1 unless every character is 0–9. */
function digitsAt(text: string, start: number, end: number): number {
  let value = 0;
  for (let at = start; at < end; at++) {
    const digit = text.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Days in `month` (1–12) of `year` in the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days since 1970-01-01 of a valid proleptic Gregorian date (the "days from civil" algorithm): plain
 * arithmetic, as the pipeline converts days by the million and a Date per conversion was a visible cost.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * The day number of a valid `YYYY-MM-DD`, or null when the text is not a real calendar day. Years 0000–0099
 * are refused, as `Date.UTC` (which this once used) reads them as 1900–1999.
 */
export function parseDay(text: string): number | null {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 7);
  const day = digitsAt(text, 8, 10);
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return daysFromCivil(year, month, day);
}

/** The day number of year, month (1–12) and day of the month, or null when that day does not exist (30 February). */
export function dayOfDate(year: number, month: number, day: number): number | null {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return parseDay(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
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

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The `YYYY-MM-DD` of a day number; years 0000–9999 by arithmetic ("civil from days"), others through Date. */
export function dayFromNumber(n: number): IsoDay {
  if (!Number.isInteger(n) || n < FIRST_FAST_DAY || n > LAST_FAST_DAY) return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
  const shifted = n + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
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
