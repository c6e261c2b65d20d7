import { useEffect, useMemo, useRef } from "react";
import type { ReaderArticle } from "../../domain/schemas/event-data";
import type { Span } from "../../domain/schemas/ingest";
import { splitArticle } from "./article-segments";

/**
 * The whole article as text (React escapes it: nothing in it is ever markup), page furniture dimmed
 * and the quote in a <mark> scrolled into view. Each run is isolated for bidirectional layout (every
 * quote its own): a right-to-left override in the text reorders nothing past its own run.
 */
export function ArticleText({ article, highlight }: { article: ReaderArticle; highlight: Span | null }) {
  const markRef = useRef<HTMLElement>(null);
  const segments = useMemo(
    () => splitArticle(article.text.length, article.boilerplate, highlight, article.quotes),
    [article.text.length, article.boilerplate, highlight, article.quotes],
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
        const text = article.text.slice(s.start, s.end);
        const content = s.highlight ? (
          <mark ref={i === firstMark ? markRef : undefined} data-quote-highlight>
            <bdi>{text}</bdi>
          </mark>
        ) : (
          <bdi>{text}</bdi>
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
