import type { ReactNode } from "react";
import { DEFAULT_BLOC } from "../../lib/data/use-bloc-data";
import type { LinkState } from "../../lib/url-state";
import { useLang, useMessages } from "../../lib/use-lang";
import { useLinkSearch } from "../../lib/view-store";
import { EMBED_MESSAGES } from "./embed-messages";
import "./embed.css";

const FULL_VIEW: Partial<LinkState> = { embed: null };

/**
 * The one line an embedded map keeps above it: the site's name and a link to the same view in full
 * (the same link without `embed`), opened in a new tab so the article around the iframe stays.
 */
export function EmbedHeader({ children }: { children: ReactNode }) {
  const lang = useLang();
  const t = EMBED_MESSAGES[lang];
  const search = useLinkSearch(DEFAULT_BLOC, FULL_VIEW);
  return (
    <header className="embed-header">
      <span className="embed-site">{useMessages().appTitle}</span>
      <div className="embed-notices">{children}</div>
      <a className="full-view-link" href={`${window.location.pathname}${search}`} target="_blank" rel="noopener">
        {t.openFullView}
        <span aria-hidden="true"> ↗</span>
        <span className="visually-hidden"> {t.newTab}</span>
      </a>
    </header>
  );
}
