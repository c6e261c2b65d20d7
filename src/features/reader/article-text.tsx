import { useEffect, useMemo, useRef } from "react";
import type { ReaderArticle } from "../../domain/schemas/event-data";
import type { Span } from "../../domain/schemas/ingest";
import { linkMarkupSpans } from "../../domain/link-markup";
import { splitArticle } from "./article-segments";

interface ArticleTextProps {
  article: ReaderArticle;
  /** The quote. */
  highlight: Span | null;
  /** The words naming the quote's speaker. */
  evidence: Span | null;
}

/**
 * The whole article as text (React escapes it: nothing in it is ever markup), page furniture dimmed,
 * link markup left out, the quote in a <mark> scrolled into view and the words naming its speaker
 * underlined. Each run is isolated for bidirectional layout (every quote its own): a right-to-left
 * override in the text reorders nothing past its own run.
 */
export function ArticleText({ article, highlight, evidence }: ArticleTextProps) {
  const markRef = useRef<HTMLElement>(null);
  const hidden = useMemo(() => linkMarkupSpans(article.text), [article.text]);
  const segments = useMemo(
    () => splitArticle(article.text.length, { furniture: article.boilerplate, highlight, evidence, hidden, quotes: article.quotes }),
    [article.text.length, article.boilerplate, highlight, evidence, hidden, article.quotes],
  );
  const firstMark = segments.findIndex((s) => s.highlight);
  useEffect(() => {
    // Next frame: this child's effect can run before its dialog's showModal(), when nothing scrolls yet.
    const frame = requestAnimationFrame(() => markRef.current?.scrollIntoView({ block: "center" }));
    return () => cancelAnimationFrame(frame);
  }, [article, highlight]);

  return (
    <div className="reader-text" lang={article.language}>
      {segments.map((s, i) => {
        if (s.hidden) return null;
        const text = <bdi>{article.text.slice(s.start, s.end)}</bdi>;
        const words = s.evidence ? (
          <span className="speaker-evidence" data-speaker-evidence>
            {text}
          </span>
        ) : (
          text
        );
        const content = s.highlight ? (
          <mark ref={i === firstMark ? markRef : undefined} data-quote-highlight>
            {words}
          </mark>
        ) : (
          words
        );
        return s.furniture ? (
          <span key={s.start} className="furniture" data-furniture>
            {content}
          </span>
        ) : (
          <span key={s.start}>{content}</span>
        );
      })}
    </div>
  );
}
