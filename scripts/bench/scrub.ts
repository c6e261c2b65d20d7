import type { Browser, Page } from "@playwright/test";
import { today } from "../../src/domain/day";
import { dayToFraction, TIMELINE_START } from "../../src/features/timeline/timeline-controller";
import { openReadyPage } from "./browser";
import { percentile } from "./stats";

/** How long each drag lasts, in milliseconds: a few seconds of frames per round. */
const DRAG_MS = 3_000;
/** Pause between two mouse moves, in milliseconds: about one move per 60 Hz frame, like a hand. */
const MOVE_INTERVAL_MS = 16;
/** One sweep of the drag back and forth, in milliseconds. */
const SWEEP_MS = 1_500;
/** Control and scrub alternate this many times so machine noise hits both alike. */
const ROUNDS = 2;
/** Long tasks, as the Long Tasks API defines them: over 50 ms on the main thread. */
const LONG_TASK = "longtask";
/**
 * A second drag, over the years whose borders changed most (Germany, Yemen, Yugoslavia, the Soviet
 * Union: seven changes of the shapes drawn in 1990–1992), so that the shapes switched on and off by
 * date are measured crossing each change again and again, not only on a sweep of the whole timeline.
 */
const BORDER_SCRUB = { from: "1989-10-01", to: "1993-03-01" };

export interface ScrubResult {
  scrubP95Ms: number;
  panP95Ms: number;
  /** scrubP95Ms ÷ panP95Ms. */
  ratio: number;
  /** Over both drags: the whole timeline and 1990–1992. */
  longTasksDuringScrub: number;
  /** Over the 1990–1992 drag alone. */
  longTasksDuringBorderScrub: number;
  /** Frame interval p95 over the 1990–1992 drag, kept apart so that `ratio` measures what it always did. */
  borderScrubP95Ms: number;
  frames: { scrub: number; pan: number; borderScrub: number };
}

interface Probe {
  deltas: number[];
  longTasks: number;
}

/**
 * Records animation-frame intervals and long tasks in the page until `stop()`. Kept as source text:
 * tsx compiles functions with esbuild's keepNames, which wraps named functions in a `__name` helper
 * that does not exist in the page, so a typed function here would fail once serialised.
 */
const PROBE_SCRIPT = `(() => {
  const probe = { deltas: [], longTasks: 0 };
  let running = true;
  let last = null;
  const tick = (now) => {
    if (!running) return;
    if (last !== null) probe.deltas.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const observer = new PerformanceObserver((list) => { probe.longTasks += list.getEntries().length; });
  observer.observe({ type: "${LONG_TASK}" });
  return { stop: () => { running = false; observer.disconnect(); return probe; } };
})()`;

/** Drags with the left button from `from` towards `to` and back, a move per frame, for DRAG_MS. */
async function drag(page: Page, y: number, from: number, to: number): Promise<Probe> {
  await page.mouse.move(from, y);
  const probe = await page.evaluateHandle(PROBE_SCRIPT);
  await page.mouse.down();
  const started = Date.now();
  for (let elapsed = 0; elapsed < DRAG_MS; elapsed = Date.now() - started) {
    const phase = (elapsed % SWEEP_MS) / SWEEP_MS;
    const along = phase < 0.5 ? phase * 2 : 2 - phase * 2;
    await page.mouse.move(from + (to - from) * along, y);
    await new Promise((resolve) => setTimeout(resolve, MOVE_INTERVAL_MS));
  }
  await page.mouse.up();
  return probe.evaluate((p) => (p as { stop(): Probe }).stop());
}

/**
 * Frame intervals while the date slider is dragged, against a control in the same page that only
 * repaints the map (drag-panning it): software WebGL makes absolute frame times meaningless, the
 * ratio says what the date change itself costs.
 */
export async function measureScrub(browser: Browser, baseUrl: string): Promise<ScrubResult> {
  const page = await openReadyPage(browser, `${baseUrl}/?bloc=nato&lang=en`);
  try {
    const slider = await page.getByRole("slider", { name: /Date/ }).boundingBox();
    const track = await page.locator(".slider-track").boundingBox();
    const canvas = await page.locator("[data-map-status] canvas").first().boundingBox();
    if (!slider || !track || !canvas) throw new Error("the date slider or the map canvas is not visible");
    const bounds = { start: TIMELINE_START, end: today() };
    const xOf = (day: string) => track.x + track.width * dayToFraction(day, bounds);
    const scrub: number[] = [];
    const pan: number[] = [];
    let longTasks = 0;
    let borderLongTasks = 0;
    const border: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const middle = canvas.x + canvas.width / 2;
      const control = await drag(page, canvas.y + canvas.height / 2, middle - canvas.width / 4, middle + canvas.width / 4);
      pan.push(...control.deltas);
      const scrubbed = await drag(page, slider.y + slider.height / 2, slider.x + slider.width * 0.05, slider.x + slider.width * 0.95);
      const borders = await drag(page, slider.y + slider.height / 2, xOf(BORDER_SCRUB.from), xOf(BORDER_SCRUB.to));
      scrub.push(...scrubbed.deltas);
      border.push(...borders.deltas);
      longTasks += scrubbed.longTasks + borders.longTasks;
      borderLongTasks += borders.longTasks;
    }
    const scrubP95Ms = percentile(scrub, 95);
    const panP95Ms = percentile(pan, 95);
    return {
      scrubP95Ms,
      panP95Ms,
      ratio: scrubP95Ms / panP95Ms,
      longTasksDuringScrub: longTasks,
      longTasksDuringBorderScrub: borderLongTasks,
      borderScrubP95Ms: percentile(border, 95),
      frames: { scrub: scrub.length, pan: pan.length, borderScrub: border.length },
    };
  } finally {
    await page.context().close();
  }
}
