import type { Page } from "@playwright/test";
import { PAGE_WORDS } from "../src/app/page-meta";
import { CONTEXT_MESSAGES } from "../src/features/country/context-messages";
import { EMBED_MESSAGES } from "../src/features/embed/embed-messages";
import { EXPORT_MESSAGES } from "../src/features/export/export-messages";
import { MAP_TEXT_MESSAGES } from "../src/features/map/map-text-messages";
import { NOTICE_MESSAGES } from "../src/features/notices/notice-messages";
import { COMPARE_MESSAGES } from "../src/lib/compare-messages";
import { MESSAGES } from "../src/lib/i18n";
import { eventsRegion, expect, openAtlas, test, waitForMap } from "./fixtures";

const N = "\u202f";
const MARK = "\u0001";

/**
 * The English catalogue's own words: plain messages whole, and the fixed parts of messages with
 * values (a value is cut out, its neighbours kept when they are words). Words the two languages
 * share ("Date", "Source", "Forum") are left out: they are French too.
 */
function englishWords(): string[] {
  const pieces = new Set<string>();
  const walk = (en: unknown, fr: unknown) => {
    if (typeof en === "string") {
      if (en !== fr) pieces.add(en);
    } else if (typeof en === "function") {
      const words = String((en as (...args: string[]) => unknown)(MARK, MARK, MARK));
      const shared = String((fr as (...args: string[]) => unknown)(MARK, MARK, MARK));
      if (words === shared) return;
      for (const part of words.split(MARK)) {
        const trimmed = part.replace(/^[\s(:;,.'’]+|[\s):;,.]+$/gu, "");
        if (/\p{L}{3,}/u.test(trimmed) && trimmed.includes(" ")) pieces.add(trimmed);
      }
    } else if (typeof en === "object" && en !== null) {
      for (const [key, value] of Object.entries(en)) walk(value, (fr as Record<string, unknown>)[key]);
    }
  };
  for (const catalogue of [MESSAGES, NOTICE_MESSAGES, MAP_TEXT_MESSAGES, CONTEXT_MESSAGES, COMPARE_MESSAGES, EXPORT_MESSAGES, EMBED_MESSAGES, PAGE_WORDS]) walk(catalogue.en, catalogue.fr);
  return [...pieces];
}

/**
 * What the interface says: text and the words of labels, titles and tooltips. Content is taken out:
 * whatever an element marked with its own language shows (an article's title, summary, quotes, in
 * English or in French) or marks as not to be translated (a cited source's title), wherever else it
 * is repeated (a button's label naming the article).
 */
async function interfaceText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const content = [...document.body.querySelectorAll("[lang],[translate=no]")]
      .map((e) => e.textContent?.trim() ?? "")
      .filter((text) => text.length > 0)
      .sort((a, b) => b.length - a.length);
    const strip = (text: string) => content.reduce((rest, c) => rest.split(c).join(" "), text).trim();
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script,style") || parent.closest("body [lang], [translate=no]")) continue;
      out.push(node.textContent ?? "");
    }
    const names = ["aria-label", "title", "placeholder", "alt", "aria-valuetext", "aria-roledescription"];
    for (const e of document.body.querySelectorAll(names.map((n) => `[${n}]`).join(","))) {
      if (e.closest("body [lang], [translate=no]")) continue;
      for (const name of names) out.push(e.getAttribute(name) ?? "");
    }
    out.push(document.title);
    return out.map(strip).filter((text) => text.length > 0);
  });
}

async function expectNoEnglish(page: Page, english: readonly string[]) {
  const texts = await interfaceText(page);
  const found = english.flatMap((words) => {
    const pattern = new RegExp(`(^|[^\\p{L}])${words.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}($|[^\\p{L}])`, "u");
    return texts.filter((t) => pattern.test(t)).map((t) => `${words} ← ${t}`);
  });
  expect(found).toEqual([]);
}

test("the French page shows no word of the English interface, in every panel", async ({ page }) => {
  const english = englishWords();
  expect(english.length).toBeGreaterThan(100);
  const event = "004_bfcca99e1c7093f0-07a2d2ff";
  await openAtlas(page, `?lang=fr&date=2022-02-07&event=${event}&country=RUS&bogus=1`);
  await waitForMap(page, "2022-02-07", "nato");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await page.locator(".map-text summary").click();
  await expectNoEnglish(page, english);
  // How each date was found, in French: the pipeline writes its reasoning in both languages.
  const bases = page.locator(".date-basis span[lang]");
  await expect(bases.first()).toBeAttached();
  expect(await bases.evaluateAll((spans) => spans.map((span) => span.getAttribute("lang")))).not.toContain("en");

  await eventsRegion(page).locator(`[data-event="${event}"] [data-read-article]`).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await expectNoEnglish(page, english);
});

test("French typography: « 1er » for the first of a month, a narrow no-break space before high punctuation, the country panel included", async ({ page }) => {
  await openAtlas(page, "?lang=fr&date=2023-07-01&country=FRA&bogus=1");
  await expect(page.locator("time[data-selected-date]")).toHaveText("1er juillet 2023");
  await expect(page.locator("[data-open-country] .source").first()).toContainText(`Source${N}:`);
  await expect(page.locator(".timeline-date .visually-hidden")).toHaveText(`Date choisie${N}:`);
  await expect(page.locator("[data-notice]")).toContainText(`a été ignoré${N}:`);
  // The events' cards are there, before and after the date, with their titles: an article's words keep
  // their own typography, in their language.
  await expect(eventsRegion(page).getByRole("heading", { name: `Après le 1er juillet 2023` })).toBeVisible();
  const read = eventsRegion(page).locator("[data-read-article]").first();
  await expect(read).toBeAttached();
  await expect(page.locator("option[lang]").first()).toBeAttached();
  // Chromium's accessible name reads the narrow no-break space as a space.
  await expect(read).toHaveAccessibleName(/^Lire où l'article donne la date[\u202f ]: \S/u);
  const marks = await interfaceText(page);
  const badColons = marks.filter((t) => /[^\u202f\d][:;!?](\s|$)/u.test(t) && !/https?:/u.test(t));
  expect(badColons).toEqual([]);
});

test("MapLibre's controls speak the interface language, and follow a change of language", async ({ page }) => {
  await openAtlas(page, "?lang=fr&date=2022-02-07");
  await waitForMap(page, "2022-02-07", "nato");
  await expect(page.locator(".maplibregl-ctrl-zoom-in")).toHaveAttribute("aria-label", MESSAGES.fr.mapControls["NavigationControl.ZoomIn"] ?? "");
  await expect(page.locator(".maplibregl-canvas")).toHaveAttribute("aria-label", MESSAGES.fr.mapControls["Map.Title"] ?? "");
  await page.locator(".language-switch button[lang=en]").click();
  await expect(page.locator(".maplibregl-ctrl-zoom-in")).toHaveAttribute("aria-label", MESSAGES.en.mapControls["NavigationControl.ZoomIn"] ?? "");
  await waitForMap(page, "2022-02-07", "nato");
});
