import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { expect, memberItems, membersRegion, openAtlas, test, waitForMap } from "./fixtures";

const group = (page: Page, name: string) => membersRegion(page).locator(`[data-compare-group="${name}"]`);
const notice = (page: Page) => page.locator("[data-notice]");

async function codes(items: Locator, attribute: string): Promise<string[]> {
  return items.evaluateAll((elements, name) => elements.map((e) => e.getAttribute(name) ?? ""), attribute);
}

/** The members the page lists on a date, one date at a time. */
async function membersOn(page: Page, date: string): Promise<Set<string>> {
  await openAtlas(page, `?date=${date}&bloc=nato`);
  return new Set(await codes(memberItems(page), "data-country"));
}

test("NATO from 1990 to 7 March 2024 lists the members that joined, Finland and Sweden among them, and none that left", async ({ page }) => {
  const before = await membersOn(page, "1990-01-01");
  const now = await membersOn(page, "2024-03-07");

  await openAtlas(page, "?date=2024-03-07&compare=1990-01-01");
  await expect(group(page, "joined")).toBeVisible();
  const joined = await codes(group(page, "joined").locator("[data-compared]"), "data-compared");
  expect(joined.sort()).toEqual([...now].filter((c) => !before.has(c)).sort());
  expect(joined).toEqual(expect.arrayContaining(["FIN", "SWE"]));
  await expect(membersRegion(page)).toContainText("Joined since 1 January 1990");
  await expect(membersRegion(page).locator('[data-change="left"]')).toHaveCount(0);
  await expect(membersRegion(page).getByRole("region", { name: /^Left since 1 January 1990/ })).toContainText("None.");

  // Each move with its dated fact and its source; the contract's items are still the members of the date.
  const sweden = group(page, "joined").locator('[data-compared="SWE"]');
  await expect(sweden).toContainText("Member since 7 March 2024");
  await expect(sweden.getByRole("link")).toHaveAttribute("href", /^https:\/\/www\.nato\.int\//);
  await expect(sweden.locator("time")).toHaveAttribute("datetime", "2024-03-07");
  expect(new Set(await codes(memberItems(page), "data-country"))).toEqual(now);
  await expect(group(page, "changed").locator('[data-compared="FRA"]')).toContainText("Member since 4 April 2009");

  // The map marks the comparison, and its legend says how.
  await waitForMap(page, "2024-03-07", "nato");
  await expect(page.locator("[data-map-status]")).toHaveAttribute("data-map-compare", "1990-01-01");
  const legend = page.getByRole("region", { name: "Legend" });
  for (const change of ["joined", "left", "changed"]) await expect(legend.locator(`[data-legend-change="${change}"]`)).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
});

test("the events between the two dates are counted and one step away", async ({ page }) => {
  await openAtlas(page, "?date=2024-03-07&compare=1990-01-01");
  const events = membersRegion(page).locator(".compare-events");
  await expect(events).toContainText(/\d+ events? from the articles between these dates/);
  await events.getByRole("button", { name: "go to the first" }).click();
  const selected = page.locator("time[data-selected-date]");
  const day = await selected.getAttribute("datetime");
  expect(day && day >= "1990-01-01" && day <= "2024-03-07").toBe(true);
  await expect(page).toHaveURL(new RegExp(`date=${day}&compare=1990-01-01`));
  await expect(page.getByRole("region", { name: "Events" }).locator(`[data-event][data-date-start="${day}"]`).first()).toBeVisible();
});

test("an invalid compare falls back to one date and says so", async ({ page }) => {
  await openAtlas(page, "?date=2024-03-07&compare=1990-02-30");
  await expect(notice(page).locator('[data-ignored-param="compare"]')).toContainText('compare="1990-02-30" was ignored: not a calendar day');
  await expect(memberItems(page)).toHaveCount(32);
  await expect(membersRegion(page).locator("[data-compare-group]")).toHaveCount(0);
  await expect(page).toHaveURL(/\?date=2024-03-07$/);

  await openAtlas(page, "?date=2024-03-07&compare=1900-01-01&lang=fr");
  await expect(notice(page).locator('[data-ignored-param="compare"]')).toContainText("hors de la frise");
});

test("a comparison is chosen and ended from the keyboard, and reads on a phone", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openAtlas(page, "?date=2004-03-29&lang=fr");
  const field = membersRegion(page).getByLabel("Comparer avec");
  await field.fill("1999-03-12");
  await field.press("Enter");
  await expect(page).toHaveURL(/\?date=2004-03-29&compare=1999-03-12&lang=fr$/);
  const joined = group(page, "joined");
  await expect(joined.locator("[data-compared]")).toHaveCount(7);
  await expect(membersRegion(page)).toContainText("Adhésions depuis le 12 mars 1999 (7)");
  await joined.locator("[data-compared]").first().scrollIntoViewIfNeeded();
  await expect(joined.locator("[data-compared]").first()).toBeInViewport();
  const box = await joined.locator("button").first().boundingBox();
  expect(box && box.x + box.width <= 390).toBe(true);
  const screenshot = testInfo.outputPath("compare-phone-fr.png");
  await page.screenshot({ path: screenshot });
  await testInfo.attach("comparison on a phone", { path: screenshot, contentType: "image/png" });

  // The date field's day, month and year are tab stops of their own: start from the button after it.
  await membersRegion(page).getByRole("button", { name: "Comparer", exact: true }).focus();
  await page.keyboard.press("Tab");
  await expect(membersRegion(page).getByRole("button", { name: "Arrêter la comparaison" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\?date=2004-03-29&lang=fr$/);
  await expect(membersRegion(page).locator("[data-compare-group]")).toHaveCount(0);
  await expect(memberItems(page)).toHaveCount(26);
});

test("choosing a comparison is one step of the history: back returns to one date, forward to the comparison", async ({ page }) => {
  await openAtlas(page, "?date=2024-03-07");
  const field = membersRegion(page).getByLabel("Compare with");
  await field.fill("2000-01-01");
  await field.press("Enter");
  await expect(group(page, "joined").locator('[data-compared="POL"]')).toHaveCount(0);
  await expect(group(page, "joined").locator('[data-compared="EST"]')).toHaveCount(1);
  await page.goBack();
  await expect(page).toHaveURL(/\?date=2024-03-07$/);
  await expect(membersRegion(page).locator("[data-compare-group]")).toHaveCount(0);
  await expect(memberItems(page)).toHaveCount(32);
  await page.goForward();
  await expect(page).toHaveURL(/\?date=2024-03-07&compare=2000-01-01$/);
  await expect(group(page, "joined").locator('[data-compared="EST"]')).toHaveCount(1);
});

test("a day outside the timeline typed in the field is refused with a sentence, not taken", async ({ page }) => {
  await openAtlas(page, "?date=2024-03-07");
  const field = membersRegion(page).getByLabel("Compare with");
  await field.fill("1900-01-01");
  await field.press("Enter");
  await expect(membersRegion(page).getByText("Choose a day between 4 April 1949 and today.")).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\?date=2024-03-07$/);
});
