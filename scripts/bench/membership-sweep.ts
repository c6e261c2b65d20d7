import type { Browser, Page } from "@playwright/test";
import { MEMBERSHIP_UPDATE_MEASURE } from "../../src/features/map/follow-view";
import { TIMELINE_START } from "../../src/features/timeline/timeline-controller";
import { MAP_READY_TIMEOUT_MS, MAP_SELECTOR, openReadyPage } from "./browser";

/** NATO and the Warsaw Pact step through the border changes of 1990–1992 too (shapes switched by date). */
export const SWEEP_BLOCS = ["nato", "warsaw-pact", "aukus", "russia-china"] as const;
/** A sweep longer than this many steps means the buttons never disable: stop rather than loop forever. */
const MAX_STEPS = 1_000;
/** Each bloc is swept forward and back this many times, for enough samples. */
const SWEEP_ROUNDS = 3;

const selectedDate = (page: Page) => page.locator("time[data-selected-date]").getAttribute("datetime");

/** Does `act` and waits until the map shows the new date the timeline moved to. */
async function step(page: Page, act: () => Promise<void>): Promise<void> {
  const previous = await selectedDate(page);
  await act();
  await page.waitForFunction(
    ({ previous, map }) => {
      const shown = document.querySelector("time[data-selected-date]")?.getAttribute("datetime");
      const drawn = document.querySelector<HTMLElement>(map)?.dataset["mapDate"];
      return shown !== previous && drawn === shown;
    },
    { previous, map: MAP_SELECTOR },
    { timeout: MAP_READY_TIMEOUT_MS },
  );
}

async function sweep(page: Page, button: string): Promise<number> {
  const locator = page.getByRole("button", { name: button, exact: true });
  let steps = 0;
  while (await locator.isEnabled()) {
    if (++steps > MAX_STEPS) throw new Error(`"${button}" still enabled after ${MAX_STEPS} steps`);
    await step(page, () => locator.click());
  }
  return steps;
}

/**
 * The duration of every map recolouring (the app's own User Timing measures) while one bloc's
 * timeline is stepped through each change date from 1949 to today and back, SWEEP_ROUNDS times
 * (returning to 1949 with the Home key in between, itself a move to a new date). The first drawing
 * (all countries at once, when the map loads) is excluded: it is not a move to a new date.
 */
export async function sweepMembershipUpdates(browser: Browser, baseUrl: string, bloc: string): Promise<number[]> {
  const page = await openReadyPage(browser, `${baseUrl}/?date=${TIMELINE_START}&bloc=${bloc}&lang=en`);
  try {
    await page.evaluate((name) => performance.clearMeasures(name), MEMBERSHIP_UPDATE_MEASURE);
    const slider = page.getByRole("slider", { name: /Date/ });
    let steps = 0;
    for (let round = 0; round < SWEEP_ROUNDS; round++) {
      // Back to 1949 first: a bloc founded later (AUKUS) has no change to step back to before it.
      if ((await selectedDate(page)) !== TIMELINE_START) {
        await step(page, () => slider.press("Home"));
        steps += 1;
      }
      steps += (await sweep(page, "Next change")) + (await sweep(page, "Previous change"));
    }
    const durations = await page.evaluate((name) => performance.getEntriesByName(name).map((e) => e.duration), MEMBERSHIP_UPDATE_MEASURE);
    if (durations.length < steps) throw new Error(`${bloc}: ${steps} steps but only ${durations.length} recolourings measured`);
    return durations;
  } finally {
    await page.context().close();
  }
}
