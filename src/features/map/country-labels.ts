import type { Feature, FeatureCollection, Point } from "geojson";
import type { GeoJSONSource, Map as MapLibreMap } from "maplibre-gl";
import type { IsoDay } from "../../domain/day";
import { GESTURE_SETTLE_MS } from "../../lib/use-settled-date";
import type { CountryPointProperties, CountryPoints } from "../../domain/schemas/shapes";
import { labelMinZoom } from "./label-fit";
import { LABEL_LAYER, LABELS_SOURCE } from "./map-style";
import { ShapeEpochs } from "./shape-epochs";

export interface LabelProperties {
  name: string;
  /** The first whole zoom the name fits at (label-fit.ts): the layer's filter. */
  minZoom: number;
  /** The layer places larger countries' names first. */
  areaKm2: number;
}

/**
 * One label per name for the shapes drawn: at each shape's label point (inside its largest piece, so
 * never in the sea between an archipelago's islands), the occupied areas left to their outline. A
 * name two shapes would share is kept on the larger; a name that fits at no zoom is left out.
 */
export function countryLabels(
  points: CountryPoints,
  drawn: ReadonlySet<string>,
  nameOf: (shape: CountryPointProperties) => string,
): FeatureCollection<Point, LabelProperties> {
  const byName = new Map<string, Feature<Point, LabelProperties>>();
  for (const { properties: shape, geometry } of points.features) {
    if (shape.occupation || !drawn.has(shape.id)) continue;
    const name = nameOf(shape);
    const minZoom = labelMinZoom(name, shape.labelRoom);
    const kept = byName.get(name);
    if (minZoom === null || (kept && kept.properties.areaKm2 >= shape.areaKm2)) continue;
    byName.set(name, { type: "Feature", properties: { name, minZoom, areaKm2: shape.areaKm2 }, geometry });
  }
  return { type: "FeatureCollection", features: [...byName.values()] };
}

/**
 * The countries' names on the map, in the interface language (a new language makes a new map). They
 * are MapLibre symbols: its placement keeps them apart and moves them with the map on the GPU. Their
 * text changes only when the set of shapes drawn does (a border change), never on a recolouring, so
 * a frame of a drag costs a binary search here. The canvas has no text a test can read: once the map
 * is idle its container's `data-map-labels` lists the names MapLibre placed (a signal for tests, like
 * `data-map-date`).
 */
export class CountryLabels {
  private readonly epochs: ShapeEpochs;
  /** The labels of each stretch between two border changes, made once. */
  private readonly made = new Map<number, FeatureCollection<Point, LabelProperties>>();
  private epoch: number | null = null;
  private date: IsoDay | null = null;
  /** The stretch whose names the map has. */
  private shown: number | null = null;
  private pending: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly map: MapLibreMap,
    private readonly points: CountryPoints,
    private readonly nameOn: (shape: CountryPointProperties, date: IsoDay) => string,
    element: HTMLElement,
  ) {
    this.epochs = new ShapeEpochs(points.features.map((f) => f.properties));
    map.on("idle", () => {
      const placed = map.queryRenderedFeatures({ layers: [LABEL_LAYER] }).map((f) => String(f.properties["name"]));
      element.dataset["mapLabels"] = JSON.stringify([...new Set(placed)].sort());
    });
  }

  /**
   * In a task of their own: the frame that recolours the map stays short. While a drag or a held key
   * sweeps the date (`sweeping`), once it has rested: each new set of names is laid out again in the
   * worker and uploaded, which halved the frame rate of a drag across border changes with software
   * rendering. Called again when the sweep ends, to set them at once.
   */
  showOn(date: IsoDay, sweeping: boolean): void {
    const epoch = this.epochs.epochOf(date);
    if (epoch !== this.epoch) {
      this.epoch = epoch;
      this.date = date;
    }
    if (this.pending !== null) clearTimeout(this.pending);
    this.pending = epoch === this.shown ? null : setTimeout(() => this.apply(), sweeping ? GESTURE_SETTLE_MS : 0);
  }

  dispose(): void {
    if (this.pending !== null) clearTimeout(this.pending);
  }

  private apply(): void {
    this.pending = null;
    const { epoch, date } = this;
    if (epoch === null || date === null) return;
    let labels = this.made.get(epoch);
    if (!labels) {
      labels = countryLabels(this.points, this.epochs.drawnOn(date), (shape) => this.nameOn(shape, date));
      this.made.set(epoch, labels);
    }
    this.map.getSource<GeoJSONSource>(LABELS_SOURCE)?.setData(labels);
    this.shown = epoch;
  }
}
