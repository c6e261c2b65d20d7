import { test as base, expect, type Page } from "@playwright/test";

/** Chromium's word for a request the page cancelled itself (an aborted fetch, a navigation away). */
const CANCELLED = "net::ERR_ABORTED";
/** Chromium's own words for a blocked load or script, in the console. */
const CSP_CONSOLE = /Content Security Policy/;

/**
 * Every test fails, whether it asks or not, on an uncaught page error, a dialog (hostile links must
 * never produce either), a request that fails or answers with an HTTP error, and any
 * Content-Security-Policy violation. A test that breaks a file on purpose says which with
 * `allowFailures`. Requests the page itself cancels (a superseded query, a navigation) are no failure.
 */
interface Fixtures {
  /** What went wrong on the page so far: checked after every test. */
  problems: string[];
  /** Failed requests to addresses matching `url` are expected (the test breaks those files on purpose). */
  allowFailures: (url: RegExp) => void;
  failurePatterns: RegExp[];
  cspViolations: string[];
}

export const test = base.extend<Fixtures>({
  /** A route handler still waiting for its response when the test ends must not fail the run as the page closes. */
  page: async ({ page }, use) => {
    await use(page);
    await page.unrouteAll({ behavior: "ignoreErrors" });
  },
  /** A test that provokes a violation on purpose takes it out of this list. */
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      await page.exposeFunction("__reportCspViolation", (line: string) => void violations.push(line));
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) => {
          const report = (window as unknown as { __reportCspViolation: (line: string) => void }).__reportCspViolation;
          void report(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`);
        });
      });
      page.on("console", (message) => {
        if (CSP_CONSOLE.test(message.text())) violations.push(`console: ${message.text()}`);
      });
      await use(violations);
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
  failurePatterns: async ({}, use) => {
    await use([]);
  },
  allowFailures: async ({ failurePatterns }, use) => {
    await use((url) => void failurePatterns.push(url));
  },
  problems: [
    async ({ page, failurePatterns }, use) => {
      const problems: string[] = [];
      const failed = (text: string, url: string) => {
        if (!failurePatterns.some((pattern) => pattern.test(url))) problems.push(text);
      };
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("dialog", (dialog) => {
        problems.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      page.on("requestfailed", (request) => {
        const error = request.failure()?.errorText ?? "failed";
        if (error !== CANCELLED) failed(`request failed: ${request.url()} (${error})`, request.url());
      });
      page.on("response", (response) => {
        if (response.status() >= 400) failed(`HTTP ${response.status()}: ${response.url()}`, response.url());
      });
      await use(problems);
      expect(problems, "page errors, dialogs and failed requests").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** The regions of DESIGN.md's text surface, by the names it gives them in every interface language. */
export const membersRegion = (page: Page) => page.getByRole("region", { name: "Members", exact: true });
export const eventsRegion = (page: Page) => page.getByRole("region", { name: "Events", exact: true });
export const memberItems = (page: Page) => membersRegion(page).locator("[data-country]");

/** Opens the app at a link and waits until the Members region has been computed. */
export async function openAtlas(page: Page, search = ""): Promise<void> {
  await page.goto(`/${search}`);
  await expect(membersRegion(page)).toHaveAttribute("aria-busy", "false");
}

/** Waits until the map has drawn what the page shows (its container reports the date and bloc it shows). */
export async function waitForMap(page: Page, date: string, bloc: string): Promise<void> {
  const map = page.locator("[data-map-status]");
  await expect(map).toHaveAttribute("data-map-status", "ready", { timeout: 30_000 });
  await expect(map).toHaveAttribute("data-map-date", date);
  await expect(map).toHaveAttribute("data-map-bloc", bloc);
}
