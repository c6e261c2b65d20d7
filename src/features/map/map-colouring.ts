import type { Map as MapLibreMap } from "maplibre-gl";
import type { IsoDay } from "../../domain/day";
import { statusDiff } from "../../domain/membership";
import { standingOn } from "../../domain/standing";
import type { StatesIndex } from "../../domain/states";
import { LAND_COLOUR, standingFill } from "../../lib/bloc-colours";
import type { BlocData } from "../../lib/data/use-bloc-data";
import { COUNTRIES_SOURCE, POINTS_SOURCE } from "./map-style";
import { ShapeEpochs, type DatedShape } from "./shape-epochs";

/** What the map shows: the highlighted bloc on a date. */
export interface ColouringTarget {
  bloc: string;
  date: IsoDay;
}

/** A shape as the map knows it (countries.geojson's properties). */
export interface MapShape extends DatedShape {
  readonly iso3: string;
  readonly area?: string | undefined;
  readonly occupation?: string | undefined;
}

/**
 * Colours shapes and shows the ones drawn on the date, all through feature state: the GeoJSON is never
 * rebuilt. Moving the date touches only the shapes of countries whose standing in some bloc changed
 * (from the precomputed change points) and the few dozen territories, whose standing follows their
 * state's; the set of shapes drawn changes only on the days borders changed. Switching the bloc
 * recolours every shape of a country that is in any bloc.
 */
export class MapColouring {
  private readonly applied = new Map<string, string>();
  private target: ColouringTarget | null = null;
  private epoch: number | null = null;
  private drawn: ReadonlySet<string> = new Set();
  private readonly epochs: ShapeEpochs;
  private readonly byCountry = new Map<string, MapShape[]>();
  /** Territory shapes by each state they ever belonged to: their standing follows that state's. */
  private readonly territoriesOf = new Map<string, MapShape[]>();
  /** Territory shapes with the days their state or a treaty's coverage of them changes. */
  private readonly territoryChanges: { shape: MapShape; days: string[] }[] = [];
  private readonly blocShapes: MapShape[];

  constructor(
    private readonly map: MapLibreMap,
    private readonly data: BlocData,
    private readonly states: StatesIndex,
    private readonly shapes: readonly MapShape[],
  ) {
    this.epochs = new ShapeEpochs(shapes);
    const countries = shapes.filter((s) => !s.occupation);
    for (const shape of countries) this.byCountry.set(shape.iso3, [...(this.byCountry.get(shape.iso3) ?? []), shape]);
    const territoryShapes = countries.filter((s) => states.territories.has(s.area ?? s.iso3));
    for (const shape of territoryShapes) {
      const territory = states.territories.get(shape.area ?? shape.iso3);
      if (!territory) continue;
      for (const { state } of territory.sovereignty) this.territoriesOf.set(state, [...(this.territoriesOf.get(state) ?? []), shape]);
      const covers = data.blocs.flatMap((b) => b.treatyArea?.covers.filter((c) => c.area === territory.code) ?? []);
      const days = [...territory.sovereignty, ...covers].flatMap((d) => [d.from, d.to]).filter((d): d is string => d !== undefined);
      if (days.length > 0) this.territoryChanges.push({ shape, days });
    }
    const inBlocs = new Set(data.blocs.flatMap((b) => b.members.map((m) => m.country)));
    this.blocShapes = [...new Set([...countries.filter((s) => inBlocs.has(s.iso3)), ...territoryShapes])];
  }

  /** The shapes of a country (DEU: West Germany's and reunified Germany's). */
  shapesOf(iso3: string): readonly MapShape[] {
    return this.byCountry.get(iso3) ?? [];
  }

  fillOf(shape: MapShape, target: ColouringTarget): string {
    const standing = standingOn(this.data, this.states, shape, target.bloc, target.date);
    return standingFill(standing, (bloc) => this.data.byId.get(bloc)?.colour);
  }

  /** Moves the map to `next`; returns how many shapes were recoloured. */
  update(next: ColouringTarget): number {
    const previous = this.target;
    this.target = next;
    this.showShapesOn(next.date);
    const candidates =
      previous === null || previous.bloc !== next.bloc ? this.blocShapes : this.changedBetween(previous.date, next.date);
    let recoloured = 0;
    for (const shape of candidates) {
      const fill = this.fillOf(shape, next);
      if ((this.applied.get(shape.id) ?? LAND_COLOUR) === fill) continue;
      this.applied.set(shape.id, fill);
      this.setState(shape.id, { fill, inBloc: fill !== LAND_COLOUR });
      recoloured += 1;
    }
    return recoloured;
  }

  private showShapesOn(date: IsoDay): void {
    const epoch = this.epochs.epochOf(date);
    if (epoch === this.epoch) return;
    const drawn = this.epochs.drawnOn(date);
    for (const shape of this.shapes) {
      const shown = drawn.has(shape.id);
      if (this.epoch === null || shown !== this.drawn.has(shape.id)) this.setState(shape.id, { shown });
    }
    this.epoch = epoch;
    this.drawn = drawn;
  }

  private setState(id: string, state: Record<string, unknown>): void {
    this.map.setFeatureState({ source: COUNTRIES_SOURCE, id }, state);
    this.map.setFeatureState({ source: POINTS_SOURCE, id }, state);
  }

  private changedBetween(from: IsoDay, to: IsoDay): Iterable<MapShape> {
    if (from === to) return [];
    const changed = new Set<MapShape>();
    for (const bloc of this.data.blocs) {
      for (const change of statusDiff(this.data.index, bloc.id, from, to)) {
        for (const shape of this.shapesOf(change.country)) changed.add(shape);
        for (const shape of this.territoriesOf.get(change.country) ?? []) changed.add(shape);
      }
    }
    const [earlier, later] = from < to ? [from, to] : [to, from];
    for (const { shape, days } of this.territoryChanges) {
      if (days.some((day) => earlier < day && day <= later)) changed.add(shape);
    }
    return changed;
  }
}
