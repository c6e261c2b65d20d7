import type { Locator } from "@playwright/test";
import { eventsRegion, expect, openAtlas, test, waitForMap } from "./fixtures";

/** The languages of the elements holding an article's words inside `element` (a name's parts included). */
async function contentLanguages(element: Locator): Promise<string[]> {
  return element.evaluate((e) => {
    const ids = (e.getAttribute("aria-labelledby") ?? "").split(/\s+/u).filter((id) => id !== "");
    const parts = ids.length > 0 ? ids.map((id) => document.getElementById(id)) : [e];
    return parts.flatMap((part) => [...(part?.querySelectorAll("[lang]") ?? []), ...(part?.hasAttribute("lang") ? [part] : [])]).map((p) => p.getAttribute("lang") ?? "");
  });
}

test("an article's words in a button's name or a tooltip are marked with the article's language, not read in the page's", async ({ page }) => {
  const event = "004_bfcca99e1c7093f0-07a2d2ff";
  await openAtlas(page, `?lang=fr&date=2022-02-07&event=${event}`);
  await waitForMap(page, "2022-02-07", "nato");

  // An event card's Open button: « Ouvrir l'événement : » and the summary, in the summary's language.
  const card = eventsRegion(page).locator("[data-event]").filter({ has: page.locator(".open-event") }).first();
  const summaryLang = await card.locator(".event-summary").getAttribute("lang");
  expect(summaryLang).toMatch(/^(en|fr)$/u);
  const open = card.locator(".open-event");
  await expect(open).toHaveAccessibleName(/^Ouvrir l'événement[\u202f ]: \S/u);
  expect(await open.getAttribute("aria-label")).toBeNull();
  expect(await contentLanguages(open)).toEqual([summaryLang]);

  // A single event's map marker is named by its tooltip, shown on hover.
  const marker = page.locator(".event-marker:not([aria-label])").first();
  await expect(marker).toBeAttached();
  await expect(marker).toHaveAccessibleName(/^Événement[\u202f ]: \S/u);
  expect(await contentLanguages(marker)).toHaveLength(1);
  const tip = marker.locator(".marker-tip");
  expect((await tip.boundingBox())?.width ?? 0).toBeLessThan(2);
  await marker.hover();
  await expect.poll(async () => (await tip.boundingBox())?.width ?? 0).toBeGreaterThan(60);

  // A timeline mark of one event: its date, then its summary in the summary's language, in its name and its tooltip.
  const mark = page.locator(".timeline-mark:not(.group)").first();
  await expect(mark).toBeAttached();
  expect(await mark.getAttribute("aria-label")).toBeNull();
  await expect(mark.locator("[lang]")).toHaveCount(1);
  await mark.hover();
  const tooltip = page.getByRole("tooltip");
  await expect(tooltip.locator("[lang]")).toHaveCount(1);
  // An event dated by a range is said with its range, not with the first day where its mark stands.
  const index = (await (await page.request.get("/data/events/index.json")).json()) as { timeline: { marks: { id: string; start: string; end: string }[] } };
  const id = await mark.getAttribute("data-mark-events");
  const dated = index.timeline.marks.find((m) => m.id === id);
  expect(dated).toBeDefined();
  if (dated && dated.start !== dated.end) await expect(tooltip).toContainText(/^entre le .+ et le .+[\u202f ]:/u);
  else await expect(tooltip).not.toContainText("entre le");
});
