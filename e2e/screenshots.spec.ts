import { today } from "../src/domain/day";
import { expect, openAtlas, test, waitForMap } from "./fixtures";

/**
 * Views worth looking at by eye after a change to the map or the panels: several dates, zooms and both
 * languages, and the page at each screen size. They go to test-results/; `npm run screenshots`
 * (`UPDATE_README_SCREENSHOT=1`) also refreshes the README's pictures in docs/.
 */
const VIEWS: { name: string; search: string; date: string; bloc: string }[] = [
  { name: "nato-2024-world-en", search: "?date=2024-03-07", date: "2024-03-07", bloc: "nato" },
  { name: "nato-1970-europe-fr", search: "?date=1970-01-01&lang=fr&country=FRA&view=10,50,3", date: "1970-01-01", bloc: "nato" },
  { name: "aukus-2021-pacific-en", search: "?date=2021-09-16&bloc=aukus&view=160,0,1.6", date: "2021-09-16", bloc: "aukus" },
  { name: "russia-china-2022-fr", search: "?date=2022-02-04&bloc=russia-china&lang=fr&view=120,55,2", date: "2022-02-04", bloc: "russia-china" },
  { name: "nato-2017-balkans-en", search: "?date=2017-06-05&view=19,43,5", date: "2017-06-05", bloc: "nato" },
  { name: "antimeridian-en", search: "?date=2024-03-07&view=180,55,2", date: "2024-03-07", bloc: "nato" },
  { name: "events-2022-02-07-en", search: "?date=2022-02-07&event=004_bfcca99e1c7093f0-07a2d2ff&view=30,50,2.6", date: "2022-02-07", bloc: "nato" },
  // Borders where they were: the two Germanys and the Soviet Union, reunification day, and today.
  { name: "europe-1960-01-01-nato-en", search: "?date=1960-01-01&view=18,52,3", date: "1960-01-01", bloc: "nato" },
  { name: "europe-1960-01-01-warsaw-pact-en", search: "?date=1960-01-01&bloc=warsaw-pact&view=18,52,3", date: "1960-01-01", bloc: "warsaw-pact" },
  { name: "europe-1990-10-03-nato-en", search: "?date=1990-10-03&view=18,52,3", date: "1990-10-03", bloc: "nato" },
  { name: "europe-today-nato-en", search: `?date=${today()}&view=18,52,3`, date: today(), bloc: "nato" },
  { name: "crimea-2015-ukraine-en", search: "?date=2015-06-01&country=UKR&view=34,46,5", date: "2015-06-01", bloc: "nato" },
  { name: "world-1977-nato-en", search: "?date=1977-01-01&view=0,30,1.2", date: "1977-01-01", bloc: "nato" },
  // A comparison: NATO's enlargements since 1990 marked on the map and listed by group.
  { name: "nato-compare-1990-2024-europe-en", search: "?date=2024-03-07&compare=1990-01-01&view=20,55,2.6", date: "2024-03-07", bloc: "nato" },
  { name: "warsaw-pact-compare-1985-1995-fr", search: "?date=1995-01-01&compare=1985-01-01&bloc=warsaw-pact&lang=fr&view=30,52,2.4", date: "1995-01-01", bloc: "warsaw-pact" },
];

/** Which views also refresh a picture in docs/ for the README. */
const README_PICTURES: Record<string, string> = {
  "nato-2024-world-en": "docs/screenshot.png",
  "events-2022-02-07-en": "docs/screenshot-events.png",
  "nato-compare-1990-2024-europe-en": "docs/screenshot-compare.png",
};

for (const view of VIEWS) {
  test(`screenshot: ${view.name}`, async ({ page }, testInfo) => {
    await openAtlas(page, view.search);
    await waitForMap(page, view.date, view.bloc);
    await expect(page.locator("time[data-selected-date]")).toHaveAttribute("datetime", view.date);
    const path = testInfo.outputPath(`${view.name}.png`);
    await page.screenshot({ path });
    await testInfo.attach(view.name, { path, contentType: "image/png" });
    const readme = README_PICTURES[view.name];
    if (process.env["UPDATE_README_SCREENSHOT"] && readme) await page.screenshot({ path: readme });
  });
}

/** The page at the sizes of issue 11, an event open (on phones the sheet opens to half for it). */
const SIZES = [
  { width: 390, height: 844 },
  { width: 844, height: 390 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
];
const SIZE_VIEW = { search: "?date=2022-02-07&event=004_bfcca99e1c7093f0-07a2d2ff", date: "2022-02-07" };

for (const size of SIZES) {
  test.describe(`screenshot at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });
    test(`screenshot: ${size.width}x${size.height}`, async ({ page }, testInfo) => {
      await openAtlas(page, SIZE_VIEW.search);
      await waitForMap(page, SIZE_VIEW.date, "nato");
      await expect(page.locator("[data-event].open")).toBeVisible();
      const path = testInfo.outputPath(`${size.width}x${size.height}.png`);
      await page.screenshot({ path });
      await testInfo.attach(`${size.width}x${size.height}`, { path, contentType: "image/png" });
      if (process.env["UPDATE_README_SCREENSHOT"]) await page.screenshot({ path: `docs/screenshot-${size.width}x${size.height}.png` });
    });
  });
}
