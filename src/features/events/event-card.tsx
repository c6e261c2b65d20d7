import { useEffect, useRef } from "react";
import { IsolatedText } from "../../components/isolated-text";
import { countryName } from "../../domain/countries";
import type { ShardEvent } from "../../domain/schemas/event-data";
import { useBlocData } from "../../lib/data/use-bloc-data";
import { useLang, useMessages } from "../../lib/use-lang";
import { useViewActions } from "../../lib/view-store";
import { EventDate } from "./event-date";
import { EventQuotes } from "./event-quotes";

/** Characters of the summary repeated in the open button's name: enough to tell events apart by ear. */
const SUMMARY_IN_LABEL = 80;

const shorten = (text: string) => (text.length > SUMMARY_IN_LABEL ? `${text.slice(0, SUMMARY_IN_LABEL)}…` : text);

/** One event as text (DESIGN.md contract): `[data-event]` with its dates, summary, quotes, who, and source. */
export function EventCard({ event, open }: { event: ShardEvent; open: boolean }) {
  const lang = useLang();
  const t = useMessages();
  const blocs = useBlocData().data;
  const { eventOpened, eventClosed, dateEvidenceOpened } = useViewActions();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (open) ref.current?.scrollIntoView({ block: "nearest" });
  }, [open]);

  const { article } = event;
  const countries = event.countries.map((c) => countryName(c, lang));
  const blocNames = event.blocs.map((b) => blocs?.byId.get(b)?.shortNames[lang] ?? t.otherBlocs[b] ?? b.toUpperCase());
  return (
    <article
      ref={ref}
      className={open ? "event open" : "event"}
      data-event={event.id}
      data-date-start={event.date.start}
      data-date-end={event.date.end}
      aria-current={open ? "true" : undefined}
    >
      <div className="event-head">
        <EventDate date={event.date} />
        {open ? (
          <button type="button" className="icon-button" onClick={eventClosed} aria-label={t.closeEventLabel}>
            ×
          </button>
        ) : (
          <button
            type="button"
            className="open-event"
            onClick={() => eventOpened(event.id, event.date.start)}
            aria-label={t.openEventLabel(shorten(event.summary))}
          >
            {t.openEvent}
          </button>
        )}
      </div>
      <p className="event-summary" lang={article.language}>
        <IsolatedText text={event.summary} pieces={event.quotes.map((q) => q.text)} />
      </p>
      <EventQuotes event={event} />
      <dl className="event-facts">
        {countries.length > 0 && (
          <div>
            <dt>{t.countriesInvolved}</dt>
            <dd>{countries.join(", ")}</dd>
          </div>
        )}
        {blocNames.length > 0 && (
          <div>
            <dt>{t.blocsInvolved}</dt>
            <dd>{blocNames.join(", ")}</dd>
          </div>
        )}
        <div>
          <dt>{t.source}</dt>
          <dd>
            <cite lang={article.language}>
              <IsolatedText text={article.title} />
            </cite>
            {article.outlet && (
              <>
                , <IsolatedText text={article.outlet} />
              </>
            )}{" "}
            <button
              type="button"
              className="link-button"
              data-read-article
              onClick={() => dateEvidenceOpened(event.id, event.date.start)}
              aria-label={t.readAtDateLabel(article.title)}
            >
              {t.readAtDate}
            </button>
          </dd>
        </div>
      </dl>
    </article>
  );
}
