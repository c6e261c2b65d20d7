import type { Page } from "@playwright/test";
import { eventsRegion, expect, openAtlas, test } from "./fixtures";

const reader = (page: Page) => page.getByRole("dialog");

async function openAt(page: Page, search: string): Promise<void> {
  await openAtlas(page, search);
  await expect(eventsRegion(page)).toHaveAttribute("aria-busy", "false");
}

test("a joint statement is listed under each of its speakers", async ({ page }) => {
  await openAt(page, "?date=2022-02-04");
  const region = eventsRegion(page);
  await region.getByText("Find events").click();
  const joint = region.locator('[data-event^="003_"]').filter({ hasText: "négative" });
  for (const [id, speaker] of [
    ["vladimir-putin", "Vladimir Poutine"],
    ["xi-jinping", "Xi Jinping"],
  ] as const) {
    await region.getByLabel("Speaker", { exact: true }).selectOption(id);
    await expect(joint).toHaveCount(1);
    await expect(joint.locator("[data-quote]").filter({ hasText: "négative" })).toContainText("Vladimir Poutine et Xi Jinping");
    for (const text of await region.locator("[data-event]").allInnerTexts()) expect(text).toContain(speaker);
  }
  const options = await region.getByLabel("Speaker", { exact: true }).locator("option").allTextContents();
  expect(options.filter((o) => / et | and /.test(o))).toEqual([]);
});

test("the reader underlines the words that name the speaker", async ({ page }) => {
  await openAt(page, "?date=2022-02-04");
  await eventsRegion(page).locator('[data-event^="003_"] [data-quote] a').filter({ hasText: "Déclaration russo-chinoise" }).click();
  const dialog = reader(page);
  await expect(dialog.locator("mark")).toContainText("Déclaration russo-chinoise sur les relations internationales");
  await expect(dialog.getByText("Who said it: the words underlined in the text name the speaker.")).toBeVisible();
  const evidence = dialog.locator("[data-speaker-evidence]");
  await expect(evidence).toHaveCount(1);
  await expect(evidence).toHaveText("Le président russe Vladimir Poutine et le président chinois Xi Jinping");
});

test("a quote reported by a pronoun shows the name it stands for", async ({ page }) => {
  await openAt(page, "?date=2026-06-27");
  await eventsRegion(page).locator('[data-event^="000_"] [data-quote] a').filter({ hasText: "Il ne peut pas être question" }).click();
  const dialog = reader(page);
  await expect(dialog.locator(".reader-quote-by")).toHaveText("Quote by Jean-Luc Mélenchon");
  await expect(dialog.locator("[data-speaker-evidence]")).toContainText("Mélenchon");
});

test("links captured with the article are shown as their words, in the card and in the reader", async ({ page }) => {
  await openAt(page, "?date=2026-06-27");
  const quote = eventsRegion(page).locator('[data-event^="000_"] [data-quote]').filter({ hasText: "engager avec la Russie" });
  await expect(quote).toContainText("au lendemain de leur retrait de l'invasion de l'Ukraine");
  const cards = await eventsRegion(page).locator("[data-event]").allInnerTexts();
  for (const card of cards) expect(card).not.toMatch(/\]\(|\[[^\]]*\]/u);
  await quote.locator("a").click();
  const text = reader(page).locator(".reader-text");
  await expect(text).toContainText("Le candidat LFI à la présidentielle, Jean-Luc Mélenchon, a plaidé");
  expect(await text.textContent()).not.toContain("](#)");
});
