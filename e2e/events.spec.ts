import type { Page } from "@playwright/test";
import { eventsRegion, expect, memberItems, openAtlas, test } from "./fixtures";

const eventWith = (page: Page, text: string) => eventsRegion(page).locator("[data-event]").filter({ hasText: text });
const selectedDate = (page: Page) => page.locator("time[data-selected-date]");

/** Opens the app at a date and waits until the Events region has loaded its shards. */
async function openAt(page: Page, search: string): Promise<void> {
  await openAtlas(page, search);
  await expect(eventsRegion(page)).toHaveAttribute("aria-busy", "false");
}

/** The id of the event that holds a quote, read from the generated data the app serves. */
async function eventIdWithQuote(page: Page, shard: string, quote: string): Promise<string> {
  const response = await page.request.get(`/data/events/${shard}.json`);
  const data = (await response.json()) as { events: { id: string; quotes: { text: string }[] }[] };
  const event = data.events.find((e) => e.quotes.some((q) => q.text.includes(quote)));
  if (!event) throw new Error(`no event quoting "${quote}" in ${shard}`);
  return event.id;
}

test.describe("each seed article's event is listed at its date", () => {
  test("seed 002: on 2023-07-12, Macron's « la géographie est têtue », in French, with its speaker", async ({ page }) => {
    await openAt(page, "?date=2023-07-12");
    const event = eventWith(page, "la géographie est têtue");
    await expect(event).toHaveCount(1);
    await expect(event).toHaveAttribute("data-date-start", "2023-07-12");
    await expect(event).toHaveAttribute("data-date-end", "2023-07-12");
    await expect(event).toContainText("12 July 2023");
    const quote = event.locator("[data-quote]").filter({ hasText: "la géographie est têtue" });
    await expect(quote.locator("q")).toHaveAttribute("lang", "fr");
    await expect(quote).toContainText("Emmanuel Macron");
    await expect(event).toContainText("Japan");
    await expect(event).toContainText("NATO");
    await expect(event).toContainText("La France bloque le projet de bureau de liaison de l’Otan à Tokyo");
    const id = await event.getAttribute("data-event");
    await expect(eventsRegion(page).locator(`[data-group="on-date"] [data-event="${id}"]`)).toHaveCount(1);
  });

  test("seeds 003 and 004: on 2022-02-04, the Putin–Xi statement in Beijing", async ({ page }) => {
    await openAt(page, "?date=2022-02-04");
    const statement = eventsRegion(page).locator('[data-event^="003_"][data-date-start="2022-02-04"][data-date-end="2022-02-04"]');
    await expect(statement).toContainText("Xi Jinping");
    await expect(statement).toContainText("Déclaration russo-chinoise sur les relations internationales entrant dans une nouvelle ère");
    await expect(statement).toContainText("Russia");
    await expect(statement).toContainText("AUKUS");
    const afp = eventsRegion(page)
      .locator('[data-event^="004_"][data-date-end="2022-02-04"]')
      .filter({ hasText: "opposés à tout élargissement futur de l’Otan" });
    await expect(afp).toHaveAttribute("data-date-start", "2022-02-04");
    await expect(afp).toContainText("Xi Jinping");
  });

  test("seed 001: Mélenchon's France Inter interview is a range that ends before the election of 10 April 2022", async ({ page }) => {
    await openAt(page, "?date=2022-02-20");
    const event = eventWith(page, "Russia is a reliable ally");
    await expect(event).toHaveCount(1);
    const start = (await event.getAttribute("data-date-start")) ?? "";
    const end = (await event.getAttribute("data-date-end")) ?? "";
    expect(start >= "2022-01-03" && start < end && end < "2022-04-10").toBe(true);
    await expect(event.locator("q").first()).toHaveAttribute("lang", "en");
    const words = event.locator(".date-words");
    await expect(words).toContainText("between");
    const basis = event.locator(".date-basis");
    await expect(basis).toBeHidden();
    await words.focus();
    await expect(basis).toBeVisible();
    await expect(basis).toContainText("publication");
    await expect(words).toHaveAttribute("title", /publication/);
  });

  test("seed 000: on 2026-06-27, Mélenchon's colloquium and « non-alignement coopératif »", async ({ page }) => {
    await openAt(page, "?date=2026-06-27");
    const event = eventsRegion(page).locator('[data-event^="000_"]');
    await expect(event).toHaveAttribute("data-date-start", "2026-06-27");
    await expect(event).toHaveAttribute("data-date-end", "2026-06-27");
    await expect(event.locator("q", { hasText: "non-alignement coopératif" }).first()).toHaveAttribute("lang", "fr");
    await expect(event).toContainText("Jean-Luc Mélenchon");
  });
});

