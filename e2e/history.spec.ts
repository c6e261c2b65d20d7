import type { Page } from "@playwright/test";
import { expect, memberItems, membersRegion, openAtlas, test, waitForMap } from "./fixtures";
import { pagePointOf, pixelAt } from "./map-pixel";

const mapText = (page: Page) => page.getByRole("region", { name: "Map as text" });
/** The countries the map draws on the date, by code (the map's text surface). */
const drawn = (page: Page, code: string) => mapText(page).locator(`[data-map-country="${code}"]`);

/** Opens the map's text list (collapsed at first, it loads when opened) and waits for it. */
async function openMapText(page: Page): Promise<void> {
  await mapText(page).locator("summary").click();
  await expect(mapText(page).locator("[data-map-country]").first()).toBeAttached();
}
const SOVIET_REPUBLICS = ["RUS", "UKR", "BLR", "EST", "LVA", "LTU", "MDA", "GEO", "ARM", "AZE", "KAZ", "UZB", "TKM", "KGZ", "TJK"];

async function codes(page: Page, attribute: "data-country" | "data-map-country", scope = page.locator("body")): Promise<string[]> {
  return scope.locator(`[${attribute}]`).evaluateAll((items, name) => items.map((item) => item.getAttribute(name) ?? ""), attribute);
}

test("on 1 January 1960 NATO lists West Germany and not the East, and the map draws both Germanys", async ({ page }) => {
  await openAtlas(page, "?date=1960-01-01&bloc=nato");
  await waitForMap(page, "1960-01-01", "nato");
  await openMapText(page);
  await expect(membersRegion(page).locator('[data-country="DEU"]')).toHaveText(/West Germany/);
  await expect(membersRegion(page).locator('[data-country="DDR"]')).toHaveCount(0);
  await expect(drawn(page, "DEU")).toHaveText(/West Germany — Member · NATO/);
  await expect(drawn(page, "DDR")).toHaveText(/East Germany — in Warsaw Pact/);
  await expect(drawn(page, "SUN")).toHaveCount(1);
  await expect(drawn(page, "UKR")).toHaveCount(0);
});

test("the Warsaw Pact of 1960 lists its eight members", async ({ page }) => {
  await openAtlas(page, "?date=1960-01-01&bloc=warsaw-pact");
  expect((await codes(page, "data-country", membersRegion(page))).sort()).toEqual(["ALB", "BGR", "CSK", "DDR", "HUN", "POL", "ROU", "SUN"]);
  await expect(membersRegion(page).locator('[data-country="SUN"]')).toHaveText(/Soviet Union/);
});

test("Albania stays a party to the Warsaw Pact until 1968 without taking part after 1961", async ({ page }) => {
  await openAtlas(page, "?date=1965-01-01&bloc=warsaw-pact");
  await expect(membersRegion(page).locator('[data-country="ALB"]')).toContainText("not taking part");
  await openAtlas(page, "?date=1968-09-13&bloc=warsaw-pact");
  await expect(membersRegion(page).locator('[data-country="ALB"]')).toHaveCount(0);
  await expect(memberItems(page)).toHaveCount(7);
});

test("on 3 October 1990 Germany is one country in NATO, and the GDR is gone", async ({ page }) => {
  await openAtlas(page, "?date=1990-10-03&bloc=nato");
  await waitForMap(page, "1990-10-03", "nato");
  await openMapText(page);
  await expect(membersRegion(page).locator('[data-country="DEU"]')).toHaveText(/^Germany/);
  await expect(drawn(page, "DEU")).toHaveCount(1);
  await expect(drawn(page, "DDR")).toHaveCount(0);
  await openAtlas(page, "?date=1990-10-02&bloc=nato");
  await expect(membersRegion(page).locator('[data-country="DEU"]')).toHaveText(/West Germany/);
});

