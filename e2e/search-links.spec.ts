import type { Page } from "@playwright/test";
import type { EventShard, EventsIndex, ShardEvent } from "../src/domain/schemas/event-data";
import { LINK_PARAMS } from "../src/lib/url-state";
import { eventsRegion, expect, openAtlas, test } from "./fixtures";

const listed = (page: Page) => eventsRegion(page).locator("[data-event]");

/** Every event of the built corpus, read from the files the app reads. */
async function corpusEvents(page: Page): Promise<ShardEvent[]> {
  const index = (await (await page.request.get("/data/events/index.json")).json()) as EventsIndex;
  const shards = await Promise.all(index.shards.map(async (s) => (await (await page.request.get(`/data/events/${s.file}`)).json()) as EventShard));
  return [...new Map(shards.flatMap((s) => s.events).map((e) => [e.id, e])).values()];
}

async function listedIds(page: Page): Promise<string[]> {
  await expect(eventsRegion(page)).toHaveAttribute("aria-busy", "false");
  return (await listed(page).evaluateAll((items) => items.map((i) => i.getAttribute("data-event") ?? ""))).sort();
}

test("NATO, OTAN, Putin and Poutine each find the events that concern them, in both languages", async ({ page }) => {
  await openAtlas(page, "?date=2022-02-04");
  const events = await corpusEvents(page);
  const concerning = (test: (e: ShardEvent) => boolean) => events.filter(test);
  const aboutNato = concerning((e) => e.blocs.includes("nato"));
  const aboutPutin = concerning((e) => e.people.includes("vladimir-putin"));
  // The corpus gives each search something in each language to find, or the test would prove nothing.
  expect(new Set(aboutNato.map((e) => e.article.language))).toEqual(new Set(["en", "fr"]));
  expect(aboutPutin.length).toBeGreaterThan(0);

  for (const [query, expected] of [
    ["NATO", aboutNato],
    ["OTAN", aboutNato],
    ["Putin", aboutPutin],
    ["Poutine", aboutPutin],
  ] as const) {
    await openAtlas(page, `?date=2022-02-04&q=${encodeURIComponent(query)}`);
    const found = await listedIds(page);
    for (const event of expected) expect(found, `${query} finds ${event.id}`).toContain(event.id);
  }
});

test("a link with q, speaker, mentions, about and article restores the search, and back and forward walk through searches", async ({ page }) => {
  const article = "004_bfcca99e1c7093f0";
  await openAtlas(page, `?date=2022-02-04&q=Pekin&speaker=vladimir-putin&mentions=CHN&about=nato&article=${article}`);
  const region = eventsRegion(page);
  await expect(region.getByRole("searchbox")).toHaveValue("Pekin");
  await expect(region.getByLabel("Speaker", { exact: true })).toHaveValue("vladimir-putin");
  await expect(region.getByLabel("Country", { exact: true })).toHaveValue("CHN");
  await expect(region.getByLabel("Bloc", { exact: true })).toHaveValue("nato");
  await expect(region.getByLabel("Article", { exact: true })).toHaveValue(article);
  const events = await corpusEvents(page);
  const expected = events
    .filter((e) => e.article.id === article && e.blocs.includes("nato") && e.countries.includes("CHN") && e.quotes.some((q) => q.speakerIds.includes("vladimir-putin")))
    .map((e) => e.id)
    .sort();
  expect(expected.length).toBeGreaterThan(0);
  expect(await listedIds(page)).toEqual(expected);
  await expect(page.locator("[data-notice]")).toHaveCount(0);

  await region.getByRole("button", { name: "Clear" }).click();
  await expect(page).not.toHaveURL(/[?&](q|speaker|mentions|about|article)=/);
  await region.getByLabel("Speaker", { exact: true }).selectOption("jens-stoltenberg");
  await expect(page).toHaveURL(/speaker=jens-stoltenberg/);
  await region.getByRole("searchbox").fill("Otan");
  await region.getByRole("searchbox").press("Enter");
  await expect(page).toHaveURL(/q=Otan/);

  await page.goBack();
  await expect(page).toHaveURL(/speaker=jens-stoltenberg/);
  await expect(page).not.toHaveURL(/q=/);
  await expect(region.getByRole("searchbox")).toHaveValue("");
  await page.goBack();
  await expect(page).not.toHaveURL(/speaker=/);
  await expect(region.getByLabel("Speaker", { exact: true })).toHaveValue("");
  await page.goBack();
  await expect(region.getByRole("searchbox")).toHaveValue("Pekin");
  await page.goForward();
  await page.goForward();
  await expect(region.getByLabel("Speaker", { exact: true })).toHaveValue("jens-stoltenberg");
});

test("the speaker list names each person once, in the interface language, and a joint statement under each speaker", async ({ page }) => {
  await openAtlas(page, "?date=2022-02-04&lang=en&speaker=vladimir-putin");
  const speakers = eventsRegion(page).getByLabel("Speaker", { exact: true }).locator("option");
  const labels = await speakers.allInnerTexts();
  expect(labels.filter((l) => /Putin|Poutine/.test(l))).toEqual(["Vladimir Putin"]);
  expect(labels.some((l) => / et | and /.test(l))).toBe(false);
  const joint = await listedIds(page);
  await openAtlas(page, "?date=2022-02-04&lang=fr&speaker=xi-jinping");
  const xi = await listedIds(page);
  // The statement Putin and Xi signed together is found under each of them.
  expect(joint.filter((id) => xi.includes(id)).length).toBeGreaterThan(0);
  const frLabels = await eventsRegion(page).getByLabel("Personne citée", { exact: true }).locator("option").allInnerTexts();
  expect(frLabels.filter((l) => /Putin|Poutine/.test(l))).toEqual(["Vladimir Poutine"]);
});

const UNKNOWN: Record<"speaker" | "about" | "article", string> = {
  speaker: "nobody-quoted-here",
  about: "zz-no-bloc",
  article: "999_0000000000000000",
};

for (const param of ["q", "speaker", "mentions", "about", "article"] as const) {
  const hostile = [...LINK_PARAMS[param].examples.invalid.slice(0, 2), ...(param in UNKNOWN ? [UNKNOWN[param as keyof typeof UNKNOWN]] : [])];
  for (const value of hostile) {
    test(`a hostile ${param}=${JSON.stringify(value).slice(0, 30)} falls back with a notice`, async ({ page }) => {
      await openAtlas(page, `?date=2022-02-04&${param}=${encodeURIComponent(value)}`);
      const notice = page.locator("[data-notice]");
      await expect(notice.locator(`[data-ignored-param="${param}"]`)).toBeVisible();
      await expect(page).not.toHaveURL(new RegExp(`[?&]${param}=`));
      await expect(listed(page).first()).toBeVisible();
      await expect(page.locator("img[src=x], svg[onload]")).toHaveCount(0);
    });
  }
}
