import type { Locator, Page, Route } from "@playwright/test";
import { eventsRegion, expect, openAtlas, test } from "./fixtures";

/** RIGHT-TO-LEFT OVERRIDE: everything after it, to the end of its paragraph or isolate, is laid out right to left. */
const RLO = "\u202E";
const ARTICLE = "003_5241068be115698e";
const QUOTE = "négative";
/** Words the article and the event's summary have after the quote. */
const AFTER = "des États-Unis sur la paix";


/** `text` with the override in place of the quote's second letter: same length, so every span stays exact. */
const overridden = (text: string, at: number) => `${text.slice(0, at + 1)}${RLO}${text.slice(at + 2)}`;

interface Quote {
  text: string;
  start: number;
  end: number;
}

/** Serves the Beijing statement's article and shard with a right-to-left override inside the quote « négative ». */
async function serveOverride(page: Page): Promise<void> {
  await page.route("**/data/events/2022-02.json", async (route: Route) => {
    const shard = (await (await route.fetch()).json()) as { events: { summary: string; quotes: Quote[] }[] };
    for (const event of shard.events) {
      for (const quote of event.quotes.filter((q) => q.text === QUOTE)) {
        event.summary = event.summary.replace(QUOTE, overridden(QUOTE, 0));
        quote.text = overridden(QUOTE, 0);
      }
    }
    await route.fulfill({ json: shard });
  });
  await page.route(`**/data/articles/${ARTICLE}.json`, async (route: Route) => {
    const article = (await (await route.fetch()).json()) as { text: string; quotes: Quote[] };
    const quote = article.quotes.find((q) => article.text.slice(q.start, q.end) === QUOTE);
    if (!quote) throw new Error(`no quote "${QUOTE}" in ${ARTICLE}`);
    article.text = overridden(article.text, quote.start);
    await route.fulfill({ json: article });
  });
}

/** The left edge of each letter of `word`, the first time it appears after `marker` in `container`'s text. */
async function letterLefts(container: Locator, marker: string, word: string): Promise<number[]> {
  return container.evaluate(
    (root, { marker, word }) => {
      const nodes: [Text, number][] = [];
      let text = "";
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        nodes.push([node, text.length]);
        text += node.data;
      }
      const from = text.indexOf(marker);
      const at = text.indexOf(word, from + marker.length);
      if (from < 0 || at < 0) throw new Error(`"${word}" after "${marker}" not found in: ${text}`);
      return [...word].map((_, i) => {
        const [node, offset] = nodes.filter(([, start]) => start <= at + i).at(-1) as [Text, number];
        const range = document.createRange();
        range.setStart(node, at + i - offset);
        range.setEnd(node, at + i - offset + 1);
        return range.getBoundingClientRect().left;
      });
    },
    { marker, word },
  );
}

/** Left to right: each letter starts right of the one before (a reversed word fails). */
function expectLeftToRight(lefts: number[]): void {
  lefts.slice(1).forEach((left, i) => expect(left, `letter ${i + 1} of ${lefts.length}`).toBeGreaterThan(lefts[i] as number));
}

test("a right-to-left override inside a quote reorders nothing after it, in the card or the reader", async ({ page, problems }) => {
  await serveOverride(page);
  await openAtlas(page, "?date=2022-02-04");
  const card = eventsRegion(page).locator(`[data-event^="${ARTICLE}"]`).filter({ hasText: AFTER }).first();
  await expect(card).toBeVisible();
  const summary = card.locator(".event-summary");
  await expect(summary).toContainText(`"n${RLO}gative" ${AFTER}`);
  for (const word of ["paix", "États-Unis"]) expectLeftToRight(await letterLefts(summary, RLO, word));
  const quoteItem = card.locator("[data-quote]").filter({ hasText: RLO });
  expectLeftToRight(await letterLefts(quoteItem, RLO, "—"));

  await quoteItem.locator("a").click();
  const reader = page.getByRole("dialog");
  await expect(reader.locator("mark")).toHaveText(`n${RLO}gative`);
  for (const word of ["paix", "États-Unis"]) expectLeftToRight(await letterLefts(reader.locator(".reader-text"), RLO, word));
  expect(problems).toEqual([]);
});
