import { lazy, Suspense, useEffect } from "react";
import { useEventById } from "../../lib/data/use-events";
import { useEventParam, useQuoteParam, useReaderParam, useViewActions } from "../../lib/view-store";
import "./reader.css";

/** The reader and the article's text layout load when a reader first opens, not with the page. */
const ReaderDialog = lazy(() => import("./reader-dialog"));

/**
 * The article reader, open while the link names a place in the open event's article: a quote
 * (`?event=ID&quote=N`, opened by `quoteOpened`) or the words its date was read from
 * (`?event=ID&reader=date`, opened by `dateEvidenceOpened`); closed by `readerClosed`. An unknown
 * event is reported by the Events region; a quote number the event does not have is reported here.
 */
export function ArticleReader() {
  const eventId = useEventParam();
  const quoteIndex = useQuoteParam();
  const atDate = useReaderParam() === "date";
  const lookup = useEventById(quoteIndex === null && !atDate ? null : eventId);
  const { readerClosed, paramRejected } = useViewActions();
  const event = lookup.status === "found" ? lookup.event : null;
  const quote = event && quoteIndex !== null ? event.quotes[quoteIndex] : undefined;

  useEffect(() => {
    if (event && quoteIndex !== null && quote === undefined) {
      paramRejected("quote", { param: "quote", value: String(quoteIndex), reason: "no-such-quote" });
    }
  }, [event, quote, quoteIndex, paramRejected]);

  if (!event || (!quote && !atDate)) return null;
  return (
    <Suspense fallback={null}>
      {quote && quoteIndex !== null ? (
        <ReaderDialog key={`${event.id}:${quoteIndex}`} event={event} at={{ quote, index: quoteIndex }} onClose={readerClosed} />
      ) : (
        <ReaderDialog key={`${event.id}:date`} event={event} at="date" onClose={readerClosed} />
      )}
    </Suspense>
  );
}
