import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { eventsRegion, expect, openAtlas, test } from "./fixtures";

const reader = (page: Page) => page.getByRole("dialog");
const quoteLink = (page: Page, text: string) =>
  eventsRegion(page).locator("[data-quote] a").filter({ hasText: text }).first();

async function openAt(page: Page, search: string): Promise<void> {
  await openAtlas(page, search);
  await expect(eventsRegion(page)).toHaveAttribute("aria-busy", "false");
}

interface ArticleFile {
  title: string;
  text: string;
  boilerplate: { start: number; end: number }[];
}

async function articleFile(page: Page, id: string): Promise<ArticleFile> {
  return (await (await page.request.get(`/data/articles/${id}.json`)).json()) as ArticleFile;
}

/** One quote of each seed article, at its event's date. */
const SEEDS = [
  { article: "000_90e75e902162ad50", date: "2026-06-27", quote: "non-alignement coopératif" },
  { article: "001_4f65af8bd44526b5", date: "2022-03-01", quote: "Russia is a reliable ally" },
  { article: "002_58fc11a7e6963e4c", date: "2023-07-12", quote: "quoi qu’on en dise, la géographie est têtue" },
  { article: "003_5241068be115698e", date: "2022-02-04", quote: "Déclaration russo-chinoise sur les relations internationales" },
  { article: "004_bfcca99e1c7093f0", date: "2022-02-04", quote: "époque des sphères d’influence" },
];

for (const seed of SEEDS) {
  test(`seed ${seed.article.slice(0, 3)}: a quote opens the reader with its span highlighted`, async ({ page }) => {
    await openAt(page, `?date=${seed.date}`);
    await eventsRegion(page).locator(`[data-event^="${seed.article}"] [data-quote] a`).filter({ hasText: seed.quote }).first().click();
    const dialog = reader(page);
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAttribute("aria-modal", "true");
    await expect(dialog).toHaveAttribute("data-reader-article", seed.article);
    const mark = dialog.locator("mark");
    await expect(mark.first()).toContainText(seed.quote);
    await expect(mark.first()).toBeInViewport();
    await expect(page).toHaveURL(/[?&]quote=\d+/);
  });
}

test("the reader shows the article as text, furniture dimmed, with its metadata and the original at the quote", async ({ page }) => {
  const file = await articleFile(page, "002_58fc11a7e6963e4c");
  await openAt(page, "?date=2023-07-12");
  await quoteLink(page, "la géographie est têtue").click();
  const dialog = reader(page);
  await expect(dialog).toHaveAccessibleName(file.title);
  const text = dialog.locator(".reader-text");
  expect(await text.textContent()).toBe(file.text);
  await expect(text.locator("a, img, script, iframe")).toHaveCount(0);
  const furniture = await dialog.locator("[data-furniture]").allTextContents();
  expect(furniture.join("")).toBe(file.boilerplate.map((b) => file.text.slice(b.start, b.end)).join(""));
  expect(furniture.join("")).toContain("Olmo sauve l'Espagne");
  await expect(dialog).toContainText("cosmosonic.com (d'après RFI)");
  await expect(dialog).toContainText("Publication date unknown");
  const original = dialog.getByRole("link", { name: "Open the original at this passage" });
  await expect(original).toHaveAttribute(
    "href",
    "https://www.cosmosonic.com/la-france-bloque-le-projet-de-bureau-de-liaison-de-lotan-a-tokyo/#:~:text=quoi%20qu%E2%80%99on%20en%20dise%2C%20la%20g%C3%A9ographie%20est%20t%C3%AAtue",
  );
});

test("the reader shows a publication range and how it was established", async ({ page }) => {
  await openAt(page, "?date=2026-06-27");
  await quoteLink(page, "non-alignement coopératif").click();
  const dialog = reader(page);
  await expect(dialog).toContainText("between 27 June 2026 and 3 July 2026");
  await expect(dialog).toContainText("ce samedi");
  await expect(dialog).toContainText("The original's address was not recorded.");
});

