import type { LaunchOptions } from "@playwright/test";

/** Flags for a quiet headless Chromium on a closed network, with software WebGL (no GPU here). */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--enable-unsafe-swiftshader",
  "--use-angle=swiftshader",
];

/**
 * How the end-to-end tests and the benchmark start Chromium: Debian's at /usr/bin/chromium by
 * default; CHROMIUM_PATH names another, and CHROMIUM_PATH="" uses Playwright's own where installed.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const path = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
  return { ...(path ? { executablePath: path } : {}), args: CHROMIUM_ARGS };
}
