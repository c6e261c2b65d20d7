import { countryName, type CountryLang } from "./countries";
import type { IsoDay } from "./day";
import type { AppOccupation, AppPeriod, AppStates, AppTerritory } from "./schemas/app-states";

/**
 * Lookups over data/states (built once when states.json loads): what a code was on a date — a former
 * state's period, a territory's sovereign, the union a republic was part of — and the occupations.
 */
export interface StatesIndex {
  readonly file: AppStates;
  readonly territories: ReadonlyMap<string, AppTerritory>;
  /** The periods drawing each code (SUN, DEU before 1990…). */
  readonly periodsOf: ReadonlyMap<string, readonly AppPeriod[]>;
  /** The periods each of today's shapes is drawn within (UKR → the Soviet Union's). */
  readonly containedIn: ReadonlyMap<string, readonly AppPeriod[]>;
}

export function buildStatesIndex(file: AppStates): StatesIndex {
  const periodsOf = new Map<string, AppPeriod[]>();
  const containedIn = new Map<string, AppPeriod[]>();
  for (const period of file.periods) {
    periodsOf.set(period.code, [...(periodsOf.get(period.code) ?? []), period]);
    for (const part of period.parts) if (part !== period.code) containedIn.set(part, [...(containedIn.get(part) ?? []), period]);
  }
  return { file, territories: new Map(file.territories.map((t) => [t.code, t])), periodsOf, containedIn };
}

/** Whether `day` falls in `[from, to)`; a missing bound is open. */
export function holdsOn(dated: { from?: IsoDay | undefined; to?: IsoDay | undefined }, day: IsoDay): boolean {
  return (dated.from === undefined || dated.from <= day) && (dated.to === undefined || day < dated.to);
}

/** The period that draws `code` on `day` (the Soviet Union of 1960), if the code is drawn by one. */
export function periodOn(index: StatesIndex, code: string, day: IsoDay): AppPeriod | undefined {
  return index.periodsOf.get(code)?.find((p) => holdsOn(p, day));
}

/** The former state a code was part of on `day` (Ukraine in 1960: the Soviet Union). */
export function containingPeriodOn(index: StatesIndex, code: string, day: IsoDay): AppPeriod | undefined {
  return index.containedIn.get(code)?.find((p) => holdsOn(p, day) && p.code !== code);
}

/** Whether a code only names a former state (SUN, DDR), so that it exists only on its periods' days. */
export function isFormerState(index: StatesIndex, code: string): boolean {
  return index.file.formerStates.includes(code);
}

/** The days a former state existed, as the first and the day after the last (open bounds undefined). */
export function lifetimeOf(index: StatesIndex, code: string): { from?: IsoDay; to?: IsoDay } {
  const periods = index.periodsOf.get(code) ?? [];
  const froms = periods.map((p) => p.from);
  const tos = periods.map((p) => p.to);
  const from = froms.includes(undefined) ? undefined : froms.sort()[0];
  const to = tos.includes(undefined) ? undefined : tos.sort().at(-1);
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** The name a country went by on `day`: West Germany for DEU in 1960, else its usual name. */
export function nameOn(index: StatesIndex | undefined, code: string, lang: CountryLang, day: IsoDay | null): string {
  const period = index && day ? periodOn(index, code, day) : undefined;
  return period?.names?.[lang] ?? index?.territories.get(code)?.names?.[lang] ?? countryName(code, lang);
}

/** The state a territory belonged to on `day`, or null (not a territory, or independent by then). */
export function sovereignOn(index: StatesIndex, area: string, day: IsoDay): string | null {
  return index.territories.get(area)?.sovereignty.find((s) => holdsOn(s, day))?.state ?? null;
}

/** The occupations that concern a country: of its territory (Crimea for UKR) or by it (Crimea for RUS). */
export function occupationsOf(index: StatesIndex, code: string): AppOccupation[] {
  return index.file.occupations.filter((o) => o.sovereign === code || o.occupier === code);
}
