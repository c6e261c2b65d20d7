import { useMemo } from "react";
import { IsolatedText } from "../../components/isolated-text";
import { NO_FILTERS } from "../../domain/event-search";
import { formatDay } from "../../lib/i18n";
import { useEventSearch } from "../../lib/data/use-event-search";
import { useLang, useMessages } from "../../lib/use-lang";
import { useSettledDate } from "../../lib/use-settled-date";
import { useViewActions } from "../../lib/view-store";

/** Longest summary shown in the list, in characters; the Events panel has the whole of it. */
const SUMMARY_CHARS = 140;
/** Events listed on each side of the selected date; a large corpus has thousands per country. */
const NEARBY_LIMIT = 10;

/** The events and quotes that involve the open country, nearest the date, each opening in the Events panel; nothing when there are none. */
export function CountryEvents({ country }: { country: string }) {
  const lang = useLang();
  const t = useMessages();
  const { eventOpened } = useViewActions();
  const filters = useMemo(() => ({ ...NO_FILTERS, country }), [country]);
  const { events, count, pending } = useEventSearch(filters, useSettledDate(), NEARBY_LIMIT);
  // No event involves the country: no heading over nothing.
  if (!pending && count === 0) return null;
  return (
    <>
      <h3>{t.countryEvents}</h3>
      {pending && <p>{t.loading}</p>}
      {count !== null && count > events.length && <p>{t.countryEventsShown(events.length, count)}</p>}
      <ol className="country-events">
        {events.map((event) => (
          <li key={event.id}>
            <button type="button" className="link-button" onClick={() => eventOpened(event.id, event.date.start)}>
              <time dateTime={event.date.start}>{formatDay(event.date.start, lang)}</time>
              {event.date.end !== event.date.start && <> – <time dateTime={event.date.end}>{formatDay(event.date.end, lang)}</time></>}
            </button>
            <p className="country-event-summary" lang={event.article.language}>
              <IsolatedText text={event.summary.slice(0, SUMMARY_CHARS)} pieces={event.quotes.map((q) => q.text)} />
              {event.summary.length > SUMMARY_CHARS && "…"}
            </p>
            {event.quotes.length > 0 && <p className="country-event-quotes">{t.quoteCount(event.quotes.length)}</p>}
          </li>
        ))}
      </ol>
    </>
  );
}
