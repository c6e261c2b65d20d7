import { compareDays, dayNumber, type IsoDay } from "./day";
import { intervalOn } from "./membership-index";
import { COUNTED_STATUSES, type MembershipStatus } from "./membership-status";
import type { Bloc, Interval, Member } from "./schemas/bloc";

/** How a country moved between two days: into membership, out of it, to another status, or not at all. */
export const COMPARISON_GROUPS = ["joined", "left", "changed", "unchanged"] as const;
export type ComparisonGroup = (typeof COMPARISON_GROUPS)[number];

/**
 * The dated fact behind a country's group: an interval of the bloc file, read at its start (`from`:
 * joined, now holds this status) or at its end (`to`: left, no longer holds it). Its source says so.
 */
export interface ComparisonFact {
  readonly date: IsoDay;
  readonly edge: "from" | "to";
  readonly interval: Interval;
}

export interface ComparedCountry {
  readonly country: string;
  readonly group: ComparisonGroup;
  /** The status on the earlier day and on the later one; null for none. */
  readonly before: MembershipStatus | null;
  readonly after: MembershipStatus | null;
  readonly fact: ComparisonFact;
}

export interface MembershipComparison {
  readonly earlier: IsoDay;
  readonly later: IsoDay;
  /** Every country with a status on either day, by code. */
  readonly countries: readonly ComparedCountry[];
}

const counted = (status: MembershipStatus | null) => status !== null && COUNTED_STATUSES.has(status);
const after = (day: IsoDay, earlier: IsoDay, later: IsoDay) => compareDays(day, earlier) > 0 && compareDays(day, later) <= 0;

function groupOf(before: MembershipStatus | null, now: MembershipStatus | null): ComparisonGroup {
  if (!counted(before) && counted(now)) return "joined";
  if (counted(before) && !counted(now)) return "left";
  return before === now ? "unchanged" : "changed";
}

/**
 * The fact that explains the group: when the country first counted as a member after the earlier day
 * (joined), when it last stopped counting (left), when it took the status it holds (changed,
 * unchanged), or when it lost the one it held.
 */
function factOf(member: Member, group: ComparisonGroup, was: Interval | null, is: Interval | null, earlier: IsoDay, later: IsoDay): ComparisonFact {
  const { intervals } = member;
  if (group === "joined") {
    const start = intervals.find((i) => counted(i.status) && after(i.from, earlier, later));
    if (start) return { date: start.from, edge: "from", interval: start };
  }
  if (group === "left") {
    const end = intervals.findLast((i) => counted(i.status) && i.to !== undefined && after(i.to, earlier, later));
    if (end?.to) return { date: end.to, edge: "to", interval: end };
  }
  if (is) return { date: is.from, edge: "from", interval: is };
  // No status on the later day: the one held on the earlier day ended in between.
  const ended = was as Interval;
  return { date: ended.to ?? later, edge: "to", interval: ended };
}

/**
 * What changed in a bloc between two days, in either order: the comparison always runs from the
 * earlier to the later. Membership is the counted statuses (`COUNTED_STATUSES`): a partner that becomes
 * a member joined, a member that becomes a partner left, a member outside the command that returns to
 * it changed. Each country comes with the dated, sourced fact that says so.
 */
export function compareMembership(bloc: Bloc, first: IsoDay, second: IsoDay): MembershipComparison {
  const [earlier, later] = compareDays(first, second) <= 0 ? [first, second] : [second, first];
  const countries: ComparedCountry[] = [];
  for (const member of bloc.members) {
    const was = intervalOn(member.intervals, dayNumber(earlier));
    const is = intervalOn(member.intervals, dayNumber(later));
    if (!was && !is) continue;
    const before = was?.status ?? null;
    const now = is?.status ?? null;
    const group = groupOf(before, now);
    countries.push({ country: member.country, group, before, after: now, fact: factOf(member, group, was, is, earlier, later) });
  }
  countries.sort((a, b) => (a.country < b.country ? -1 : a.country > b.country ? 1 : 0));
  return { earlier, later, countries };
}
