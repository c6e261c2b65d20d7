import { test as base, expect, type Page } from "@playwright/test";

/** Every test fails on an uncaught page error or a dialog: hostile links must never produce either. */
export const test = base.extend<{ problems: string[] }>({
  /** A route handler still waiting for its response when the test ends must not fail the run as the page closes. */
  page: async ({ page }, use) => {
    await use(page);
    await page.unrouteAll({ behavior: "ignoreErrors" });
  },
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
