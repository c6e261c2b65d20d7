/**
 * The only addresses the product holds or links to: `http:` and `https:`. Data files are checked with
 * this when they are written and read (schemas/http-url.ts), and a component that renders a link
 * from data checks again, so a `javascript:` or `data:` value can never become a clickable href.
 * Plain TypeScript, without zod: the page's components use it before the schemas have loaded.
 */

/** The scheme as written, in any case, with its `//`: `http:example.com` is not an address anyone meant. */
const WRITTEN_SCHEME = /^https?:\/\//i;
/**
 * Spaces, control and format characters (bidi overrides among them): an address in a data file has
 * none, and a browser silently drops some, which is how `java\tscript:` hides its scheme.
 */
const INVISIBLE = /[\s\p{Cc}\p{Cf}]/u;
const HTTP_PROTOCOLS = new Set(["http:", "https:"]);

/**
 * Whether `value` is an absolute `http:` or `https:` address with a host, as written: the scheme is
 * checked on the text and again after the URL parser has normalised it (which lower-cases it and drops
 * tabs and newlines), and nothing a browser would strip or reinterpret is allowed.
 */
export function isHttpUrl(value: string): boolean {
  if (!WRITTEN_SCHEME.test(value) || INVISIBLE.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return HTTP_PROTOCOLS.has(url.protocol) && url.hostname !== "";
}

/** The address to put in an href, or null when it must be shown as plain text instead. */
export function safeHref(value: string | null | undefined): string | null {
  return typeof value === "string" && isHttpUrl(value) ? value : null;
}
