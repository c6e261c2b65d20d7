import type { Page } from "@playwright/test";
import { dayNumber } from "../src/domain/day";
import { formatDay } from "../src/lib/i18n";
import { TIMELINE_START } from "../src/features/timeline/timeline-controller";
import { expect, openAtlas, test } from "./fixtures";

interface IndexFile {
  timeline: { kind: "events"; marks: { id: string; start: string; end: string }[] };
}

const slider = (page: Page) => page.getByRole("slider", { name: /Date/ });
const marks = (page: Page) => page.getByRole("group", { name: "Events on the timeline" });
const today = () => new Date().toISOString().slice(0, 10);
const spanOf = async (page: Page) =>
  dayNumber((await marks(page).getAttribute("data-view-end")) ?? "") - dayNumber((await marks(page).getAttribute("data-view-start")) ?? "");

test("zoomed to 2021–today by the wheel, every event of the corpus there is a mark of its own, with its date and title in a tooltip", async ({ page }) => {
  await openAtlas(page, "?date=2024-01-01");
  const index = (await (await page.request.get("/data/events/index.json")).json()) as IndexFile;
  const track = await page.locator(".slider-track").boundingBox();
  if (!track) throw new Error("no track");
  // The wheel zooms around the day under the pointer: at the track's end, today stays there.
  const wanted = dayNumber(today()) - dayNumber("2020-12-15");
  const whole = dayNumber(today()) - dayNumber(TIMELINE_START);
  await page.mouse.move(track.x + track.width - 1, track.y + track.height / 2);
  await page.mouse.wheel(0, 200 * Math.log2(wanted / whole));
  await expect(marks(page)).toHaveAttribute("data-view-start", /^2020-1[12]/);

  const inView = index.timeline.marks.filter((m) => m.start >= "2021-01-01");
  expect(inView.length).toBeGreaterThan(5);
  const shard = async (day: string) =>
    ((await (await page.request.get(`/data/events/${day.slice(0, 7)}.json`)).json()) as { events: { id: string; summary: string }[] }).events;
  for (const mark of inView) {
    const button = marks(page).locator(`[data-mark-events="${mark.id}"]`);
    await expect(button).toHaveCount(1);
    await button.hover();
    const tooltip = page.getByRole("tooltip");
    await expect(tooltip).toContainText(formatDay(mark.start, "en"));
    const summary = (await shard(mark.start)).find((e) => e.id === mark.id)?.summary ?? "";
    await expect(tooltip).toContainText(summary.slice(0, 40));
  }

  // Focus shows the tooltip too, and the arrows move between marks.
  await marks(page).getByRole("button").first().focus();
  await expect(page.getByRole("tooltip")).toContainText(formatDay(inView[0]?.start ?? "", "en"));
  await page.keyboard.press("ArrowRight");
  await expect(marks(page).getByRole("button").nth(1)).toBeFocused();
  await expect(page.getByRole("tooltip")).toContainText(formatDay(inView[1]?.start ?? "", "en"));
});

test("the keyboard and the buttons zoom the timeline around the date and back out; one key jumps to the next change or event", async ({ page }) => {
  await openAtlas(page, "?date=2004-03-01");
  const whole = await spanOf(page);
  await slider(page).focus();
  await page.keyboard.press("+");
  await page.keyboard.press("+");
  await expect.poll(() => spanOf(page)).toBeLessThan(whole / 3);
  const zoomedIn = await spanOf(page);
  await page.getByRole("button", { name: "Zoom out of the timeline" }).click();
  await expect.poll(() => spanOf(page)).toBeGreaterThan(zoomedIn);
  await page.getByRole("button", { name: "Show the whole timeline, 1949 to today" }).click();
  await expect.poll(() => spanOf(page)).toBe(whole);

  await slider(page).focus();
  await page.keyboard.press("]");
  await expect(page.locator("time[data-selected-date]")).toHaveAttribute("datetime", "2004-03-29");
  await page.keyboard.press(".");
  await expect(page.locator("time[data-selected-date]")).not.toHaveAttribute("datetime", "2004-03-29");
});

test("Play starts from the selected date, at the speed chosen, and stops at the end", async ({ page }) => {
  const index = (await (await page.request.get("/data/events/index.json")).json()) as IndexFile;
  const last = index.timeline.marks.map((m) => m.start).sort().at(-1) ?? "";
  const before = index.timeline.marks.map((m) => m.start).filter((d) => d < last).sort().at(-1) ?? "";
  await openAtlas(page, `?date=${before}`);
  await page.getByRole("combobox", { name: "Playback speed" }).selectOption("4");
  await page.getByRole("button", { name: "Play" }).click();
  const date = page.locator("time[data-selected-date]");
  // The next stop after the selected date, not the first one of the timeline.
  await expect.poll(async () => ((await date.getAttribute("datetime")) ?? "") > before).toBe(true);
  await expect(page.getByRole("button", { name: "Play" })).toHaveAttribute("aria-pressed", "false", { timeout: 30_000 });
  expect(((await date.getAttribute("datetime")) ?? "") >= last).toBe(true);
});

test("the timeline keeps its height whatever the length of the date, so the map above keeps its size", async ({ page }) => {
  for (const size of [{ width: 1280, height: 800 }, { width: 1024, height: 768 }, { width: 390, height: 844 }]) {
    for (const lang of ["en", "fr"] as const) {
      await page.setViewportSize(size);
      // 28 September and 1 October: the widest date and one of the narrowest, three days apart.
      await openAtlas(page, `?date=2000-09-28&lang=${lang}`);
      const timeline = page.locator(".app-timeline");
      const before = { timeline: await timeline.boundingBox(), map: await page.getByRole("main").boundingBox() };
      await slider(page).focus();
      for (let i = 0; i < 3; i += 1) await page.keyboard.press("ArrowRight");
      await expect(slider(page)).toHaveAttribute("aria-valuetext", formatDay("2000-10-01", lang));
      expect({ timeline: await timeline.boundingBox(), map: await page.getByRole("main").boundingBox() }, `${size.width}×${size.height} ${lang}`).toEqual(before);
    }
  }
});
