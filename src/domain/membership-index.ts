import { dayFromNumber, dayNumber, type IsoDay } from "./day";
import { COUNTED_STATUSES, type MembershipStatus } from "./membership-status";
import type { Bloc, Interval } from "./schemas/bloc";

/** A country's standing in a bloc on some day, with the interval that says so. */
export interface MemberOnDay {
  readonly country: string;
  readonly status: MembershipStatus;
  readonly interval: Interval;
}

export type ChangeKind = "joined" | "left" | "status-changed";

/** How one country's status moved between two days; `null` means no status at all. */
export interface StatusChange {
  readonly country: string;
  readonly kind: ChangeKind;
  readonly from: MembershipStatus | null;
  readonly to: MembershipStatus | null;
}

export function statusChange(country: string, from: MembershipStatus | null, to: MembershipStatus | null): StatusChange {
  const kind: ChangeKind = from === null ? "joined" : to === null ? "left" : "status-changed";
  return { country, kind, from, to };
}

/** Who stands where from one boundary day until the next. Arrays are shared: treat them as read-only. */
export interface Snapshot {
  readonly members: readonly MemberOnDay[];
  readonly counted: readonly MemberOnDay[];
  readonly byCountry: ReadonlyMap<string, MemberOnDay>;
}

export interface BlocTimeline {
  readonly bloc: Bloc;
  /** Every day an interval starts or ends (day numbers, ascending); `snapshots[i]` holds from `boundaries[i]`. */
  readonly boundaries: readonly number[];
  readonly snapshots: readonly Snapshot[];
  /** `deltas[i]`: status changes on `boundaries[i]` (empty when only a note or source changed). */
  readonly deltas: readonly (readonly StatusChange[])[];
  /** The boundaries where some status changes, as day numbers and as days. */
  readonly changeNumbers: readonly number[];
  readonly changeDays: readonly IsoDay[];
}

/** Built once when the data loads; every query then costs a binary search and a lookup. */
export interface MembershipIndex {
  readonly blocIds: readonly string[];
  readonly timelines: ReadonlyMap<string, BlocTimeline>;
}

export const EMPTY_SNAPSHOT: Snapshot = { members: [], counted: [], byCountry: new Map() };

/** The index of the last element ≤ `value` in an ascending array, or -1 when there is none. */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as number) <= value) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/** The interval in force on day number `day`, or null. */
export function intervalOn(intervals: readonly Interval[], day: number): Interval | null {
  // Intervals are ordered and disjoint (the schema checks it), so the last one starting by `day` is the candidate.
  const starts = intervals.map((interval) => dayNumber(interval.from));
  const candidate = intervals[lastAtOrBefore(starts, day)];
  if (candidate === undefined) return null;
  return candidate.to === undefined || day < dayNumber(candidate.to) ? candidate : null;
}

function snapshotOn(bloc: Bloc, day: number): Snapshot {
  const members: MemberOnDay[] = [];
  for (const member of bloc.members) {
    const interval = intervalOn(member.intervals, day);
    if (interval) members.push({ country: member.country, status: interval.status, interval });
  }
  members.sort((a, b) => (a.country < b.country ? -1 : a.country > b.country ? 1 : 0));
  return {
    members,
    counted: members.filter((m) => COUNTED_STATUSES.has(m.status)),
    byCountry: new Map(members.map((m) => [m.country, m])),
  };
}

/** How `countries` (by default every country in either snapshot) moved from one snapshot to the other. */
export function statusChanges(
  before: Snapshot,
  after: Snapshot,
  countries: Iterable<string> = new Set([...before.byCountry.keys(), ...after.byCountry.keys()]),
): StatusChange[] {
  const changes: StatusChange[] = [];
  for (const country of [...countries].sort()) {
    const was = before.byCountry.get(country)?.status ?? null;
    const is = after.byCountry.get(country)?.status ?? null;
    if (was !== is) changes.push(statusChange(country, was, is));
  }
  return changes;
}

function buildTimeline(bloc: Bloc): BlocTimeline {
  const days = new Set<number>();
  for (const member of bloc.members) {
    for (const interval of member.intervals) {
      days.add(dayNumber(interval.from));
      if (interval.to !== undefined) days.add(dayNumber(interval.to));
    }
  }
  const boundaries = [...days].sort((a, b) => a - b);
  const snapshots = boundaries.map((day) => snapshotOn(bloc, day));
  const deltas = snapshots.map((snapshot, i) => statusChanges(snapshots[i - 1] ?? EMPTY_SNAPSHOT, snapshot));
  const changeNumbers = boundaries.filter((_, i) => (deltas[i] as StatusChange[]).length > 0);
  return { bloc, boundaries, snapshots, deltas, changeNumbers, changeDays: changeNumbers.map(dayFromNumber) };
}

/** Precomputes every bloc's change points and the membership between them. */
export function buildMembershipIndex(blocs: readonly Bloc[]): MembershipIndex {
  return {
    blocIds: blocs.map((bloc) => bloc.id),
    timelines: new Map(blocs.map((bloc) => [bloc.id, buildTimeline(bloc)])),
  };
}
