import type { Page } from "@playwright/test";
import { formatDay } from "../src/lib/i18n";
import { expect, openAtlas, test } from "./fixtures";

interface IndexFile {
  timeline: { kind: "events"; marks: { id: string; start: string }[] };
}

const eventsRegion = (page: Page) => page.getByRole("region", { name: "Events" });

test("“All events” lists every event of the corpus, by year, newest first, each year with its count", async ({ page }) => {
  await openAtlas(page, "?date=2000-01-01");
  const index = (await (await page.request.get("/data/events/index.json")).json()) as IndexFile;
  const marks = index.timeline.marks;
  await eventsRegion(page).getByRole("button", { name: "All events" }).click();
  for (const mark of marks) await expect(eventsRegion(page).locator(`[data-event="${mark.id}"]`)).toHaveCount(1);
  await expect(eventsRegion(page).locator("[data-event]")).toHaveCount(marks.length);

  const years = [...new Set(marks.map((m) => m.start.slice(0, 4)))].sort().reverse();
  await expect(eventsRegion(page).locator("[data-year]")).toHaveCount(years.length);
  expect(await eventsRegion(page).locator("[data-year]").evaluateAll((els) => els.map((e) => e.getAttribute("data-year")))).toEqual(years);
  for (const year of years) {
    const count = marks.filter((m) => m.start.startsWith(year)).length;
    await expect(eventsRegion(page).locator(`[data-year="${year}"] summary`)).toHaveText(`${year} · ${count === 1 ? "1 event" : `${count} events`}`);
  }
  await eventsRegion(page).getByRole("button", { name: "Around this date" }).click();
  await expect(eventsRegion(page).getByRole("heading", { name: `Later than ${formatDay("2000-01-01", "en")}` })).toBeVisible();
});

test("after a jump, the list says it is loading and never shows the previous date's events as the date's", async ({ page }) => {
  await openAtlas(page, "?date=2022-02-04");
  await expect(eventsRegion(page)).toHaveAttribute("aria-busy", "false");
  await page.getByRole("button", { name: "Next event" }).click();
  const date = page.locator("time[data-selected-date]");
  await expect(date).not.toHaveAttribute("datetime", "2022-02-04");
  const sample = () =>
    eventsRegion(page).evaluate((region) => ({
      busy: region.getAttribute("aria-busy") === "true",
      marker: region.querySelector("[data-events-loading]") !== null,
      heading: region.querySelector('[data-group="on-date"]')?.previousElementSibling?.textContent ?? null,
    }));
  const first = await sample();
  // Right after the jump the list either already shows the new date or says that it is loading.
  expect(first.busy === first.marker).toBe(true);
  await expect(eventsRegion(page)).toHaveAttribute("aria-busy", "false");
  const settled = await sample();
  const day = (await date.getAttribute("datetime")) ?? "";
  expect(settled.marker).toBe(false);
  expect(settled.heading).toBe(`On ${formatDay(day, "en")}`);
});
