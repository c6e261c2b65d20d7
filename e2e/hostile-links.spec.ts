import { expect, membersRegion, openAtlas, test } from "./fixtures";

/** Links a reader might paste, mangle or be sent: each must leave a working page and say what it ignored. */
const HOSTILE_LINKS: [search: string, ignoredParam: string][] = [
  ["?date=2023-02-30", "date"],
  ["?date=yesterday", "date"],
  ["?date=1848-01-01", "date"],
  ["?date=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "date"],
  ["?bloc=hanseatic-league", "bloc"],
  ["?bloc=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "bloc"],
  ["?country=XYZ", "country"],
  ["?country=%22%3E%3Csvg%20onload%3Dalert(1)%3E", "country"],
  ["?lang=javascript:alert(1)", "lang"],
  ["?view=NaN,Infinity,99", "view"],
  ["?view=0,0", "view"],
  ["?event=%27%3B%20DROP%20TABLE%20events%3B--", "event"],
  [`?bloc=${"a".repeat(3000)}`, "bloc"],
  ["?date=2023-04-04&date=2024-01-01", "date"],
  ["?%3Cb%3Ebold%3C%2Fb%3E=1", "<b>bold</b>"],
  ["?country=%EF%AC%81n", "country"],
  ["?country=f%C4%B1n", "country"],
  ["?view=0x10,0,1", "view"],
  ["?view=1e1,0,1", "view"],
  ["?date=%E2%80%AE2023-04-04", "date"],
];

for (const [search, param] of HOSTILE_LINKS) {
  test(`a malformed link falls back and says so: ${search.slice(0, 60)}`, async ({ page, problems }) => {
    await openAtlas(page, search);
    await expect(membersRegion(page)).toBeVisible();
    const notice = page.locator("[data-notice]");
    await expect(notice).toHaveCount(1);
    await expect(notice.locator(`[data-ignored-param="${param.replaceAll('"', '\\"')}"]`).first()).toBeVisible();
    await expect(page.locator("img[src=x], svg[onload], b")).toHaveCount(0);
    await notice.getByRole("button").click();
    await expect(notice).toHaveCount(0);
    expect(problems).toEqual([]);
  });
}
