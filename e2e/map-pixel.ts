import type { Page } from "@playwright/test";

/** MapLibre's tile size: the world is 512 × 2^zoom CSS pixels wide. */
const TILE_SIZE = 512;

function mercatorY(lat: number): number {
  const phi = (lat * Math.PI) / 180;
  return (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2;
}

/** Where a longitude/latitude falls on the page, for a map opened at `view` (Web Mercator, north up). */
export async function pagePointOf(
  page: Page,
  view: { lon: number; lat: number; zoom: number },
  [lon, lat]: [number, number],
): Promise<{ x: number; y: number }> {
  const box = await page.locator("[data-map-status]").boundingBox();
  if (!box) throw new Error("the map has no box");
  const world = TILE_SIZE * 2 ** view.zoom;
  return {
    x: box.x + box.width / 2 + ((lon - view.lon) / 360) * world,
    y: box.y + box.height / 2 + (mercatorY(lat) - mercatorY(view.lat)) * world,
  };
}

/** The colour the page shows at a point, as `#rrggbb`: a screenshot of that one pixel, decoded by the browser. */
export async function pixelAt(page: Page, { x, y }: { x: number; y: number }): Promise<string> {
  const png = await page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 } });
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
    const context = new OffscreenCanvas(1, 1).getContext("2d");
    if (!context) throw new Error("no 2D context");
    context.drawImage(bitmap, 0, 0);
    const [r = 0, g = 0, b = 0] = context.getImageData(0, 0, 1, 1).data;
    return `#${[r, g, b].map((c) => c.toString(16).padStart(2, "0")).join("")}`;
  }, png.toString("base64"));
}
