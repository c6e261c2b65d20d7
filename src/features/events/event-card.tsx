import { type KeyboardEvent, useEffect, useId, useRef } from "react";
import { IsolatedText } from "../../components/isolated-text";
import { countryName } from "../../domain/countries";
import type { ShardEvent } from "../../domain/schemas/event-data";
import { useBlocData } from "../../lib/data/use-bloc-data";
import { clipText } from "../../lib/text-pieces";
import { useLang, useMessages } from "../../lib/use-lang";
import { useViewActions } from "../../lib/view-store";
import { EventDate } from "./event-date";
import { EventQuotes } from "./event-quotes";

/** Characters of the summary repeated in the open button's name: enough to tell events apart by ear. */
const SUMMARY_IN_LABEL = 80;

/** One event as text (DESIGN.md contract): `[data-event]` with its dates, summary, quotes, who, and source. */
export function EventCard({ event, open }: { event: ShardEvent; open: boolean }) {
  const lang = useLang();
  const t = useMessages();
  const titleId = useId();
  const readId = useId();
  const openNameId = useId();
  const summaryNameId = useId();
  const blocs = useBlocData().data;
  const { eventOpened, eventClosed, dateEvidenceOpened } = useViewActions();
  const ref = useRef<HTMLElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  /**
   * Where the focus goes when the card opens or closes: to the button that replaces the one pressed
   * (Open and Close stand in the same place), so that a keyboard user is not sent back to the top.
   */
  const focusAfter = useRef<"close" | "open" | null>(null);
  useEffect(() => {
    if (open) ref.current?.scrollIntoView({ block: "nearest" });
    const target = focusAfter.current === (open ? "close" : "open") ? (open ? closeButton : openButton) : null;
    focusAfter.current = null;
    target?.current?.focus();
  }, [open]);
  // Escape with the focus in the open card closes it before anything else (the country panel listens on the document).
  const onKeyDown = (e: KeyboardEvent) => {
    if (!open || e.key !== "Escape" || e.defaultPrevented) return;
    e.preventDefault();
    focusAfter.current = "open";
    eventClosed();
  };

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
      onKeyDown={onKeyDown}
    >
      <div className="event-head">
        <EventDate date={event.date} />
        {open ? (
          <button
            ref={closeButton}
            type="button"
            className="icon-button"
            onClick={() => {
              focusAfter.current = "open";
              eventClosed();
            }}
            aria-label={t.closeEventLabel}
          >
            ×
          </button>
        ) : (
          <button
            ref={openButton}
            type="button"
            className="open-event"
            onClick={() => {
              focusAfter.current = "close";
              eventOpened(event.id, event.date.start);
            }}
            aria-labelledby={`${openNameId} ${summaryNameId}`}
          >
            {t.openEvent}
          </button>
        )}
        {/* The summary in the button's name is the article's words, in its language. */}
        <span id={openNameId} hidden>
          {t.openEventName}
        </span>
        <span id={summaryNameId} lang={article.language} hidden>
          {clipText(event.summary, SUMMARY_IN_LABEL)}
        </span>
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
            <cite id={titleId} lang={article.language}>
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
              aria-labelledby={`${readId} ${titleId}`}
            >
              {t.readAtDate}
            </button>
            {/* The title is named by its own element, in its language: the page's typography is not applied to it. */}
            <span id={readId} hidden>
              {t.readAtDateName}
            </span>
          </dd>
        </div>
      </dl>
    </article>
  );
}
