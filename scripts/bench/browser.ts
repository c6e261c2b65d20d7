import { type Browser, chromium, type Page } from "@playwright/test";
import { chromiumLaunchOptions } from "../chromium";

/** A common laptop viewport, in CSS pixels. */
export const VIEWPORT = { width: 1280, height: 800 };
/** How long the map may take to become idle on software WebGL, in milliseconds. */
export const MAP_READY_TIMEOUT_MS = 60_000;
export const MAP_SELECTOR = "[data-map-status]";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

/** A page in a fresh context (empty cache); close it with `page.context().close()`. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  return context.newPage();
}

/** Navigates and waits until the map has drawn for the first time. */
export async function openWhenReady(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator(`${MAP_SELECTOR}[data-map-status="ready"]`).waitFor({ timeout: MAP_READY_TIMEOUT_MS });
}

export async function openReadyPage(browser: Browser, url: string): Promise<Page> {
  const page = await newPage(browser);
  await openWhenReady(page, url);
  return page;
}
