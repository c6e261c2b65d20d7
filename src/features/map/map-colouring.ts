import type { Map as MapLibreMap } from "maplibre-gl";
import { territoriesBySovereign } from "../../domain/countries";
import type { IsoDay } from "../../domain/day";
import { blocsOfCountryOn, statusDiff, statusOn } from "../../domain/membership";
import { highlightedFill, LAND_COLOUR, otherBlocFill } from "../../lib/bloc-colours";
import type { BlocData } from "../../lib/data/use-bloc-data";
import { COUNTRIES_SOURCE, POINTS_SOURCE } from "./map-style";

/** What the map shows: the highlighted bloc on a date. */
export interface ColouringTarget {
  bloc: string;
  date: IsoDay;
}

/**
 * Colours countries through feature state. Moving the date only touches the countries whose standing in
 * some bloc changed between the two days (from the precomputed change points); switching the bloc
 * recolours every country that is in any bloc, a few dozen at most. A dependent territory (Greenland)
 * takes its sovereign state's colour.
 */
export class MapColouring {
  private applied = new Map<string, string>();
  private target: ColouringTarget | null = null;
  private readonly allBlocCountries: string[];
  private readonly territories = territoriesBySovereign();

  constructor(
    private readonly map: MapLibreMap,
    private readonly data: BlocData,
  ) {
    this.allBlocCountries = [...new Set(data.blocs.flatMap((b) => b.members.map((m) => m.country)))];
  }

  fillOf(country: string, target: ColouringTarget): string {
    const status = statusOn(this.data.index, target.bloc, country, target.date);
    if (status) {
      const colour = this.data.byId.get(target.bloc)?.colour;
      if (colour) return highlightedFill(colour, status);
    }
    const other = blocsOfCountryOn(this.data.index, country, target.date).find((b) => b.bloc !== target.bloc);
    const otherColour = other ? this.data.byId.get(other.bloc)?.colour : undefined;
    return otherColour ? otherBlocFill(otherColour) : LAND_COLOUR;
  }

  /** Moves the map to `next`; returns how many countries were recoloured. */
  update(next: ColouringTarget): number {
    const previous = this.target;
    this.target = next;
    const candidates =
      previous === null || previous.bloc !== next.bloc
        ? this.allBlocCountries
        : this.changedBetween(previous.date, next.date);
    let recoloured = 0;
    for (const country of candidates) {
      const fill = this.fillOf(country, next);
      if ((this.applied.get(country) ?? LAND_COLOUR) === fill) continue;
      this.applied.set(country, fill);
      for (const shape of [country, ...(this.territories.get(country) ?? [])]) this.paint(shape, fill);
      recoloured += 1;
    }
    return recoloured;
  }

  private paint(shape: string, fill: string): void {
    const state = { fill, inBloc: fill !== LAND_COLOUR };
    this.map.setFeatureState({ source: COUNTRIES_SOURCE, id: shape }, state);
    this.map.setFeatureState({ source: POINTS_SOURCE, id: shape }, state);
  }

  private changedBetween(from: IsoDay, to: IsoDay): Iterable<string> {
    if (from === to) return [];
    const changed = new Set<string>();
    for (const bloc of this.data.blocs) {
      for (const change of statusDiff(this.data.index, bloc.id, from, to)) changed.add(change.country);
    }
    return changed;
  }
}
