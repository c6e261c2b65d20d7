import { dayFromNumber, dayNumber, type IsoDay } from "./day";
import {
  EMPTY_SNAPSHOT,
  lastAtOrBefore,
  statusChanges,
  type BlocTimeline,
  type MemberOnDay,
  type MembershipIndex,
  type Snapshot,
  type StatusChange,
} from "./membership-index";
import type { MembershipStatus } from "./membership-status";
import type { Bloc, Interval } from "./schemas/bloc";

export { buildMembershipIndex } from "./membership-index";
export type { ChangeKind, MemberOnDay, MembershipIndex, StatusChange } from "./membership-index";

/** A change point: a day on which some statuses changed, and how. */
export interface ChangePoint {
  readonly date: IsoDay;
  readonly changes: readonly StatusChange[];
}

function timelineOf(index: MembershipIndex, blocId: string): BlocTimeline {
  const timeline = index.timelines.get(blocId);
  if (!timeline) throw new Error(`unknown bloc ${JSON.stringify(blocId)}`);
  return timeline;
}

function boundaryIndex(timeline: BlocTimeline, day: number): number {
  return lastAtOrBefore(timeline.boundaries, day);
}

function snapshotOn(timeline: BlocTimeline, day: number): Snapshot {
  return timeline.snapshots[boundaryIndex(timeline, day)] ?? EMPTY_SNAPSHOT;
}

/**
 * Every country with any status in the bloc that day, sorted by code. The array is shared between
 * calls for the same stretch of days, so an unchanged result keeps its identity (cheap to memoise).
 */
export function membersOn(index: MembershipIndex, blocId: string, day: IsoDay): readonly MemberOnDay[] {
  return snapshotOn(timelineOf(index, blocId), dayNumber(day)).members;
}

/** The countries whose status counts as membership (`COUNTED_STATUSES`) that day. */
export function countedMembersOn(index: MembershipIndex, blocId: string, day: IsoDay): readonly MemberOnDay[] {
  return snapshotOn(timelineOf(index, blocId), dayNumber(day)).counted;
}

export function statusOn(index: MembershipIndex, blocId: string, country: string, day: IsoDay): MembershipStatus | null {
  return snapshotOn(timelineOf(index, blocId), dayNumber(day)).byCountry.get(country)?.status ?? null;
}

/** The blocs a country has a status in that day, in display order (the USA is in NATO and AUKUS). */
export function blocsOfCountryOn(
  index: MembershipIndex,
  country: string,
  day: IsoDay,
): { bloc: string; status: MembershipStatus; interval: Interval }[] {
  const n = dayNumber(day);
  return index.blocIds.flatMap((bloc) => {
    const entry = snapshotOn(timelineOf(index, bloc), n).byCountry.get(country);
    return entry ? [{ bloc, status: entry.status, interval: entry.interval }] : [];
  });
}

/** The days, ascending, on which some country's status in the bloc changes. */
export function changeDays(index: MembershipIndex, blocId: string): readonly IsoDay[] {
  return timelineOf(index, blocId).changeDays;
}

/** The last change strictly before `day`, or null. */
export function previousChange(index: MembershipIndex, blocId: string, day: IsoDay): IsoDay | null {
  const timeline = timelineOf(index, blocId);
  const i = lastAtOrBefore(timeline.changeNumbers, dayNumber(day) - 1);
  return timeline.changeDays[i] ?? null;
}

/** The first change strictly after `day`, or null. */
export function nextChange(index: MembershipIndex, blocId: string, day: IsoDay): IsoDay | null {
  const timeline = timelineOf(index, blocId);
  const i = lastAtOrBefore(timeline.changeNumbers, dayNumber(day)) + 1;
  return timeline.changeDays[i] ?? null;
}

/** The last change point on or before `day` and what changed there, or null before the first one. */
export function changeAtOrBefore(index: MembershipIndex, blocId: string, day: IsoDay): ChangePoint | null {
  const timeline = timelineOf(index, blocId);
  const at = timeline.changeNumbers[lastAtOrBefore(timeline.changeNumbers, dayNumber(day))];
  if (at === undefined) return null;
  return { date: dayFromNumber(at), changes: timeline.deltas[boundaryIndex(timeline, at)] ?? [] };
}

/**
 * The countries whose status on `toDay` differs from their status on `fromDay` (either order), with
 * the status on each (`from`, `to`): what the map recolours. Only the change points between the two days are visited.
 */
export function statusDiff(index: MembershipIndex, blocId: string, fromDay: IsoDay, toDay: IsoDay): StatusChange[] {
  const timeline = timelineOf(index, blocId);
  const from = boundaryIndex(timeline, dayNumber(fromDay));
  const to = boundaryIndex(timeline, dayNumber(toDay));
  if (from === to) return [];
  const touched = new Set<string>();
  for (let i = Math.min(from, to) + 1; i <= Math.max(from, to); i++) {
    for (const change of timeline.deltas[i] ?? []) touched.add(change.country);
  }
  return statusChanges(timeline.snapshots[from] ?? EMPTY_SNAPSHOT, timeline.snapshots[to] ?? EMPTY_SNAPSHOT, touched);
}

/** A country's intervals in every bloc that lists it, in the given order (for the country panel). */
export function countryHistory(
  blocs: readonly Bloc[],
  country: string,
): { bloc: Bloc; intervals: readonly Interval[] }[] {
  return blocs.flatMap((bloc) => {
    const member = bloc.members.find((m) => m.country === country);
    return member ? [{ bloc, intervals: member.intervals }] : [];
  });
}
