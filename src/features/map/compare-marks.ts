import type { GeoJSONSource, Map as MapLibreMap } from "maplibre-gl";
import type { IsoDay } from "../../domain/day";
import { compareMembership } from "../../domain/membership-compare";
import type { Countries } from "../../domain/schemas/shapes";
import type { BlocData } from "../../lib/data/use-bloc-data";
import { COMPARE_SOURCE } from "./map-style";
import { ShapeEpochs } from "./shape-epochs";

/** What a comparison shows: the bloc, the selected date and the date it is compared with. */
export interface CompareTarget {
  bloc: string;
  date: IsoDay;
  compare: IsoDay | null;
}

/**
 * The countries that joined, left or changed status between two dates, outlined and patterned by
 * group in a small source of their own, like the selection's outlines: rebuilt only when the set of
 * marked countries or the shapes drawn change, so a drag with a comparison open stays cheap.
 */
export class CompareMarks {
  private key = "";
  private readonly epochs: ShapeEpochs;

  constructor(
    private readonly map: MapLibreMap,
    private readonly data: BlocData,
    private readonly countries: Countries,
  ) {
    this.epochs = new ShapeEpochs(countries.features.map((f) => f.properties));
  }

  show(target: CompareTarget): void {
    const bloc = this.data.byId.get(target.bloc);
    const changes = new Map<string, string>();
    if (bloc && target.compare) {
      for (const c of compareMembership(bloc, target.compare, target.date).countries) if (c.group !== "unchanged") changes.set(c.country, c.group);
    }
    const key = `${this.epochs.epochOf(target.date)}|${[...changes].join(",")}`;
    const source = this.map.getSource<GeoJSONSource>(COMPARE_SOURCE);
    if (key === this.key || !source) return;
    this.key = key;
    const drawn = this.epochs.drawnOn(target.date);
    const features = this.countries.features.flatMap((feature) => {
      const { id, iso3, occupation } = feature.properties;
      const change = changes.get(iso3);
      return change && !occupation && drawn.has(id) ? [{ ...feature, properties: { change } }] : [];
    });
    source.setData({ type: "FeatureCollection", features });
  }
}
