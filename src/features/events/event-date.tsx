import { useId } from "react";
import type { ShardEvent } from "../../domain/schemas/event-data";
import { formatDay } from "../../lib/i18n";
import { useLang, useMessages } from "../../lib/use-lang";

/**
 * An event's date in words: a day, or an honest range shown as one. How it was established (the
 * `basis`) shows on hover and on keyboard focus, and is the date's accessible description: in French
 * when the pipeline wrote it in both languages, else as written (a reviewer's words), marked English.
 */
export function EventDate({ date }: { date: ShardEvent["date"] }) {
  const lang = useLang();
  const t = useMessages();
  const basisId = useId();
  const basis = lang === "fr" && date.basisFr ? { text: date.basisFr, lang: "fr" } : { text: date.basis, lang: "en" };
  const words =
    date.start === date.end
      ? formatDay(date.start, lang)
      : t.dateBetween(formatDay(date.start, lang), formatDay(date.end, lang));
  return (
    <span className="event-date">
      <span className="date-words" tabIndex={0} title={basis.text} aria-describedby={basisId}>
        {words}
      </span>
      <span className="date-basis" id={basisId} role="tooltip">
        {t.labelled(t.dateBasis)} <span lang={basis.lang}>{basis.text}</span>
      </span>
    </span>
  );
}
