import { ExternalLink } from "../../components/external-link";
import { IsolatedText } from "../../components/isolated-text";
import type { ReaderArticle } from "../../domain/schemas/event-data";
import { formatDay } from "../../lib/i18n";
import { useLang, useMessages } from "../../lib/use-lang";
import { textFragmentUrl } from "./text-fragment";

/**
 * Outlet, publication date with how it was established, the original at `fragment` (the quote, or
 * the words of the date) where its address is known, and the other addresses of the same text.
 */
export function ArticleMeta({ article, fragment }: { article: ReaderArticle; fragment: string }) {
  const lang = useLang();
  const t = useMessages();
  const { published } = article;
  const day = (d: string) => formatDay(d, lang);
  return (
    <dl className="reader-meta">
      <div>
        <dt>{t.outlet}</dt>
        <dd>{article.outlet ? <IsolatedText text={article.outlet} /> : t.outletUnknown}</dd>
      </div>
      <div>
        <dt>{t.published}</dt>
        <dd>
          {published === null ? (
            t.publicationUnknown
          ) : (
            <>
              {published.start === published.end ? day(published.start) : t.dateBetween(day(published.start), day(published.end))}
              <span className="publication-basis">
                {t.labelled(t.dateBasis)} <span lang="en">{published.basis}</span>
              </span>
            </>
          )}
        </dd>
      </div>
      <div>
        <dt>{t.source}</dt>
        <dd>
          {article.url ? (
            <ExternalLink href={textFragmentUrl(article.url, fragment)} plain={article.url}>
              {t.readOriginal}
            </ExternalLink>
          ) : (
            t.originalUnknown
          )}
        </dd>
      </div>
      {article.copies.length > 0 && (
        <div>
          <dt>{t.copies}</dt>
          <dd>
            <ul className="reader-copies">
              {article.copies.map((copy) => (
                <li key={copy.url}>
                  <ExternalLink href={textFragmentUrl(copy.url, fragment)} plain={copy.url}>
                    <IsolatedText text={copy.title} />
                  </ExternalLink>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
    </dl>
  );
}
