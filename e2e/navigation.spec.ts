import type { Page } from "@playwright/test";
import { expect, memberItems, membersRegion, openAtlas, test, waitForMap } from "./fixtures";

const slider = (page: Page) => page.getByRole("slider", { name: /Date/ });
const selectedDate = (page: Page) => page.locator("time[data-selected-date]");

test("the keyboard scrubs the timeline: a day, a year, the ends", async ({ page }) => {
  await openAtlas(page, "?date=2023-04-03");
  await slider(page).focus();
  await page.keyboard.press("ArrowRight");
  await expect(slider(page)).toHaveAttribute("aria-valuetext", "4 April 2023");
  await expect(selectedDate(page)).toHaveAttribute("datetime", "2023-04-04");
  await expect(memberItems(page)).toHaveCount(31);
  await page.keyboard.press("PageUp");
  await expect(selectedDate(page)).toHaveAttribute("datetime", "2024-04-04");
  await expect(memberItems(page)).toHaveCount(32);
  await page.keyboard.press("PageDown");
  await page.keyboard.press("ArrowLeft");
  await expect(selectedDate(page)).toHaveAttribute("datetime", "2023-04-03");
  await page.keyboard.press("Home");
  await expect(selectedDate(page)).toHaveAttribute("datetime", "1949-04-04");
  await expect(memberItems(page)).toHaveCount(12);
  await page.keyboard.press("End");
  const today = new Date().toISOString().slice(0, 10);
  await expect(selectedDate(page)).toHaveAttribute("datetime", today);
  // Today is the default date: the link leaves it out.
  await expect(page).not.toHaveURL(/date=/);
});

test("dragging the slider moves the date without flooding the history", async ({ page }) => {
  await openAtlas(page, "?date=1990-01-01");
  const before = await page.evaluate(() => history.length);
  const box = await slider(page).boundingBox();
  if (!box) throw new Error("slider has no box");
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.2, y);
  await page.mouse.down();
  for (let i = 1; i <= 30; i += 1) await page.mouse.move(box.x + box.width * (0.2 + i * 0.02), y);
  await page.mouse.up();
  await expect(selectedDate(page)).not.toHaveAttribute("datetime", "1990-01-01");
  const shown = await selectedDate(page).getAttribute("datetime");
  await expect(page).toHaveURL(new RegExp(`date=${shown}`));
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
});

test("while a drag moves the date, the Members list says it is waiting, then lists the day the drag ends on", async ({ page }) => {
  await openAtlas(page, "?date=1990-01-01");
  // Every value aria-busy takes, however briefly: the list must not pass for the moving date's.
  await membersRegion(page).evaluate((region) => {
    const seen: string[] = [];
    new MutationObserver(() => seen.push(region.getAttribute("aria-busy") ?? "")).observe(region, { attributeFilter: ["aria-busy"] });
    Object.assign(window, { busySeen: seen });
  });
  const box = await slider(page).boundingBox();
  if (!box) throw new Error("slider has no box");
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.2, y);
  await page.mouse.down();
  for (let i = 1; i <= 30; i += 1) await page.mouse.move(box.x + box.width * (0.2 + i * 0.02), y);
  await page.mouse.up();
  await expect(membersRegion(page)).toHaveAttribute("aria-busy", "false");
  const day = await slider(page).getAttribute("aria-valuetext");
  await expect(membersRegion(page).locator(".member-count")).toContainText(day ?? "");
  expect(await page.evaluate(() => (window as unknown as { busySeen: string[] }).busySeen)).toContain("true");
});

test("back and forward walk through discrete changes", async ({ page }) => {
  await openAtlas(page, "?date=2023-04-03");
  await page.getByRole("radio", { name: "AUKUS" }).check();
  await expect(page).toHaveURL(/bloc=aukus/);
  await expect(memberItems(page)).toHaveCount(3);
  await page.getByRole("button", { name: "Previous change" }).click();
  await expect(selectedDate(page)).toHaveAttribute("datetime", "2021-09-15");
  await memberItems(page).filter({ hasText: "Australia" }).getByRole("button").click();
  await expect(page).toHaveURL(/country=AUS/);

  await page.goBack();
  await expect(page).not.toHaveURL(/country=/);
  await expect(page.getByRole("region", { name: "Australia" })).toHaveCount(0);
  await page.goBack();
  await expect(selectedDate(page)).toHaveAttribute("datetime", "2023-04-03");
  await page.goBack();
  await expect(page).not.toHaveURL(/bloc=/);
  await expect(memberItems(page)).toHaveCount(30);
  await page.goForward();
  await expect(memberItems(page)).toHaveCount(3);
  await expect(page.getByRole("radio", { name: "AUKUS" })).toBeChecked();
});

test("a deep link restores the whole view, also after a reload", async ({ page }) => {
  const link = "?date=1970-01-01&country=FRA&lang=fr&view=2.35,46.5,3.5";
  for (const load of [() => openAtlas(page, link), () => page.reload()]) {
    await load();
    await expect(membersRegion(page)).toHaveAttribute("aria-busy", "false");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(selectedDate(page)).toHaveText("1er janvier 1970");
    await expect(memberItems(page)).toHaveCount(15);
    await expect(page.getByRole("heading", { name: "France", level: 2 })).toBeVisible();
    await expect(page.getByRole("radio", { name: "OTAN" })).toBeChecked();
    await waitForMap(page, "1970-01-01", "nato");
    expect(new URL(page.url()).search).toBe(link);
  }
});
