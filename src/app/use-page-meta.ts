import { useEffect } from "react";
import { useBlocData, useHighlightedBloc } from "../lib/data/use-bloc-data";
import { useLang } from "../lib/use-lang";
import { useSettledDate } from "../lib/use-settled-date";
import { useCompareParam } from "../lib/view-store";
import { pageMeta } from "./page-meta";

/** The `<meta>` elements index.html declares with static defaults for crawlers, which run no script. */
const DESCRIPTIONS = ['meta[name="description"]', 'meta[property="og:description"]', 'meta[name="twitter:description"]'];
const TITLES = ['meta[property="og:title"]', 'meta[name="twitter:title"]'];

function setContent(selectors: string[], content: string): void {
  for (const selector of selectors) document.head.querySelector(selector)?.setAttribute("content", content);
}

/**
 * The tab's title and the link-preview tags name the bloc and the date (or both dates of a
 * comparison), for a link copied from the page and for the tab. They follow the settled date, not
 * every frame of a drag.
 */
export function usePageMeta(): void {
  const { data } = useBlocData();
  const bloc = useHighlightedBloc();
  const date = useSettledDate();
  const compare = useCompareParam();
  const lang = useLang();

  useEffect(() => {
    const meta = pageMeta(data, bloc, date, compare, lang);
    document.title = meta.title;
    setContent(TITLES, meta.title);
    setContent(DESCRIPTIONS, meta.description);
  }, [data, bloc, date, compare, lang]);
}
