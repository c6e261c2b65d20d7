import type { IsoDay } from "./day";
import { blocsOfCountryOn, statusOn, type MembershipIndex } from "./membership";
import type { MembershipStatus } from "./membership-status";
import type { Bloc } from "./schemas/bloc";
import type { AppTerritory } from "./schemas/app-states";
import { holdsOn, sovereignOn, type StatesIndex } from "./states";

/**
 * What a shape on the map stands for in the highlighted bloc on a date: one function for the map's
 * colours, its text surface and the country panel, so the three always agree. A territory takes its
 * state's standing only where the bloc's treaty covers it; elsewhere it is shown as outside the area.
 */
export type Standing =
  | { kind: "member"; bloc: string; status: MembershipStatus; sovereign: string | null }
  | { kind: "outside-treaty-area"; bloc: string; status: MembershipStatus; sovereign: string }
  | { kind: "other-bloc"; bloc: string }
  | { kind: "none" };

export interface StandingData {
  index: MembershipIndex;
  byId: ReadonlyMap<string, Bloc>;
}

/** Whether the bloc's treaty covers the territory on `day`: its listed areas, else the state's own parts. */
export function coversOn(bloc: Bloc | undefined, territory: AppTerritory, day: IsoDay): boolean {
  if (bloc?.treatyArea) return bloc.treatyArea.covers.some((c) => c.area === territory.code && holdsOn(c, day));
  return isPartOn(territory, day);
}

/** Whether the territory is part of its state on `day`, rather than a dependency. */
export function isPartOn(territory: AppTerritory, day: IsoDay): boolean {
  return territory.sovereignty.find((s) => holdsOn(s, day))?.part ?? territory.part;
}

/** The shape's standing: `iso3` is the country it belongs to, `area` the territory it is (if any). */
export function standingOn(
  data: StandingData,
  states: StatesIndex,
  shape: { iso3: string; area?: string | undefined },
  bloc: string,
  day: IsoDay,
): Standing {
  const territory = states.territories.get(shape.area ?? shape.iso3);
  const sovereign = territory ? sovereignOn(states, territory.code, day) : null;
  const country = sovereign ?? shape.iso3;
  const status = statusOn(data.index, bloc, country, day);
  if (status) {
    if (!territory || !sovereign || coversOn(data.byId.get(bloc), territory, day)) return { kind: "member", bloc, status, sovereign };
    return { kind: "outside-treaty-area", bloc, status, sovereign };
  }
  const other = blocsOfCountryOn(data.index, country, day).find(
    (b) => b.bloc !== bloc && (!territory || !sovereign || coversOn(data.byId.get(b.bloc), territory, day)),
  );
  return other ? { kind: "other-bloc", bloc: other.bloc } : { kind: "none" };
}