test("events before and after the date are listed after the day's own", async ({ page }) => {
  const date = "2022-02-10";
  await openAt(page, `?date=${date}`);
  const datesIn = (group: string) =>
    eventsRegion(page)
      .locator(`[data-group="${group}"] [data-event]`)
      .evaluateAll((els) =>
        els.map((e): [string, string] => [e.getAttribute("data-date-start") ?? "", e.getAttribute("data-date-end") ?? ""]),
      );
  const groups = await eventsRegion(page).locator("[data-group]").evaluateAll((els) => els.map((e) => e.getAttribute("data-group")));
  expect(groups).toEqual(["on-date", "before", "after"]);
  expect(await datesIn("on-date")).toContainEqual(["2022-01-03", "2022-04-04"]);
  for (const [start, end] of await datesIn("on-date")) expect(start <= date && date <= end).toBe(true);
  const before = await datesIn("before");
  const after = await datesIn("after");
  expect(before.length).toBeGreaterThan(0);
  expect(after.length).toBeGreaterThan(0);
  for (const [, end] of before) expect(end < date).toBe(true);
  for (const [start] of after) expect(start > date).toBe(true);
});

test("no event comes from page furniture (teasers, 'READ' links)", async ({ page }) => {
  await openAt(page, "?date=2022-02-04");
  await eventsRegion(page).getByText("Find events").click();
  const search = eventsRegion(page).getByRole("searchbox");
  for (const furniture of ["COP29", "Nétanyahou", "Bendjama", "Olmo", "Coupe du monde"]) {
    await search.fill(furniture);
    await expect(eventsRegion(page).getByText("No event matches")).toBeVisible();
  }
});

test("?event= opens the event and moves the date to it", async ({ page }) => {
  const id = await eventIdWithQuote(page, "2023-07", "la géographie est têtue");
  await openAt(page, `?event=${id}`);
  await expect(selectedDate(page)).toHaveAttribute("datetime", "2023-07-12");
  const event = eventsRegion(page).locator(`[data-event="${id}"]`);
  await expect(event).toHaveAttribute("aria-current", "true");
  await expect(event).toBeInViewport();
});

test("an unknown ?event= is reported and ignored, the page keeps working", async ({ page }) => {
  await openAt(page, "?date=2023-07-12&event=no-such-event");
  await expect(page.locator('[data-notice] [data-ignored-param="event"]')).toContainText("no such event");
  await expect(eventsRegion(page).locator('[aria-current="true"]')).toHaveCount(0);
  await expect(page).not.toHaveURL(/event=/);
  await expect(eventWith(page, "la géographie est têtue")).toHaveCount(1);
});

test("opening an event moves the date to it and marks it; closing it unmarks it", async ({ page }) => {
  await openAt(page, "?date=2022-02-04");
  await eventsRegion(page).getByText("Find events").click();
  await eventsRegion(page).getByRole("searchbox").fill("Kremlin a confirmé");
  const moscow = eventsRegion(page).locator('[data-date-start="2022-02-07"]').first();
  await moscow.getByRole("button", { name: /Open the event/ }).click();
  await expect(selectedDate(page)).toHaveAttribute("datetime", "2022-02-07");
  await expect(page).toHaveURL(/date=2022-02-07/);
  const opened = eventsRegion(page).locator('[aria-current="true"]');
  await expect(opened).toHaveAttribute("data-date-start", "2022-02-07");
  await opened.getByRole("button", { name: "Close the event" }).click();
  await expect(eventsRegion(page).locator('[aria-current="true"]')).toHaveCount(0);
  await expect(page).not.toHaveURL(/event=/);
});

test("search finds quotes and summaries without regard to accents or case, from any date", async ({ page }) => {
  await openAt(page, "?date=1999-03-12");
  await eventsRegion(page).getByText("Find events").click();
  const search = eventsRegion(page).getByRole("searchbox", { name: "Search quotes and summaries" });
  await search.fill("GEOGRAPHIE est TETUE");
  await expect(eventsRegion(page).locator("[data-event]")).toHaveCount(1);
  await expect(eventWith(page, "la géographie est têtue")).toHaveAttribute("data-date-start", "2023-07-12");
  await search.fill("reliable ally");
  await expect(eventsRegion(page).locator("[data-event]")).toHaveCount(1);
  await expect(eventsRegion(page).locator("[data-event]")).toContainText("Russia is a reliable ally");
  await search.fill("melenchon");
  await expect(eventsRegion(page).locator('[data-event^="000_"]')).toHaveCount(1);
  await expect(eventsRegion(page).locator('[data-event^="001_"]')).toHaveCount(1);
});

