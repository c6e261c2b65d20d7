import type { Page } from "@playwright/test";
import { eventsRegion, expect, openAtlas, test, waitForMap } from "./fixtures";

/** The policy index.html declares, directive by directive. */
async function policy(page: Page): Promise<Map<string, string[]>> {
  const content = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  const directives = (content ?? "").split(";").map((d) => d.trim().split(/\s+/));
  return new Map(directives.filter((d) => d[0]).map(([name, ...values]) => [name as string, values]));
}

test("the page declares a strict Content-Security-Policy, eval and inline script excluded, before anything loads", async ({ page }) => {
  await openAtlas(page);
  const csp = await policy(page);
  expect(csp.get("script-src")).toEqual(["'self'"]);
  expect(csp.get("object-src")).toEqual(["'none'"]);
  expect(csp.get("base-uri")).toEqual(["'none'"]);
  expect(csp.get("form-action")).toEqual(["'none'"]);
  expect(csp.get("worker-src")).toEqual(["'self'"]);
  expect(csp.get("default-src")).toEqual(["'self'"]);
  for (const values of csp.values()) expect(values.filter((v) => v.startsWith("'unsafe-"))).toEqual([]);
  const firstInHead = await page.evaluate(() => document.head.querySelector("meta[http-equiv], script, link[rel=stylesheet]")?.outerHTML);
  expect(firstInHead).toContain("Content-Security-Policy");
});

test("the whole app runs under it: the map and its worker, the panels, the reader", async ({ page, cspViolations }) => {
  await openAtlas(page, "?date=2023-07-12&country=JPN");
  await waitForMap(page, "2023-07-12", "nato");
  await eventsRegion(page).locator("[data-quote] a").first().click();
  await expect(page.getByRole("dialog").locator("mark")).toBeVisible();
  expect(cspViolations).toEqual([]);
});

test("script that did not come from the app is refused: an inline script, a javascript: link", async ({ page, cspViolations }) => {
  await openAtlas(page);
  const injected = await page.evaluate(async () => {
    const ran = window as unknown as { injected?: boolean };
    const script = document.createElement("script");
    script.textContent = "window.injected = true";
    document.body.append(script);
    const link = document.createElement("a");
    link.href = "javascript:window.injected = true";
    document.body.append(link);
    link.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    return ran.injected ?? false;
  });
  expect(injected).toBe(false);
  const reported = () => cspViolations.filter((v) => !v.startsWith("console:"));
  await expect.poll(() => reported().length).toBe(2);
  expect(reported()).toEqual([expect.stringMatching(/^script-src-elem blocked inline/), expect.stringMatching(/^script-src-elem blocked inline/)]);
  // Provoked on purpose: the fixture fails a test on any other.
  cspViolations.length = 0;
});
