import type { MouseEvent } from "react";
import { IsolatedText } from "../../components/isolated-text";
import { withoutLinkMarkup } from "../../domain/link-markup";
import type { ShardEvent } from "../../domain/schemas/event-data";
import { useMessages } from "../../lib/use-lang";
import { useBlocParam, useLangParam, useViewActions } from "../../lib/view-store";
import { quoteLinkSearch } from "./quote-link";

/** A click that asks for a new tab or window: the shareable href does that on its own. */
const wantsNewContext = (e: MouseEvent) => e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey;

/**
 * The event's quotes in their original language, each a link to its place in the article: the href
 * is the shareable link, a plain activation opens the reader in place.
 */
export function EventQuotes({ event }: { event: ShardEvent }) {
  const t = useMessages();
  const bloc = useBlocParam();
  const lang = useLangParam();
  const { quoteOpened } = useViewActions();
  if (event.quotes.length === 0) return null;
  return (
    <ul className="event-quotes" aria-label={t.quotes}>
      {event.quotes.map((quote, n) => (
        <li key={n} data-quote={n}>
          <a
            className="quote-link"
            href={quoteLinkSearch({ event: event.id, date: event.date.start, quote: n, bloc, lang })}
            title={t.readInArticle}
            onClick={(e) => {
              if (wantsNewContext(e)) return;
              e.preventDefault();
              quoteOpened(event.id, event.date.start, n);
            }}
          >
            <q lang={event.article.language}>
              <IsolatedText text={withoutLinkMarkup(quote.text)} />
            </q>
          </a>
          <span className="quote-speaker">— {quote.speaker ? <IsolatedText text={quote.speaker} /> : t.unattributed}</span>
        </li>
      ))}
    </ul>
  );
}
