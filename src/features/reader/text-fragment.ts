/**
 * A link to the original page that scrolls to the quote, with a text fragment (`#:~:text=`,
 * https://wicg.github.io/scroll-to-text-fragment/). Browsers without support simply open the page.
 */

/** Quotes longer than this many words are linked by their first and last words (`textStart,textEnd`). */
const MAX_WORDS_WHOLE = 10;
/** Words kept at each end of a long quote: enough to be unique on a news page. */
const EDGE_WORDS = 4;

/** Percent-encodes a fragment term: `-`, `&` and `,` are the directive's own syntax, so they are escaped too. */
export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, "%2D");
}

export function textFragmentUrl(url: string, quote: string): string {
  const base = url.split("#")[0] ?? url;
  const words = quote.split(/\s+/).filter(Boolean);
  if (words.length === 0) return base;
  const terms =
    words.length > MAX_WORDS_WHOLE
      ? [words.slice(0, EDGE_WORDS).join(" "), words.slice(-EDGE_WORDS).join(" ")]
      : [words.join(" ")];
  return `${base}#:~:text=${terms.map(encodeFragmentTerm).join(",")}`;
}
