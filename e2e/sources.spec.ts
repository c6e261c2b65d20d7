import type { Page } from "@playwright/test";
import type { EventShard, EventsIndex, ReaderArticle } from "../src/domain/schemas/event-data";
import { expect, openAtlas, test } from "./fixtures";

async function fetchJson<T>(page: Page, path: string): Promise<T> {
  return (await (await page.request.get(path)).json()) as T;
}

test("every event of the corpus opens its article at the words its date was read from", async ({ page }) => {
  // One page load per event of the corpus.
  test.slow();
  await openAtlas(page);
  const index = await fetchJson<EventsIndex>(page, "/data/events/index.json");
  const shards = await Promise.all(index.shards.map((s) => fetchJson<EventShard>(page, `/data/events/${s.file}`)));
  const events = [...new Map(shards.flatMap((s) => s.events).map((e) => [e.id, e])).values()];
  expect(events.some((e) => e.quotes.length === 0)).toBe(true);

  for (const event of events) {
    await openAtlas(page, `?event=${event.id}`);
    const card = page.locator(`[data-event="${event.id}"]`);
    const button = card.locator("[data-read-article]");
    await button.click();
    const reader = page.getByRole("dialog");
    await expect(reader).toHaveAttribute("data-reader-article", event.article.id);
    await expect(page).toHaveURL(/reader=date/);
    const article = await fetchJson<ReaderArticle>(page, `/data/articles/${event.article.id}.json`);
    const evidence = article.events.find((e) => e.id === event.id)?.evidence;
    expect(evidence, event.id).toBeDefined();
    const words = article.text.slice(evidence?.start, evidence?.end).replace(/\s+/g, " ").trim();
    // The dialog names its article before the text has rendered: wait for the marked words.
    const marked = async () => (await reader.locator("[data-quote-highlight]").allInnerTexts()).join("").replace(/\s+/g, " ").trim();
    await expect.poll(marked, { message: event.id }).toBe(words);
    await page.keyboard.press("Escape");
    await expect(reader).toHaveCount(0);
    await expect(button).toBeFocused();
    await expect(page).not.toHaveURL(/reader=/);
  }
});

test("the reader links the original and the other copies of the same text (seed 004)", async ({ page }) => {
  const id = "004_bfcca99e1c7093f0";
  await openAtlas(page, `?date=2022-02-04&article=${id}`);
  const card = page.locator(`[data-event^="${id}"]`).first();
  await card.locator("[data-read-article]").click();
  const reader = page.getByRole("dialog");
  const copies = reader.locator(".reader-copies a");
  await expect(copies).toHaveCount(2);
  const hrefs = await copies.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs.map((h) => new URL(h).host)).toEqual(["ma.lapresse.it", "africanmanager.com"]);
  for (const link of await copies.all()) await expect(link).toHaveAttribute("rel", /noopener/);
});
