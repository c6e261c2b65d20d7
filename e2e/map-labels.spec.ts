import type { Page } from "@playwright/test";
import { expect, openAtlas, test, waitForMap } from "./fixtures";
import { pagePointOf } from "./map-pixel";

const N = "\u202f";
const EUROPE = { lon: 12, lat: 50, zoom: 3.5 };
const GERMANYS = { lon: 12, lat: 51, zoom: 4.6 };
const viewOf = ({ lon, lat, zoom }: typeof EUROPE) => `view=${lon},${lat},${zoom}`;

const map = (page: Page) => page.locator("[data-map-status]");
const tooltip = (page: Page) => page.locator("[data-map-tooltip]");

/** The names MapLibre placed on the canvas once the map was idle (country-labels.ts). */
async function labels(page: Page): Promise<string[]> {
  return JSON.parse((await map(page).getAttribute("data-map-labels")) ?? "[]") as string[];
}

test("the map names the countries in the interface language", async ({ page }) => {
  await openAtlas(page, `?date=2024-03-07&${viewOf(EUROPE)}`);
  await waitForMap(page, "2024-03-07", "nato");
  await expect.poll(() => labels(page)).toEqual(expect.arrayContaining(["Germany", "France", "Poland", "Italy"]));
  expect(await labels(page)).not.toContain("Allemagne");

  await openAtlas(page, `?date=2024-03-07&lang=fr&${viewOf(EUROPE)}`);
  await waitForMap(page, "2024-03-07", "nato");
  await expect.poll(() => labels(page)).toEqual(expect.arrayContaining(["Allemagne", "France", "Pologne", "Italie"]));
  expect(await labels(page)).not.toContain("Germany");
});

test("names appear at the zooms where they fit: the largest countries at world zoom, smaller ones further in", async ({ page }) => {
  await openAtlas(page, "?date=2024-03-07&view=12,30,1.2");
  await waitForMap(page, "2024-03-07", "nato");
  await expect.poll(() => labels(page)).toEqual(expect.arrayContaining(["Russia", "Canada", "China", "Brazil"]));
  const world = await labels(page);
  expect(world).not.toContain("Germany");
  expect(world.length).toBeLessThan(30);

  await openAtlas(page, "?date=2024-03-07&view=6.1,49.8,7");
  await waitForMap(page, "2024-03-07", "nato");
  await expect.poll(() => labels(page)).toContain("Luxembourg");
});

test("historical states are named on their dates, in both languages", async ({ page }) => {
  await openAtlas(page, `?date=1960-01-01&${viewOf(GERMANYS)}`);
  await waitForMap(page, "1960-01-01", "nato");
  await expect.poll(() => labels(page)).toEqual(expect.arrayContaining(["West Germany", "East Germany"]));
  expect(await labels(page)).not.toContain("Germany");

  await openAtlas(page, "?date=1960-01-01&lang=fr&view=60,55,1.5");
  await waitForMap(page, "1960-01-01", "nato");
  await expect.poll(() => labels(page)).toContain("Union soviétique");
  expect(await labels(page)).not.toContain("Russie");

  await openAtlas(page, "?date=2024-03-07&lang=fr&view=60,55,1.5");
  await waitForMap(page, "2024-03-07", "nato");
  await expect.poll(() => labels(page)).toContain("Russie");
  expect(await labels(page)).not.toContain("Union soviétique");
});

/** The tooltip shows this name, then these lines. */
async function expectTooltip(page: Page, name: string, lines: string[]): Promise<void> {
  await expect(tooltip(page).locator("strong")).toHaveText(name);
  await expect(tooltip(page).locator("span")).toHaveText(lines);
}

/** Moves the mouse over a point of the map opened at `view`, and returns where the pointer is. */
async function hover(page: Page, view: typeof EUROPE, lonLat: [number, number]): Promise<{ x: number; y: number }> {
  const point = await pagePointOf(page, view, lonLat);
  await page.mouse.move(point.x - 5, point.y - 5);
  await page.mouse.move(point.x, point.y);
  return point;
}