test("on 1 January 1992 the map draws the fifteen former Soviet republics and no Soviet Union", async ({ page }) => {
  await openAtlas(page, "?date=1992-01-01");
  await waitForMap(page, "1992-01-01", "nato");
  await openMapText(page);
  const onMap = await codes(page, "data-map-country", mapText(page));
  expect(onMap.filter((code) => SOVIET_REPUBLICS.includes(code)).sort()).toEqual([...SOVIET_REPUBLICS].sort());
  expect(onMap).not.toContain("SUN");
  await openAtlas(page, "?date=1991-12-25");
  await openMapText(page);
  await expect(drawn(page, "SUN")).toHaveCount(1);
  await expect(drawn(page, "UKR")).toHaveCount(0);
  await expect(drawn(page, "EST")).toHaveCount(1);
});

test("Ukraine's panel in 2015 says Crimea is occupied by Russia, as the map marks it", async ({ page }) => {
  await openAtlas(page, "?date=2015-06-01&country=UKR");
  const panel = page.getByRole("region", { name: "Ukraine" });
  const crimea = panel.locator('[data-occupation="crimea"]');
  await expect(crimea).toContainText("Crimea");
  await expect(crimea).toContainText("Occupied by Russia since");
  await expect(crimea).toHaveAttribute("data-current", "true");
  await expect(crimea.getByRole("link")).toHaveAttribute("href", /A\/RES\/68\/262/);
  await openMapText(page);
  await expect(mapText(page).locator('[data-map-occupation="crimea"]')).toContainText("occupied by Russia");
  await openAtlas(page, "?date=2013-06-01&country=UKR");
  await openMapText(page);
  await expect(mapText(page).locator('[data-map-occupation="crimea"]')).toHaveCount(0);
});

test("Greece's status on 1 January 1977 is explained in the Members list and its panel", async ({ page }) => {
  await openAtlas(page, "?date=1977-01-01&bloc=nato&country=GRC");
  await expect(membersRegion(page).locator('[data-country="GRC"]')).toContainText("outside the integrated military command");
  const panel = page.getByRole("region", { name: "Greece" });
  await expect(panel.locator('[aria-current="true"]')).toContainText("14 August 1974");
  await expect(panel.locator('[aria-current="true"]')).toContainText("Cyprus");
});

const WORLD = { lon: -45, lat: 45, zoom: 1.5 };

for (const { code, name, point, standing, panelSays } of [
  { code: "GRL", name: "Greenland", point: [-40, 72] as [number, number], standing: "member", panelSays: "Inside NATO's treaty area" },
  { code: "GUF", name: "French Guiana", point: [-53, 4] as [number, number], standing: "outside-treaty-area", panelSays: "Outside NATO's treaty area" },
]) {
  test(`${name}: the map, its text and the panel agree on NATO's treaty area`, async ({ page }) => {
    await openAtlas(page, `?date=2024-01-01&country=${code}&view=${WORLD.lon},${WORLD.lat},${WORLD.zoom}`);
    await waitForMap(page, "2024-01-01", "nato");
    await openMapText(page);
    const item = drawn(page, code);
    await expect(item).toHaveAttribute("data-standing", standing);
    const panel = page.getByRole("region", { name });
    await expect(panel.locator("[data-treaty-area]")).toContainText(panelSays);
    const fill = await item.getAttribute("data-fill");
    expect(await pixelAt(page, await pagePointOf(page, WORLD, point))).toBe(fill);
  });
}

test("a link to the Soviet Union opens it on its dates and falls back with a notice on others", async ({ page }) => {
  await openAtlas(page, "?date=1980-01-01&country=SUN");
  await expect(page.getByRole("region", { name: "Soviet Union" })).toBeVisible();
  await openAtlas(page, "?date=2000-01-01&country=SUN");
  await expect(page.locator('[data-ignored-param="country"]')).toContainText("this state did not exist on the date");
  await expect(page.locator("[data-open-country]")).toHaveCount(0);
  await expect(page).not.toHaveURL(/country=/);
});

test("a Soviet republic's panel says which state it was part of", async ({ page }) => {
  await openAtlas(page, "?date=1980-01-01&country=UKR");
  const panel = page.getByRole("region", { name: "Ukraine" });
  await expect(panel).toContainText("On this date, part of");
  await panel.getByRole("button", { name: "Soviet Union" }).click();
  await expect(page).toHaveURL(/country=SUN/);
});
