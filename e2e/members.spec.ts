import { expect, memberItems, membersRegion, openAtlas, test } from "./fixtures";

/** NATO's enlargements as NATO dates them, with the number of members from that day on. */
const NATO_ENLARGEMENTS: [date: string, dayBefore: string, countBefore: number, countFrom: number][] = [
  ["1952-02-18", "1952-02-17", 12, 14],
  ["1955-05-06", "1955-05-05", 14, 15],
  ["1982-05-30", "1982-05-29", 15, 16],
  ["1999-03-12", "1999-03-11", 16, 19],
  ["2004-03-29", "2004-03-28", 19, 26],
  ["2009-04-01", "2009-03-31", 26, 28],
  ["2017-06-05", "2017-06-04", 28, 29],
  ["2020-03-27", "2020-03-26", 29, 30],
  ["2023-04-04", "2023-04-03", 30, 31],
  ["2024-03-07", "2024-03-06", 31, 32],
];

test("NATO has 30 members on 2023-04-03 and 31 with Finland on 2023-04-04", async ({ page, problems }) => {
  await openAtlas(page, "?date=2023-04-03&bloc=nato");
  await expect(memberItems(page)).toHaveCount(30);
  await expect(membersRegion(page).locator('[data-country="FIN"]')).toHaveCount(0);
  await openAtlas(page, "?date=2023-04-04&bloc=nato");
  await expect(memberItems(page)).toHaveCount(31);
  await expect(membersRegion(page).locator('[data-country="FIN"]')).toHaveText(/Finland/);
  expect(problems).toEqual([]);
});

for (const [date, dayBefore, before, from] of NATO_ENLARGEMENTS) {
  test(`NATO enlargement of ${date} flips the count on exactly that day`, async ({ page }) => {
    await openAtlas(page, `?date=${dayBefore}&bloc=nato`);
    await expect(memberItems(page)).toHaveCount(before);
    await openAtlas(page, `?date=${date}&bloc=nato`);
    await expect(memberItems(page)).toHaveCount(from);
  });
}

test("AUKUS has no members on 2021-09-01 and three on 2021-09-16", async ({ page }) => {
  await openAtlas(page, "?date=2021-09-01&bloc=aukus");
  await expect(memberItems(page)).toHaveCount(0);
  await expect(membersRegion(page)).toContainText("no members");
  await openAtlas(page, "?date=2021-09-16&bloc=aukus");
  await expect(memberItems(page)).toHaveCount(3);
  for (const code of ["AUS", "GBR", "USA"]) {
    await expect(membersRegion(page).locator(`[data-country="${code}"]`)).toHaveCount(1);
  }
});

test("France stays a member outside NATO's integrated command in 1970, and the country panel says why", async ({ page }) => {
  await openAtlas(page, "?date=1970-01-01&bloc=nato&country=FRA");
  const france = membersRegion(page).locator('[data-country="FRA"]');
  await expect(france).toContainText("outside the integrated military command");
  const panel = page.getByRole("region", { name: "France" });
  await expect(panel).toContainText("1966");
  await expect(panel).toContainText("2009");
  await expect(panel.getByRole("link").first()).toHaveAttribute("href", /^https:\/\//);
});

test("the Russia–China partnership starts with the 2001 treaty", async ({ page }) => {
  await openAtlas(page, "?date=2001-07-15&bloc=russia-china");
  await expect(memberItems(page)).toHaveCount(0);
  await openAtlas(page, "?date=2001-07-16&bloc=russia-china");
  await expect(memberItems(page)).toHaveCount(2);
});
