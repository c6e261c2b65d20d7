import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { expect, membersRegion, openAtlas, test, waitForMap } from "./fixtures";

/** The screens of issue 11: phone upright and sideways, tablet, laptop. */
const SIZES = [
  { width: 390, height: 844 },
  { width: 844, height: 390 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
];

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator.toString()} has no box`);
  return box;
}

/** The area two boxes share, in square CSS pixels. */
function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * The share of the screen where the map itself is on top: points every few pixels whose topmost
 * element is the map's canvas or one of its event markers, not a panel, the legend, a control, the
 * title or the timeline.
 */
function mapShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const step = 6;
    const canvas = document.querySelector("#map canvas");
    let all = 0;
    let map = 0;
    for (let y = step / 2; y < window.innerHeight; y += step) {
      for (let x = step / 2; x < window.innerWidth; x += step) {
        all += 1;
        const top = document.elementFromPoint(x, y);
        if (top && (top === canvas || top.closest(".maplibregl-marker"))) map += 1;
      }
    }
    return map / all;
  });
}

const eventsRegion = (page: Page) => page.getByRole("region", { name: "Events" });
const picker = (page: Page) => page.getByRole("combobox", { name: "Find a country" });
const map = (page: Page) => page.locator("[data-map-status]");
/** A date with events on it and around it (seed 004's Kremlin announcement). */
const EVENT_DAY = "2022-02-07";

/** Presses Tab until `target` has the focus, at most `limit` times; returns how many presses it took. */
async function tabTo(page: Page, target: Locator, limit: number): Promise<number> {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return presses;
  }
  throw new Error(`${target.toString()} not reached in ${limit} presses of Tab`);
}

const mapBox = (page: Page) => boxOf(page.locator("#map"));
const timelineBox = (page: Page) => boxOf(page.locator(".app-timeline"));

/** The part of an element inside the panels' scrolling box: what of it is on screen. */
async function visibleInPanels(page: Page, locator: Locator): Promise<Box> {
  const [inner, outer] = [await boxOf(locator), await boxOf(page.locator(".sheet-body"))];
  const x = Math.max(inner.x, outer.x);
  const y = Math.max(inner.y, outer.y);
  return {
    x,
    y,
    width: Math.max(0, Math.min(inner.x + inner.width, outer.x + outer.width) - x),
    height: Math.max(0, Math.min(inner.y + inner.height, outer.y + outer.height) - y),
  };
}

async function expectNoOverlap(page: Page, panel: Locator | null): Promise<void> {
  const boxes: [string, Box][] = [
    ["map", await mapBox(page)],
    ["timeline", await timelineBox(page)],
    ["panels", await boxOf(page.locator("aside.side"))],
  ];
  if (panel) boxes.push(["open panel", await visibleInPanels(page, panel)]);
  for (const [i, [nameA, a]] of boxes.entries()) {
    for (const [nameB, b] of boxes.slice(i + 1)) {
      // The open panel is one of the panels: only the map and the timeline must keep clear of it.
      if ([nameA, nameB].includes("panels") && [nameA, nameB].includes("open panel")) continue;
      expect(overlap(a, b), `${nameA} and ${nameB} overlap`).toBe(0);
    }
  }
  if (panel) expect((await visibleInPanels(page, panel)).height, "the open panel is on screen").toBeGreaterThan(40);
}

for (const size of SIZES) {
  test.describe(`${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test("the default view: nothing overlaps, the map has at least half of the screen, no serious accessibility violation", async ({ page }) => {
      await openAtlas(page);
      const today = await page.locator("time[data-selected-date]").getAttribute("datetime");
      await waitForMap(page, today ?? "", "nato");
      await expectNoOverlap(page, null);
      expect(await mapShare(page)).toBeGreaterThanOrEqual(0.5);
      // The canvas follows its box: the same size as the map's frame.
      const canvas = await boxOf(page.locator("#map canvas"));
      const frame = await mapBox(page);
      expect(Math.abs(canvas.width - frame.width)).toBeLessThanOrEqual(1);
      expect(Math.abs(canvas.height - frame.height)).toBeLessThanOrEqual(1);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  });
}

