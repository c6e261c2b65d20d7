import { eventsRegion, expect, membersRegion, test } from "./fixtures";

const todayUtc = () => new Date().toISOString().slice(0, 10);

/** blocs.json as a broken deployment or a bad edit could serve it. */
const BROKEN = [
  { name: "not JSON", fulfil: { status: 200, contentType: "application/json", body: '{"blocs": [' }, problem: "not valid JSON" },
  { name: "missing", fulfil: { status: 404, contentType: "text/plain", body: "Not found" }, problem: "HTTP 404" },
  {
    name: "not what the app expects",
    fulfil: { status: 200, contentType: "application/json", body: '{"blocs": [{"id": "nato"}]}' },
    problem: "blocs.0.names",
  },
];

for (const broken of BROKEN) {
  test(`a blocs.json that is ${broken.name}: the map, Members and the legend say why, the timeline and events work on`, async ({ page, problems, allowFailures }) => {
    allowFailures(/\/data\/blocs\.json$/);
    await page.route("**/data/blocs.json", (route) => route.fulfill(broken.fulfil));
    await page.goto("/");
    const why = new RegExp(`cannot show anything: blocs\\.json could not be read \\(.*${broken.problem}`);
    await expect(page.locator(".map-area [role=alert]").first()).toHaveText(new RegExp(`^The map ${why.source}`));
    await expect(membersRegion(page)).toHaveAttribute("aria-busy", "false");
    await expect(membersRegion(page).getByRole("alert")).toHaveText(new RegExp(`^The list of members ${why.source}`));
    await expect(page.getByRole("region", { name: "Legend" }).getByRole("alert")).toHaveText(new RegExp(`^The legend ${why.source}`));
    await expect(page.getByText("Loading…")).toHaveCount(0);

    await expect(page.locator("time[data-selected-date]")).toHaveAttribute("datetime", todayUtc());
    await expect(page.getByRole("slider", { name: /Date/ })).toBeVisible();
    await expect(eventsRegion(page)).toHaveAttribute("aria-busy", "false");
    await page.getByRole("slider", { name: /Date/ }).focus();
    await page.keyboard.press("PageDown");
    await expect(page.locator("time[data-selected-date]")).not.toHaveAttribute("datetime", todayUtc());
    expect(problems).toEqual([]);
  });
}

test("a broken blocs.json is explained in French too, and events still open at their date", async ({ page }) => {
  await page.route("**/data/blocs.json", (route) => route.fulfill(BROKEN[0]?.fulfil ?? {}));
  await page.goto("/?lang=fr&date=2023-07-12");
  await expect(membersRegion(page).getByRole("alert")).toHaveText(
    /^La liste des membres ne peut rien montrer\u202f: blocs\.json n'a pas pu être lu \(JSON invalide\)\.$/u,
  );
  await expect(page.locator(".map-area [role=alert]").first()).toContainText("La carte ne peut rien montrer");
  await expect(eventsRegion(page).locator("[data-event]").filter({ hasText: "la géographie est têtue" })).toHaveCount(1);
});
