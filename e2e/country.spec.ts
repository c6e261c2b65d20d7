import { eventsRegion, expect, membersRegion, openAtlas, test } from "./fixtures";

test("the country panel lists the events that involve the country and opens them", async ({ page }) => {
  await openAtlas(page, "?date=2023-07-01&country=JPN");
  const panel = page.getByRole("region", { name: "Japan" });
  await expect(panel).toContainText("Quadrilateral Security Dialogue");
  const item = panel.getByRole("listitem").filter({ hasText: "bureau de liaison au Japon" });
  await expect(item).toContainText(/[1-9]\d* quotes?/);
  await item.getByRole("button", { name: "12 July 2023" }).click();
  await expect(page.locator("time[data-selected-date]")).toHaveAttribute("datetime", "2023-07-12");
  const events = eventsRegion(page);
  await expect(events.locator('[aria-current="true"]')).toContainText("la géographie est têtue");
});

test("a small member opens its panel from the Members list", async ({ page }) => {
  await openAtlas(page, "?date=2017-06-05&bloc=nato");
  await membersRegion(page).getByRole("button", { name: "Montenegro" }).click();
  await expect(page).toHaveURL(/country=MNE/);
  await expect(page.getByRole("region", { name: "Montenegro" })).toContainText("5 June 2017");
});