test("hovering a country shows its name and its standing on the date, beside the pointer, and leaving hides it", async ({ page }) => {
  await openAtlas(page, `?date=2024-03-07&${viewOf(EUROPE)}`);
  await waitForMap(page, "2024-03-07", "nato");
  const pointer = await hover(page, EUROPE, [19.4, 52.1]);
  await expect(tooltip(page)).toHaveAttribute("data-map-tooltip", "POL");
  await expectTooltip(page, "Poland", ["NATO: Member since 12 March 1999"]);
  await expect(tooltip(page)).toHaveAttribute("aria-hidden", "true");
  const box = await tooltip(page).boundingBox();
  if (!box) throw new Error("the tooltip has no box");
  const coversPointer = box.x <= pointer.x && pointer.x <= box.x + box.width && box.y <= pointer.y && pointer.y <= box.y + box.height;
  expect(coversPointer).toBe(false);

  // It follows the pointer to the next country.
  await hover(page, EUROPE, [2.5, 46.5]);
  await expectTooltip(page, "France", ["NATO: Member since 4 April 1949"]);

  await page.getByRole("region", { name: "Members" }).hover();
  await expect(tooltip(page)).toHaveCount(0);
});

test("the tooltip follows the date under a still pointer, and goes while the map is dragged", async ({ page }) => {
  await openAtlas(page, `?date=2024-03-07&${viewOf(EUROPE)}`);
  await waitForMap(page, "2024-03-07", "nato");
  const slider = page.getByRole("slider", { name: /Date/ });
  await slider.focus();
  await hover(page, EUROPE, [15.5, 60.5]);
  await expectTooltip(page, "Sweden", ["NATO: Member since 7 March 2024"]);
  await page.keyboard.press("ArrowLeft");
  await expect(page.locator("time[data-selected-date]")).toHaveAttribute("datetime", "2024-03-06");
  await expectTooltip(page, "Sweden", ["NATO: Partner since 9 May 1994"]);

  await page.mouse.down();
  await page.mouse.move(300, 300, { steps: 4 });
  await expect(tooltip(page)).toHaveCount(0);
  await page.mouse.up();
});

test("the tooltip in French names historical states and sets French typography", async ({ page }) => {
  await openAtlas(page, `?date=1960-01-01&lang=fr&${viewOf(GERMANYS)}`);
  await waitForMap(page, "1960-01-01", "nato");
  await hover(page, GERMANYS, [12.5, 51.3]);
  await expect(tooltip(page)).toHaveAttribute("data-map-tooltip", "DDR");
  await expectTooltip(page, "Allemagne de l'Est", [`OTAN${N}: Hors de ce bloc`, `Pacte de Varsovie${N}: Membre depuis le 14 mai 1955`]);
  await hover(page, GERMANYS, [8.5, 50]);
  await expectTooltip(page, "Allemagne de l'Ouest", [`OTAN${N}: Membre depuis le 6 mai 1955`]);
});

test.describe("by touch", () => {
  test.use({ hasTouch: true });

  test("a tap opens the country panel, and a finger or a pen over the map shows no tooltip", async ({ page }) => {
    await openAtlas(page, `?date=2024-03-07&${viewOf(EUROPE)}`);
    await waitForMap(page, "2024-03-07", "nato");
    const point = await pagePointOf(page, EUROPE, [19.4, 52.1]);
    await page.touchscreen.tap(point.x, point.y);
    await expect(page.locator("[data-open-country]")).toHaveAttribute("data-open-country", "POL");
    const canvas = map(page).locator("canvas");
    for (const pointerType of ["touch", "pen"]) {
      await canvas.dispatchEvent("pointermove", { pointerType, clientX: point.x, clientY: point.y, bubbles: true });
      // The tooltip looks under the pointer on the next frame: two frames on, it would be there.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await expect(tooltip(page)).toHaveCount(0);
    }
    await canvas.dispatchEvent("pointermove", { pointerType: "mouse", clientX: point.x, clientY: point.y, bubbles: true });
    await expect(tooltip(page)).toHaveAttribute("data-map-tooltip", "POL");
  });
});
