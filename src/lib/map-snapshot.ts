/** A copy of the map's canvas drawn at `pixelRatio` device pixels per CSS pixel. */
export type MapSnapshot = (pixelRatio: number) => HTMLCanvasElement;

let provider: MapSnapshot | null = null;

/**
 * The seam between the map and whoever wants a picture of it (the export): the map provides a
 * snapshot function once it is drawn (null when it goes), the export takes one. Features do not
 * import each other, so the map's canvas is reached through here.
 */
export function provideMapSnapshot(snapshot: MapSnapshot | null): void {
  provider = snapshot;
}

/** A snapshot of the map as it is now, or null while no map is drawn (loading, or no WebGL). */
export function takeMapSnapshot(pixelRatio: number): HTMLCanvasElement | null {
  return provider ? provider(pixelRatio) : null;
}
