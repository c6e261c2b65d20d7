import { readFile } from "node:fs/promises";
import type { Download, Locator, Page } from "@playwright/test";
import Papa from "papaparse";
import { PNG } from "pngjs";
import { expect, membersRegion, openAtlas, test, waitForMap } from "./fixtures";
import { pixelAt } from "./map-pixel";

const exportsRegion = (page: Page) => page.getByRole("region", { name: /^(Download|Télécharger)$/ });

async function download(page: Page, button: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), exportsRegion(page).getByRole("button", { name: button, exact: true }).click()]);
  const path = await file.path();
  return { file, bytes: await readFile(path) };
}

/** The Members list as the page shows it, in its order: each item's country code and name. */
async function listed(items: Locator, attribute: string): Promise<[string, string][]> {
  return items.evaluateAll(
    (elements, name) => elements.map((e): [string, string] => [e.getAttribute(name) ?? "", e.querySelector("button")?.textContent ?? ""]),
    attribute,
  );
}

function parseCsv(bytes: Buffer): { text: string; rows: string[][]; delimiter: string } {
  const text = bytes.toString("utf8");
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { text, rows: parsed.data, delimiter: parsed.meta.delimiter };
}

test("the CSV holds the Members list row for row, for a spreadsheet in English", async ({ page }) => {
  await openAtlas(page, "?date=2024-03-07");
  const shown = await listed(membersRegion(page).locator("[data-country], [data-associate]"), "data-country");
  const codes = await membersRegion(page).locator("[data-country], [data-associate]").evaluateAll((items) =>
    items.map((item) => item.getAttribute("data-country") ?? item.getAttribute("data-associate") ?? ""),
  );
  const { file, bytes } = await download(page, "Download CSV");
  expect(file.suggestedFilename()).toBe("alliance-atlas-nato-2024-03-07.csv");
  const { text, rows, delimiter } = parseCsv(bytes);
  expect(text.startsWith("\ufeff")).toBe(true);
  expect(text).toContain("\r\n");
  expect(delimiter).toBe(",");
  expect(rows[0]).toEqual(["Country", "ISO3", "Status", "From", "To", "Source", "Source address"]);
  const body = rows.slice(1);
  expect(body.map((row) => [row[1], row[0]])).toEqual(shown.map(([, name], i) => [codes[i], name]));
  for (const row of body) {
    expect(row[3]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(row[6]).toMatch(/^https:\/\//);
  }
  expect(body.find((row) => row[1] === "SWE")).toEqual(expect.arrayContaining(["Member", "2024-03-07", "", "NATO — Sweden officially joins NATO"]));
  await expect(exportsRegion(page).getByRole("status")).toContainText("Saved alliance-atlas-nato-2024-03-07.csv.");
});

test("while comparing, the CSV holds the groups row for row, separated by semicolons in French", async ({ page }) => {
  await openAtlas(page, "?date=2024-03-07&compare=1990-01-01&lang=fr");
  const items = membersRegion(page).locator("[data-compared]");
  await expect(items.first()).toBeVisible();
  const shown = await listed(items, "data-compared");
  const changes = await items.evaluateAll((elements) => elements.map((e) => e.getAttribute("data-change") ?? ""));
  const { file, bytes } = await download(page, "Télécharger le CSV");
  expect(file.suggestedFilename()).toBe("alliance-atlas-nato-1990-01-01-2024-03-07.csv");
  const { rows, delimiter } = parseCsv(bytes);
  expect(delimiter).toBe(";");
  expect(rows[0]).toEqual(["Changement", "Pays", "ISO3", "Statut", "Du", "Au", "Source", "Adresse de la source"]);
  const body = rows.slice(1);
  expect(body.map((row) => [row[2], row[1]])).toEqual(shown);
  const words: Record<string, string> = { joined: "adhésion", left: "départ", changed: "changement", unchanged: "inchangé" };
  expect(body.map((row) => row[0])).toEqual(changes.map((change) => words[change]));
  expect(body.find((row) => row[2] === "FIN")).toEqual(expect.arrayContaining(["adhésion", "Finlande", "Membre", "2023-04-04"]));
});

test("the picture is the map at the screen's size and at 2×, not blank, with its caption in the page", async ({ page }, testInfo) => {
  const view = "?date=2024-03-07&compare=1990-01-01&view=20,55,2.6";
  await openAtlas(page, view);
  await waitForMap(page, "2024-03-07", "nato");
  const map = page.locator("[data-map-status]");
  const size = await map.evaluate((element) => ({ width: element.clientWidth, height: element.clientHeight }));

  const { file, bytes } = await download(page, "Download image");
  expect(file.suggestedFilename()).toBe("alliance-atlas-nato-1990-01-01-2024-03-07.png");
  const picture = PNG.sync.read(bytes);
  expect({ width: picture.width, height: picture.height }).toEqual(size);
  await testInfo.attach("exported picture", { body: bytes, contentType: "image/png" });
  await file.saveAs(testInfo.outputPath("exported.png"));

  // Not blank: many colours, and the map where no panel covers it is the map the screen shows.
  const colours = new Set<number>();
  for (let i = 0; i < picture.data.length; i += 4 * 7) colours.add(picture.data.readUInt32BE(i));
  expect(colours.size).toBeGreaterThan(200);
  // The comparison's marks are in it: the joined countries' green outlines and dots, far more than the legend's swatch.
  const joinedGreen = [0x16, 0x65, 0x34];
  let marked = 0;
  for (let i = 0; i < picture.data.length; i += 4) {
    if (joinedGreen.every((c, k) => Math.abs((picture.data[i + k] ?? 0) - c) < 24)) marked += 1;
  }
  expect(marked).toBeGreaterThan(1000);
  const box = await map.boundingBox();
  if (!box) throw new Error("the map has no box");
  const [x, y] = [Math.round(size.width * 0.8), Math.round(size.height * 0.4)];
  const at = (x + y * picture.width) * 4;
  const exported = `#${[0, 1, 2].map((c) => (picture.data[at + c] ?? 0).toString(16).padStart(2, "0")).join("")}`;
  expect(exported).toBe(await pixelAt(page, { x: box.x + x, y: box.y + y }));

  const caption = exportsRegion(page).locator("[data-export-caption]");
  await expect(caption).toContainText("Sources: ");
  await expect(caption).toContainText("NATO — Sweden officially joins NATO");
  await expect(caption).toContainText("Map: Natural Earth; Geoportal Berlin (dl-de/by-2-0).");
  await expect(caption).toContainText(page.url());

  const double = await download(page, "Download image (2×)");
  expect(double.file.suggestedFilename()).toBe("alliance-atlas-nato-1990-01-01-2024-03-07@2x.png");
  const large = PNG.sync.read(double.bytes);
  expect({ width: large.width, height: large.height }).toEqual({ width: size.width * 2, height: size.height * 2 });
  const largeColours = new Set<number>();
  for (let i = 0; i < large.data.length; i += 4 * 13) largeColours.add(large.data.readUInt32BE(i));
  expect(largeColours.size).toBeGreaterThan(200);
  // The map on screen is back at the device's own resolution afterwards.
  expect(await page.locator("[data-map-status] canvas").evaluate((canvas: HTMLCanvasElement) => canvas.width)).toBe(size.width);
});
