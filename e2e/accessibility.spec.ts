import AxeBuilder from "@axe-core/playwright";
import { expect, openAtlas, test, waitForMap } from "./fixtures";

test("the main view has no serious or critical accessibility violation", async ({ page }) => {
  await openAtlas(page, "?date=2023-04-04&country=FIN");
  await waitForMap(page, "2023-04-04", "nato");
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});
