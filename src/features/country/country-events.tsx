import { formatDay } from "../../lib/i18n";
import { useEventsForCountry } from "../../lib/data/use-events";
import { useLang, useMessages } from "../../lib/use-lang";
import { useViewActions } from "../../lib/view-store";

/** Longest summary shown in the list, in characters; the Events panel has the whole of it. */
const SUMMARY_CHARS = 140;

/** The events and quotes that involve the open country, each opening in the Events panel. */
export function CountryEvents({ country }: { country: string }) {
  const lang = useLang();
  const t = useMessages();
  const { eventOpened } = useViewActions();
  const { events, pending } = useEventsForCountry(country);
  return (
    <>
      <h3>{t.countryEvents}</h3>
      {pending && <p>{t.loading}</p>}
      {!pending && events.length === 0 && <p className="empty-note">{t.noCountryEvents}</p>}
      <ol className="country-events">
        {events.map((event) => (
          <li key={event.id}>
            <button type="button" className="link-button" onClick={() => eventOpened(event.id, event.date.start)}>
              <time dateTime={event.date.start}>{formatDay(event.date.start, lang)}</time>
              {event.date.end !== event.date.start && <> – <time dateTime={event.date.end}>{formatDay(event.date.end, lang)}</time></>}
            </button>
            <p className="country-event-summary" lang={event.article.language}>
              {event.summary.length > SUMMARY_CHARS ? `${event.summary.slice(0, SUMMARY_CHARS)}…` : event.summary}
            </p>
            {event.quotes.length > 0 && <p className="country-event-quotes">{t.quoteCount(event.quotes.length)}</p>}
          </li>
        ))}
      </ol>
    </>
  );
}
