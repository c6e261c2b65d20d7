import { useMemo } from "react";
import type { IsoDay } from "../../domain/day";
import { formatDay, type Lang } from "../../lib/i18n";

/**
 * The first and the 28th of every month: the widest names a date can have in either language (« 1er »
 * is wider than two digits, and the digits are tabular), whatever the year.
 */
const WIDEST_DAYS: readonly IsoDay[] = Array.from({ length: 12 }, (_, i) => `2000-${String(i + 1).padStart(2, "0")}`).flatMap(
  (month) => [`${month}-01`, `${month}-28`],
);

/**
 * The selected date in words, in a box as wide as the widest date: its width never changes with the
 * date, so the timeline's controls wrap the same on every frame of a drag and the map above keeps its
 * size (a resized map reallocates its canvas, hundreds of milliseconds with software WebGL).
 */
export function TimelineDate({ date, lang, label }: { date: IsoDay; lang: Lang; label: string }) {
  // The same elements on every render: React skips them when only the date changed.
  const sizers = useMemo(
    () =>
      WIDEST_DAYS.map((day) => (
        <span key={day} className="timeline-date-sizer" aria-hidden="true">
          {formatDay(day, lang)}
        </span>
      )),
    [lang],
  );
  return (
    <p className="timeline-date">
      <span className="visually-hidden">{label} </span>
      <span className="timeline-date-box">
        <time data-selected-date dateTime={date}>
          {formatDay(date, lang)}
        </time>
        {sizers}
      </span>
    </p>
  );
}