for (const size of SIZES) {
  test.describe(`${size.width}×${size.height}, by touch`, () => {
    test.use({ viewport: size, hasTouch: true });

    test("an event opens and a country is chosen with taps, and the open panel keeps clear of the map and the timeline", async ({ page }) => {
      await openAtlas(page, `?date=${EVENT_DAY}`);
      await waitForMap(page, EVENT_DAY, "nato");
      const more = page.getByRole("button", { name: "Show more of the panels" });
      if (await more.isVisible()) await more.tap();
      const event = eventsRegion(page).locator("[data-event]").first();
      const id = await event.getAttribute("data-event");
      await event.getByRole("button", { name: /^Open the event/ }).tap();
      await expect(page).toHaveURL(new RegExp(`event=${id}`));
      await expect(eventsRegion(page).locator(".event.open")).toBeVisible();
      await expectNoOverlap(page, eventsRegion(page).locator(".event.open"));
      // The sheet opened for the event (beside the map on a phone held sideways) leaves the map a real share of the screen.
      expect(await mapShare(page), "the map's share beside the open event").toBeGreaterThanOrEqual(0.25);

      await membersRegion(page).getByRole("button", { name: "France" }).tap();
      await expect(page.locator("[data-open-country]")).toHaveAttribute("data-open-country", "FRA");
      await expect(map(page)).toHaveAttribute("data-map-revealed", "FRA");
      await expectNoOverlap(page, page.locator("[data-open-country]"));

      await picker(page).tap();
      await page.keyboard.type("Allem");
      await page.getByRole("listbox", { name: "Find a country" }).getByRole("option", { name: "Germany", exact: true }).tap();
      await expect(page.locator("[data-open-country]")).toHaveAttribute("data-open-country", "DEU");
      await expect(map(page)).toHaveAttribute("data-map-revealed", "DEU");
    });
  });

  test.describe(`${size.width}×${size.height}, by keyboard`, () => {
    test.use({ viewport: size });

    test("from the top, the slider is at most 5 presses of Tab away; an event opens and a country is chosen by keyboard alone", async ({ page }) => {
      await openAtlas(page, `?date=${EVENT_DAY}`);
      await waitForMap(page, EVENT_DAY, "nato");
      expect(await tabTo(page, page.getByRole("slider", { name: /Date/ }), 5)).toBeLessThanOrEqual(5);

      await page.keyboard.press("Shift+Tab");
      await expect(page.getByRole("link", { name: "Skip to the events" })).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(eventsRegion(page).getByRole("heading", { name: "Events" })).toBeFocused();
      const open = eventsRegion(page).getByRole("button", { name: /^Open the event/ }).first();
      const id = await eventsRegion(page).locator("[data-event]").first().getAttribute("data-event");
      await tabTo(page, open, 15);
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(new RegExp(`event=${id}`));

      await picker(page).focus();
      await page.keyboard.type("Allemagne");
      await page.keyboard.press("Enter");
      const panel = page.locator("[data-open-country]");
      await expect(panel).toHaveAttribute("data-open-country", "DEU");
      await expect(panel.getByRole("heading", { name: "Germany" })).toBeFocused();
      await expect(map(page)).toHaveAttribute("data-map-revealed", "DEU");
      await page.keyboard.press("Escape");
      await expect(panel).toHaveCount(0);
      await expect(picker(page)).toBeFocused();
    });
  });
}

test("Escape closes the reader, then the event, then the country panel, each time giving the focus back to what opened it", async ({ page }) => {
  await openAtlas(page, "?date=2023-07-12");
  const member = membersRegion(page).getByRole("button", { name: "France" });
  await member.focus();
  await page.keyboard.press("Enter");
  const panel = page.locator("[data-open-country]");
  await expect(panel.getByRole("heading", { name: "France" })).toBeFocused();
  const card = eventsRegion(page).locator("[data-event]:has([data-quote] a)").first();
  const quote = card.locator("[data-quote] a").first();
  await quote.focus();
  await page.keyboard.press("Enter");
  const reader = page.getByRole("dialog");
  await expect(reader).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(reader).toHaveCount(0);
  await expect(quote).toBeFocused();
  await expect(panel).toHaveCount(1);
  // The quote's event opened with the reader: the innermost thing open closes first.
  await expect(card).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("Escape");
  await expect(card).not.toHaveAttribute("aria-current", "true");
  await expect(card.getByRole("button", { name: /^Open the event/ })).toBeFocused();
  await expect(panel).toHaveCount(1);
  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await expect(member).toBeFocused();
});

test("an event opened from the keyboard takes the focus to its Close button, and Escape closes it, giving the focus back to Open", async ({ page }) => {
  await openAtlas(page, `?date=${EVENT_DAY}`);
  await waitForMap(page, EVENT_DAY, "nato");
  const card = eventsRegion(page).locator("[data-event]").first();
  const id = await card.getAttribute("data-event");
  const opened = eventsRegion(page).locator(`[data-event="${id}"]`);
  await opened.getByRole("button", { name: /^Open the event/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`event=${id}`));
  await expect(opened.getByRole("button", { name: "Close the event" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page).not.toHaveURL(/event=/);
  await expect(opened).not.toHaveAttribute("aria-current", "true");
  await expect(opened.getByRole("button", { name: /^Open the event/ })).toBeFocused();
});
