import { useEffect, useRef } from "react";
import type { ShardEvent } from "../../domain/schemas/event-data";
import type { Quote } from "../../domain/schemas/ingest";
import { DataError } from "../../components/data-error";
import { withoutLinkMarkup } from "../../domain/link-markup";
import { useArticle } from "../../lib/data/use-article";
import { useMessages } from "../../lib/use-lang";
import { ArticleMeta } from "./article-meta";
import { IsolatedText } from "../../components/isolated-text";
import { ArticleText } from "./article-text";
import { wrapTabKey } from "./focus-wrap";
import { locateQuote } from "./quote-span";

/** Where the reader opens: at a quote of the event, or at the words its date was read from. */
export type ReaderPlace = { quote: Quote; index: number } | "date";

interface ReaderDialogProps {
  event: ShardEvent;
  at: ReaderPlace;
  onClose: () => void;
}

/**
 * What opened the reader in the Events region (the quote's link, or the event's "read in the article"
 * button), where focus goes back when the reader closes.
 */
function openerIn(document: Document, eventId: string, place: number | "date"): HTMLElement | null {
  const inside = place === "date" ? "[data-read-article]" : `[data-quote="${place}"] a`;
  return document.querySelector<HTMLElement>(`[data-event="${CSS.escape(eventId)}"] ${inside}`);
}

/** How long a closed reader waits for its quote's link to be listed (a link opened straight from the URL can close first). */
const FOCUS_WAIT_MS = 5_000;

/**
 * Focuses what opened the reader now, or when the Events region lists it, unless the reader has put
 * the focus somewhere else meanwhile.
 */
function focusOpenerWhenShown(eventId: string, place: number | "date"): void {
  const now = openerIn(document, eventId, place);
  if (now) {
    now.focus();
    return;
  }
  const observer = new MutationObserver(() => {
    const focusMoved = document.activeElement !== null && document.activeElement !== document.body;
    const link = focusMoved ? null : openerIn(document, eventId, place);
    if (link) link.focus();
    if (link || focusMoved) stop();
  });
  const timer = window.setTimeout(() => stop(), FOCUS_WAIT_MS);
  const stop = () => {
    observer.disconnect();
    window.clearTimeout(timer);
  };
  observer.observe(document.body, { childList: true, subtree: true });
}

/**
 * A modal <dialog>: the browser makes the page behind it inert and sends Escape as `cancel`, which
 * closes it through the store like the close button, so the URL follows. The dialog's own `close`
 * event is not listened to: it fires late, after our own close() on unmount, and could close a
 * reader opened again in the meantime.
 */
export default function ReaderDialog({ event, at, onClose }: ReaderDialogProps) {
  const t = useMessages();
  const article = useArticle(event.article.id);
  const quote = at === "date" ? null : at.quote;
  const place = at === "date" ? "date" : at.index;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    if (!dialog.contains(document.activeElement)) closeRef.current?.focus();
    return () => {
      // The page stays inert while the modal is open, and the cleanup may run before the dialog
      // leaves the DOM: close it first so the focus can go back.
      if (dialog.open) dialog.close();
      if (opener?.isConnected && !dialog.contains(opener)) opener.focus();
      else focusOpenerWhenShown(event.id, place);
    };
  }, [event.id, place]);

  const dateEvidence = at === "date" ? (article.data?.events.find((e) => e.id === event.id)?.evidence ?? null) : null;
  const highlight = article.data ? (quote ? locateQuote(article.data.text, quote) : dateEvidence) : null;
  // The evidence's offsets hold only where the quote's do: a text whose offsets moved shows the quote alone.
  const evidence = quote && highlight && highlight.start === quote.start && quote.speakerEvidence ? quote.speakerEvidence : null;
  const highlighted = highlight && article.data ? article.data.text.slice(highlight.start, highlight.end) : "";
  return (
    <dialog
      ref={dialogRef}
      className="reader"
      role="dialog"
      aria-modal="true"
      aria-labelledby="reader-title"
      data-reader-article={event.article.id}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={wrapTabKey}
    >
      <header className="reader-header">
        <h2 id="reader-title" lang={event.article.language}>
          <IsolatedText text={event.article.title} />
        </h2>
        <button ref={closeRef} type="button" className="icon-button" onClick={onClose} aria-label={t.closeReader}>
          ×
        </button>
      </header>
      <div className="reader-body" tabIndex={0} role="region" aria-labelledby="reader-title">
        <p className="reader-quote-by">{quote ? (quote.speaker ? t.quotedBy(quote.speaker) : t.unattributedQuote) : t.dateReadHere}</p>
        {evidence && <p className="reader-evidence-note">{t.speakerEvidence}</p>}
        {article.error && <DataError error={article.error} />}
        {article.isPending && <p>{t.loading}</p>}
        {article.data && (
          <>
            <ArticleMeta article={article.data} fragment={withoutLinkMarkup(quote ? quote.text : highlighted)} />
            {highlight === null && <p className="empty-note">{quote ? t.quoteNotInText : t.dateNotInText}</p>}
            <p className="furniture-note">{t.furnitureNote}</p>
            <ArticleText article={article.data} highlight={highlight} evidence={evidence} />
          </>
        )}
      </div>
    </dialog>
  );
}
