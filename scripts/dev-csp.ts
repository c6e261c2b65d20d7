import type { Plugin } from "vite";

const STYLE_SRC = "style-src 'self'";

/**
 * index.html declares the production Content-Security-Policy. The dev server injects the CSS it
 * reloads as <style> elements, which `style-src 'self'` refuses; in dev only, inline styles are
 * allowed. Scripts stay `'self'` in dev as in the build.
 */
export function allowInlineStyles(html: string): string {
  if (!html.includes(STYLE_SRC)) throw new Error(`index.html: the Content-Security-Policy has no "${STYLE_SRC}" for the dev server to relax`);
  return html.replace(STYLE_SRC, `${STYLE_SRC} 'unsafe-inline'`);
}

export const devInlineStyles: Plugin = {
  name: "atlas-dev-inline-styles",
  apply: "serve",
  transformIndexHtml: allowInlineStyles,
};
