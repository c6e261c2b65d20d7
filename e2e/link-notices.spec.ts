import type { Locator, Page } from "@playwright/test";
import { expect, openAtlas, test, waitForMap } from "./fixtures";

/** The screen sizes the page is made for: phone portrait and landscape, tablet, laptop. */
const SIZES = [
  { width: 390, height: 844 },
  { width: 844, height: 390 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
];

const TRACKERS = "utm_source=newsletter&utm_medium=email&utm_campaign=spring&fbclid=IwAR0x&gclid=Cj0&mc_cid=1&mc_eid=2&_ga=2.1&igshid=x";
/** 30 parameters nobody knows, each a part the notice must count, none of which may push the map away. */
const UNKNOWN = Array.from({ length: 30 }, (_, i) => `unknown${i}=${"x".repeat(i)}`).join("&");
const LINK = `?${TRACKERS}&date=2023-07-12&${UNKNOWN}&country=%EF%AC%81n&view=0x10,0,1`;
/** The unknown parameters, the ligature country and the hexadecimal view. */
const IGNORED = 32;

type Box = { x: number; y: number; width: number; height: number };

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  if (!found) throw new Error("not rendered");
  return found;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const map = (page: Page) => page.locator("[data-map-status]");
const timeline = (page: Page) => page.getByRole("region", { name: "Date", exact: true });
const notice = (page: Page) => page.locator("[data-notice]");

for (const size of SIZES) {
  test(`at ${size.width}×${size.height}, one notice for the whole link, over neither the map nor the timeline, which keep their size`, async ({ page, problems }) => {
    await page.setViewportSize(size);
    await openAtlas(page, "?date=2023-07-12");
    await waitForMap(page, "2023-07-12", "nato");
    const mapBefore = await box(map(page));
    const timelineBefore = await box(timeline(page));

    await openAtlas(page, LINK);
    await waitForMap(page, "2023-07-12", "nato");
    await expect(notice(page)).toHaveCount(1);
    await expect(notice(page)).toBeInViewport({ ratio: 1 });
    await expect(notice(page).getByRole("button")).toHaveCount(1);
    await expect(notice(page)).toContainText(`${IGNORED} parts of the link were ignored:`);
    await expect(notice(page)).toContainText(`and ${IGNORED - 3} more`);
    await expect(notice(page).locator("[data-ignored-param]")).toHaveCount(3);
    await expect(notice(page)).not.toContainText(/utm_|fbclid|gclid|mc_|_ga|igshid/);
    await expect(page).toHaveURL(/\?date=2023-07-12$/);

    const shown = await box(notice(page));
    expect(await box(map(page))).toEqual(mapBefore);
    expect(await box(timeline(page))).toEqual(timelineBefore);
    expect(overlaps(shown, mapBefore), "the notice covers the map").toBe(false);
    expect(overlaps(shown, timelineBefore), "the notice covers the timeline").toBe(false);

    await notice(page).getByRole("button", { name: "Dismiss" }).click();
    await expect(notice(page)).toHaveCount(0);
    expect(await box(map(page))).toEqual(mapBefore);
    expect(problems).toEqual([]);
  });
}

test("a link with only tracking parameters opens without a notice, and they leave the address", async ({ page }) => {
  await openAtlas(page, `?${TRACKERS}&date=2022-02-04&utm_content=a%20b`);
  await expect(page.locator("time[data-selected-date]")).toHaveAttribute("datetime", "2022-02-04");
  await expect(page).toHaveURL(/\?date=2022-02-04$/);
  await expect(notice(page)).toHaveCount(0);
});

test("one ignored part is said with its reason, in French too", async ({ page }) => {
  await openAtlas(page, "?lang=fr&date=2023-02-30&fbclid=x");
  await expect(notice(page).locator("p")).toHaveText(/^date="2023-02-30" a été ignoré\u202f: pas une date du calendrier au format AAAA-MM-JJ\.$/u);
  await openAtlas(page, "?lang=fr&date=2023-02-30&a=1&b=2&c=3&d=4");
  await expect(notice(page)).toContainText("5 parties du lien ont été ignorées\u202f:");
  await expect(notice(page)).toContainText("et 2 de plus.");
  await expect(notice(page).getByRole("button", { name: "Fermer" })).toHaveCount(1);
});

test("values are read as written: a ligature is no country code, a hexadecimal number no coordinate", async ({ page }) => {
  await openAtlas(page, "?country=%EF%AC%81n&view=0x10,0,1");
  await expect(notice(page)).toContainText("2 parts of the link were ignored:");
  await expect(notice(page).locator('[data-ignored-param="country"]')).toContainText('country="ﬁn"');
  await expect(notice(page).locator('[data-ignored-param="view"]')).toContainText('view="0x10,0,1"');
  await expect(page.getByRole("region", { name: "Country" })).toHaveCount(0);
  await expect(page).toHaveURL(/\/$/);
});