test("?event=ID&quote=N opens the reader directly; closing returns focus to the quote and drops it from the URL", async ({ page }) => {
  const shard = (await (await page.request.get("/data/events/2023-07.json")).json()) as {
    events: { id: string; quotes: { text: string }[] }[];
  };
  const event = shard.events.find((e) => e.quotes.some((q) => q.text.includes("géographie est têtue")));
  expect(event).toBeDefined();
  const quote = event?.quotes[1]?.text ?? "";
  await openAt(page, `?event=${event?.id}&quote=1`);
  const dialog = reader(page);
  await expect(dialog.locator("mark")).toHaveText(quote);
  await expect(page.locator("time[data-selected-date]")).toHaveAttribute("datetime", "2023-07-12");
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(page).not.toHaveURL(/quote=/);
  await expect(page).toHaveURL(/event=/);
  await expect(eventsRegion(page).locator(`[data-event="${event?.id}"] [data-quote="1"] a`)).toBeFocused();
});

test("a quote number the event does not have is reported, and no reader opens", async ({ page }) => {
  const shard = (await (await page.request.get("/data/events/2023-07.json")).json()) as { events: { id: string }[] };
  await openAt(page, `?event=${shard.events[0]?.id}&quote=99`);
  await expect(page.locator('[data-notice] [data-ignored-param="quote"]')).toContainText("no such quote");
  await expect(reader(page)).toHaveCount(0);
});

test("the reader works from the keyboard alone and keeps focus inside while open", async ({ page }) => {
  await openAt(page, "?date=2023-07-12");
  const link = quoteLink(page, "la géographie est têtue");
  await link.focus();
  await page.keyboard.press("Enter");
  const dialog = reader(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Close the article" })).toBeFocused();
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press("Tab");
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(link).toBeFocused();

  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(dialog).toHaveCount(0);
  await expect(link).toBeFocused();
});

test("browser back closes the reader", async ({ page }) => {
  await openAt(page, "?date=2023-07-12");
  await quoteLink(page, "la géographie est têtue").click();
  await expect(reader(page)).toBeVisible();
  await page.goBack();
  await expect(reader(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/quote=/);
});

test("a corrupted article file is named in the reader; the reader still closes", async ({ page }) => {
  await page.route("**/data/articles/002_58fc11a7e6963e4c.json", (route) => route.fulfill({ contentType: "application/json", body: "<html>" }));
  await openAt(page, "?date=2023-07-12");
  await quoteLink(page, "la géographie est têtue").click();
  const dialog = reader(page);
  await expect(dialog.getByRole("alert")).toContainText("articles/002_58fc11a7e6963e4c.json");
  await dialog.getByRole("button", { name: "Close the article" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(eventsRegion(page).locator("[data-event]").first()).toBeVisible();
});

for (const url of ["javascript:alert(document.domain)", "JavaScript\t:alert(1)", "data:text/html,<script>alert(1)</script>"]) {
  test(`an article file whose address is ${JSON.stringify(url).slice(0, 24)}… is refused, naming the file and the field, and never linked`, async ({ page }) => {
    await page.route("**/data/articles/002_58fc11a7e6963e4c.json", async (route) => {
      const article = (await (await route.fetch()).json()) as Record<string, unknown>;
      await route.fulfill({ json: { ...article, url } });
    });
    await openAt(page, "?date=2023-07-12");
    await quoteLink(page, "la géographie est têtue").click();
    await expect(reader(page).getByRole("alert")).toHaveText(
      "Could not load articles/002_58fc11a7e6963e4c.json: url: expected an http:// or https:// address",
    );
    await expect(page.locator('a[href^="javascript" i], a[href^="data:" i]')).toHaveCount(0);
  });
}

test("no serious or critical accessibility violation with the reader and the panels open", async ({ page }) => {
  await openAt(page, "?date=2022-02-04&country=RUS");
  await eventsRegion(page).getByText("Find events").click();
  await eventsRegion(page)
    .locator('[data-event^="003_"][data-date-start="2022-02-04"]')
    .getByRole("button", { name: /Open the event/ })
    .click();
  const axe = () => new AxeBuilder({ page }).analyze();
  const serious = async () =>
    (await axe()).violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(await serious()).toEqual([]);
  await quoteLink(page, "Déclaration russo-chinoise").click();
  await expect(reader(page).locator("mark")).toBeVisible();
  expect(await serious()).toEqual([]);
});
