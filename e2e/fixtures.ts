import { test as base, expect, type Page } from "@playwright/test";

/** Chromium's own words for a blocked load or script, in the console. */
const CSP_CONSOLE = /Content Security Policy/;

/**
 * Every test fails on an uncaught page error or a dialog (hostile links must never produce either),
 * and, whether it asks for it or not, on any Content-Security-Policy violation.
 */
export const test = base.extend<{ problems: string[]; cspViolations: string[] }>({
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
  problems: async ({ page }, use) => {
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("dialog", (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await use(problems);
    expect(problems).toEqual([]);
  },
});
export { expect };

export const membersRegion = (page: Page) => page.getByRole("region", { name: "Members" });
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
