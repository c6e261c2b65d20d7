import { useId } from "react";
import type { DateRange } from "../../domain/schemas/ingest";
import { formatDay } from "../../lib/i18n";
import { useLang, useMessages } from "../../lib/use-lang";

/**
 * An event's date in words: a day, or an honest range shown as one. How it was established (the
 * `basis`) shows on hover and on keyboard focus, and is the date's accessible description.
 */
export function EventDate({ date }: { date: DateRange }) {
  const lang = useLang();
  const t = useMessages();
  const basisId = useId();
  const words =
    date.start === date.end
      ? formatDay(date.start, lang)
      : t.dateBetween(formatDay(date.start, lang), formatDay(date.end, lang));
  return (
    <span className="event-date">
      <span className="date-words" tabIndex={0} title={date.basis} aria-describedby={basisId}>
        {words}
      </span>
      <span className="date-basis" id={basisId} role="tooltip">
        {t.labelled(t.dateBasis)} <span lang="en">{date.basis}</span>
      </span>
    </span>
  );
}
