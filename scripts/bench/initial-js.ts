import type { Browser } from "@playwright/test";
import { newPage, openWhenReady } from "./browser";
import { distPath, isJsFile } from "./js-bundle";

/**
 * The JavaScript files (paths in dist/) a first visit fetches until the map is idle, in a fresh
 * browser context so nothing comes from cache. Requests are seen from both sides: Playwright's
 * network events and the page's Resource Timing, which also lists the map's worker script.
 */
export async function fetchedJsFiles(browser: Browser, baseUrl: string): Promise<string[]> {
  const page = await newPage(browser);
  try {
    const requested: string[] = [];
    page.context().on("request", (request) => requested.push(request.url()));
    await openWhenReady(page, `${baseUrl}/`);
    const timed = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
    const origin = new URL(baseUrl).origin;
    const paths = [...requested, ...timed]
      .map((url) => new URL(url))
      .filter((url) => url.origin === origin)
      .map((url) => distPath(url.pathname))
      .filter((path): path is string => path !== null && isJsFile(path));
    return [...new Set(paths)].sort();
  } finally {
    await page.context().close();
  }
}
