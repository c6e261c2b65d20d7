import type { GeoJSONSource, Map as MapLibreMap } from "maplibre-gl";
import type { IsoDay } from "../../domain/day";
import type { Countries } from "../../domain/schemas/shapes";
import { OUTLINES_SOURCE } from "./map-style";
import { ShapeEpochs } from "./shape-epochs";

/**
 * The selected country's outline and the open event's countries', as a small source of their own
 * rebuilt when they change (a click, an event, a border change): outlining through feature state on
 * the countries source would make MapLibre rewrite two more layers of every shape's buffers on each
 * recolouring.
 */
export class Outlines {
  private selected: string | null = null;
  private involved: readonly string[] = [];
  private epoch: number | null = null;
  private date: IsoDay | null = null;
  private readonly epochs: ShapeEpochs;

  constructor(
    private readonly map: MapLibreMap,
    private readonly countries: Countries,
  ) {
    this.epochs = new ShapeEpochs(countries.features.map((f) => f.properties));
  }

  select(country: string | null): void {
    if (country === this.selected) return;
    this.selected = country;
    this.refresh();
  }

  involve(countries: readonly string[]): void {
    this.involved = countries;
    this.refresh();
  }

  /** Follows the date: the outlined countries' shapes change only where borders changed. */
  showOn(date: IsoDay): void {
    this.date = date;
    const epoch = this.epochs.epochOf(date);
    if (epoch === this.epoch) return;
    this.epoch = epoch;
    if (this.selected || this.involved.length > 0) this.refresh();
  }

  private refresh(): void {
    const source = this.map.getSource<GeoJSONSource>(OUTLINES_SOURCE);
    if (!source || this.date === null) return;
    const drawn = this.epochs.drawnOn(this.date);
    const features = this.countries.features.flatMap((feature) => {
      const { id, iso3, occupation } = feature.properties;
      if (occupation || !drawn.has(id)) return [];
      const kinds = [iso3 === this.selected ? "selected" : null, this.involved.includes(iso3) ? "involved" : null];
      return kinds.flatMap((kind) => (kind ? [{ ...feature, properties: { kind } }] : []));
    });
    source.setData({ type: "FeatureCollection", features });
  }
}
