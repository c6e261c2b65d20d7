import { useEffect } from "react";
import { useEventById } from "../../lib/data/use-events";
import { useEventParam, useQuoteParam, useViewActions } from "../../lib/view-store";
import { ReaderDialog } from "./reader-dialog";

/**
 * The article reader, open while the link names a quote (`?event=ID&quote=N`): opened by
 * `quoteOpened`, closed by `readerClosed`. An unknown event is reported by the Events region; a quote
 * number the event does not have is reported here.
 */
export function ArticleReader() {
  const eventId = useEventParam();
  const quoteIndex = useQuoteParam();
  const lookup = useEventById(quoteIndex === null ? null : eventId);
  const { readerClosed, paramRejected } = useViewActions();
  const event = lookup.status === "found" ? lookup.event : null;
  const quote = event && quoteIndex !== null ? event.quotes[quoteIndex] : undefined;

  useEffect(() => {
    if (event && quoteIndex !== null && quote === undefined) {
      paramRejected("quote", { param: "quote", value: String(quoteIndex), reason: "no-such-quote" });
    }
  }, [event, quote, quoteIndex, paramRejected]);

  if (!event || !quote || quoteIndex === null) return null;
  return <ReaderDialog key={`${event.id}:${quoteIndex}`} event={event} quote={quote} quoteIndex={quoteIndex} onClose={readerClosed} />;
}
