import { compareCountryNames } from "../domain/countries";
import type { IsoDay } from "../domain/day";
import { membersOn, type MembershipIndex } from "../domain/membership";
import { COMPARISON_GROUPS, compareMembership, type ComparisonFact, type ComparisonGroup } from "../domain/membership-compare";
import { COUNTED_STATUSES, type MembershipStatus } from "../domain/membership-status";
import type { Bloc, Interval } from "../domain/schemas/bloc";
import { nameOn, type StatesIndex } from "../domain/states";
import type { Lang } from "./i18n";

/** One country as the Members region lists it, and as the exports write it. */
export interface ShownMember {
  country: string;
  /** The country's name on the day it is listed for (a state that left, on the earlier day). */
  name: string;
  /** Its status on the selected date; null for a country that left before it, or joins after it. */
  status: MembershipStatus | null;
  /** The interval behind the row: the one in force on the date, or the fact behind a comparison's group. */
  interval: Interval;
  /** While comparing: the country's group and the fact behind it. */
  change: { group: ComparisonGroup; fact: ComparisonFact } | null;
}

const byName = (lang: Lang) => (a: ShownMember, b: ShownMember) => compareCountryNames(a.name, b.name, lang);

/**
 * The countries the Members region lists, in its order: on one date, the members by name then the
 * partners and observers by name; while comparing, the groups in order (joined, left, changed,
 * unchanged), each by name. One function for the list and the exports, so they agree row for row.
 */
export function shownMembers(
  index: MembershipIndex,
  states: StatesIndex | undefined,
  bloc: Bloc,
  date: IsoDay,
  compare: IsoDay | null,
  lang: Lang,
): ShownMember[] {
  if (compare === null) {
    const rows = membersOn(index, bloc.id, date).map(
      (m): ShownMember => ({ country: m.country, name: nameOn(states, m.country, lang, date), status: m.status, interval: m.interval, change: null }),
    );
    const counted = rows.filter((r) => r.status !== null && COUNTED_STATUSES.has(r.status)).sort(byName(lang));
    return [...counted, ...rows.filter((r) => !counted.includes(r)).sort(byName(lang))];
  }
  const { earlier, later, countries } = compareMembership(bloc, compare, date);
  const rows = countries.map(
    (c): ShownMember => ({
      country: c.country,
      name: nameOn(states, c.country, lang, c.after ? later : earlier),
      status: date === later ? c.after : c.before,
      interval: c.fact.interval,
      change: { group: c.group, fact: c.fact },
    }),
  );
  return COMPARISON_GROUPS.flatMap((group) => rows.filter((r) => r.change?.group === group).sort(byName(lang)));
}
