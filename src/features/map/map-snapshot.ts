import type { Map as MapLibreMap } from "maplibre-gl";
import type { MapSnapshot } from "../../lib/map-snapshot";

/**
 * A snapshot of the map at any pixel ratio, without `preserveDrawingBuffer` (which costs every frame):
 * WebGL keeps the drawing buffer until the frame is handed to the page, so a synchronous `redraw()`
 * followed at once by `drawImage` copies the frame just drawn. For another ratio the canvas is resized
 * for the copy and given back to the device's own ratio after it.
 */
export function mapSnapshot(map: MapLibreMap): MapSnapshot {
  return (pixelRatio) => {
    const resized = pixelRatio !== map.getPixelRatio();
    if (resized) map.setPixelRatio(pixelRatio);
    map.redraw();
    const canvas = map.getCanvas();
    const copy = document.createElement("canvas");
    copy.width = canvas.width;
    copy.height = canvas.height;
    copy.getContext("2d")?.drawImage(canvas, 0, 0);
    // null gives the ratio back to `devicePixelRatio` (MapLibre's documented reset; its type says number only).
    if (resized) map.setPixelRatio(null as unknown as number);
    return copy;
  };
}
