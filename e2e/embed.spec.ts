import AxeBuilder from "@axe-core/playwright";
import { expect, membersRegion, openAtlas, test, waitForMap } from "./fixtures";

const EMBEDDED = "?date=2021-09-16&compare=2021-09-01&bloc=aukus&embed=1";
/** The same view, in full: the link without `embed`, in the table's order. */
const FULL = "/?date=2021-09-16&compare=2021-09-01&bloc=aukus";

test("embed=1 shows the map and the timeline only, and its link opens the same view in full", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 800, height: 520 });
  await page.goto(`/${EMBEDDED}`);
  await waitForMap(page, "2021-09-16", "aukus");
  const screenshot = testInfo.outputPath("embed-aukus-2021.png");
  await page.screenshot({ path: screenshot });
  await testInfo.attach("embed", { path: screenshot, contentType: "image/png" });
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  await expect(page.getByRole("slider", { name: /Date/ })).toBeVisible();
  await expect(page.locator("time[data-selected-date]")).toHaveAttribute("datetime", "2021-09-16");
  await expect(page.getByRole("region", { name: "Legend" })).toBeVisible();
  for (const name of ["Members", "Events"]) await expect(page.getByRole("region", { name })).toHaveCount(0);
  await expect(page.getByRole("group", { name: "Blocs" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Copy link" })).toHaveCount(0);

  const link = page.getByRole("link", { name: /Open the full view/ });
  await expect(link).toHaveAttribute("href", FULL);
  await expect(link).toHaveAttribute("target", "_blank");
  const [full] = await Promise.all([page.waitForEvent("popup"), link.click()]);
  await expect(membersRegion(full)).toHaveAttribute("aria-busy", "false");
  expect(new URL(full.url()).search).toBe(FULL.slice(1));
  await expect(full.locator("time[data-selected-date]")).toHaveAttribute("datetime", "2021-09-16");
  await expect(membersRegion(full).locator('[data-compare-group="joined"] [data-compared]')).toHaveCount(3);
  await expect(full.getByRole("link", { name: /Open the full view/ })).toHaveCount(0);
});

test("the full-view link follows the embedded view as its date moves", async ({ page }) => {
  await page.goto("/?date=2023-04-04&embed=1");
  await waitForMap(page, "2023-04-04", "nato");
  await page.getByRole("button", { name: "Previous change" }).click();
  await expect(page.locator("time[data-selected-date]")).not.toHaveAttribute("datetime", "2023-04-04");
  const day = await page.locator("time[data-selected-date]").getAttribute("datetime");
  await expect(page.getByRole("link", { name: /Open the full view/ })).toHaveAttribute("href", `/?date=${day}`);
});

test("in an iframe, as the README's snippet embeds it, the map and the timeline show", async ({ page, baseURL }) => {
  await page.setContent(`<iframe src="${baseURL}/?date=2024-03-07&embed=1" width="800" height="500" title="Alliance Atlas"></iframe>`);
  const frame = page.frameLocator("iframe");
  await expect(frame.locator("[data-map-status]")).toHaveAttribute("data-map-status", "ready", { timeout: 30_000 });
  await expect(frame.getByRole("slider", { name: /Date/ })).toBeVisible();
  await expect(frame.getByRole("link", { name: /Open the full view/ })).toHaveAttribute("href", "/?date=2024-03-07");
});

test("the title and the link-preview tags name the bloc and the date, or both dates", async ({ page }) => {
  await openAtlas(page, "?date=2024-03-07");
  await expect(page).toHaveTitle("NATO · 7 March 2024 — Alliance Atlas");
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "NATO · 7 March 2024 — Alliance Atlas");
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute("content", /^North Atlantic Treaty Organization on 7 March 2024: 32 members\./);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary");
  await openAtlas(page, "?date=2024-03-07&compare=1990-01-01&lang=fr");
  await expect(page).toHaveTitle("OTAN · 1er janvier 1990 → 7 mars 2024 — Alliance Atlas");
  await expect(page.locator('meta[name="twitter:description"]')).toHaveAttribute("content", /du 1er janvier 1990 au 7 mars 2024\u202f: 16 adhésions, 0 départ\./);
});

test("the page's static HTML carries link-preview tags for crawlers, which run no script", async ({ request }) => {
  const html = await (await request.get("/?date=2024-03-07")).text();
  expect(html).toMatch(/<meta property="og:title" content="Alliance Atlas[^"]*"/);
  expect(html).toMatch(/<meta property="og:description" content="[^"]+"/);
  expect(html).toMatch(/<meta name="twitter:card" content="summary"/);
});
