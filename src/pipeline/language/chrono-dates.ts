import * as chrono from "chrono-node";

/**
 * chrono's parsers for what the explicit-date rule reads: day-month(-year) dates in words and
 * figures, with their weekday, and ISO dates. The casual, relative and time parsers are other rules'
 * job here, and left out they make a parse about three times cheaper (chrono is the pipeline's
 * costliest step). Matched by class name: a chrono release that renames one fails the date tests.
 */
export const CHRONO_PARSERS = new Set([
  "ISOFormatParser",
  "SlashDateFormatParser",
  "FRMonthNameLittleEndianParser",
  "FRWeekdayParser",
  "ENYearMonthDayParser",
  "ENMonthNameLittleEndianParser",
  "ENMonthNameMiddleEndianParser",
  "ENWeekdayParser",
]);

type Configuration = NonNullable<ConstructorParameters<typeof chrono.Chrono>[0]>;

/** A chrono for one language's configuration, keeping only the parsers above. */
export function datesOnly(configuration: Configuration): chrono.Chrono {
  return new chrono.Chrono({ ...configuration, parsers: configuration.parsers.filter((p) => CHRONO_PARSERS.has(p.constructor.name)) });
}

export { chrono };