test("filters by country, bloc, speaker and article narrow the list", async ({ page }) => {
  await openAt(page, "?date=2022-02-04");
  const region = eventsRegion(page);
  await region.getByText("Find events").click();
  const events = region.locator("[data-event]");

  await region.getByLabel("Country", { exact: true }).selectOption({ label: "New Zealand" });
  await expect(events).toHaveCount(1);
  await expect(events).toHaveAttribute("data-date-start", "2026-06-27");
  await expect(region.getByRole("status")).toHaveText("1 matching event");

  await region.getByRole("button", { name: "Clear" }).click();
  await region.getByLabel("Bloc", { exact: true }).selectOption({ label: "AUKUS" });
  await expect(events.first()).toBeVisible();
  for (const text of await events.allInnerTexts()) expect(text).toContain("AUKUS");

  await region.getByRole("button", { name: "Clear" }).click();
  await region.getByLabel("Speaker", { exact: true }).selectOption({ label: "Jens Stoltenberg" });
  await expect(events).toHaveCount(2);
  for (const text of await events.allInnerTexts()) expect(text).toContain("Jens Stoltenberg");

  await region.getByRole("button", { name: "Clear" }).click();
  await region.getByLabel("Article", { exact: true }).selectOption({ label: "La France bloque le projet de bureau de liaison de l’Otan à Tokyo" });
  await expect(events).toHaveCount(1);
  await expect(events).toHaveAttribute("data-event", /^002_/);
});

test("in French the region keeps its name 'Events' and shows dates in French", async ({ page }) => {
  await openAt(page, "?date=2023-07-12&lang=fr");
  await expect(eventsRegion(page).getByRole("heading", { name: "Événements" })).toBeVisible();
  await expect(eventWith(page, "la géographie est têtue")).toContainText("12 juillet 2023");
});

test("a corrupted shard shows an error naming it; the other events and the page keep working", async ({ page }) => {
  await page.route("**/data/events/2023-07.json", (route) => route.fulfill({ contentType: "application/json", body: '{"id": "2023-07", "eve' }));
  await openAt(page, "?date=2023-07-12");
  await expect(eventsRegion(page).getByRole("alert")).toContainText("events/2023-07.json");
  await expect(eventsRegion(page).locator("[data-event]").first()).toBeVisible();
  await expect(memberItems(page)).toHaveCount(31);
  await page.getByRole("button", { name: "Next change" }).click();
  await expect(selectedDate(page)).not.toHaveAttribute("datetime", "2023-07-12");
});

test("a shard that breaks its schema is named with the field at fault", async ({ page }) => {
  await page.route("**/data/events/2022-02.json", async (route) => {
    const json = (await (await route.fetch()).json()) as { events: { summary: unknown }[] };
    const [first] = json.events;
    if (first) first.summary = 42;
    await route.fulfill({ json });
  });
  await openAt(page, "?date=2022-02-04");
  await expect(eventsRegion(page).getByRole("alert")).toContainText(/events\/2022-02\.json: events\.0\.summary/);
  await expect(eventsRegion(page).locator('[data-event^="001_"]')).toHaveCount(1);
});

test("a shard with an impossible date is named, not reported as anonymous data", async ({ page }) => {
  await page.route("**/data/events/2022-02.json", async (route) => {
    const json = (await (await route.fetch()).json()) as { events: { date: { start: string } }[] };
    const [first] = json.events;
    if (first) first.date.start = "2022-02-31";
    await route.fulfill({ json });
  });
  await openAt(page, "?date=2022-02-04");
  await expect(eventsRegion(page).getByRole("alert")).toContainText("events/2022-02.json");
  await expect(eventsRegion(page).getByRole("alert")).toContainText("date.start");
});

test("a broken search file is named, and the list and the other filters keep working", async ({ page }) => {
  await page.route("**/data/events/search/w-*.json", (route) => route.fulfill({ contentType: "application/json", body: '{"otan": [1, -' }));
  await openAt(page, "?date=2023-07-12");
  const region = eventsRegion(page);
  await region.getByText("Find events").click();
  await region.getByRole("searchbox").fill("otan");
  await expect(region.getByRole("alert")).toContainText(/events\/search\/w-[0-9a-f]+\.json/);
  await region.getByRole("searchbox").fill("");
  await region.getByLabel("Country", { exact: true }).selectOption({ label: "New Zealand" });
  await expect(region.locator("[data-event]")).toHaveCount(1);
});
