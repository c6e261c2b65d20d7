import type { IsoDay } from "../../domain/day";
import { membersOn, type MembershipIndex } from "../../domain/membership";
import type { Bloc, BlocKind } from "../../domain/schemas/bloc";

/** The kinds in the order the switcher shows them: alliances first. */
const KIND_ORDER: readonly BlocKind[] = ["military-alliance", "security-pact", "strategic-partnership", "forum"];

export interface BlocChoice {
  bloc: Bloc;
  /** Whether the bloc has anyone in it on the date. */
  active: boolean;
  /**
   * When it is not active: the year its members come next (`from`, Russia–China in 1990: 2001), or
   * the years it spanned once it has ended for good (`from`–`to`).
   */
  years: { from: string; to: string | null };
}

export interface BlocGroup {
  kind: BlocKind;
  choices: BlocChoice[];
}

function yearsOf(bloc: Bloc, date: IsoDay | null): BlocChoice["years"] {
  const intervals = bloc.members.flatMap((m) => m.intervals);
  const next = date === null ? undefined : intervals.map((i) => i.from).filter((from) => from > date).sort()[0];
  if (next) return { from: next.slice(0, 4), to: null };
  const from = intervals.map((i) => i.from).sort()[0] ?? bloc.founded.date;
  const open = intervals.some((i) => i.to === undefined);
  const to = open ? null : (intervals.map((i) => i.to ?? "").sort().at(-1) ?? null);
  return { from: from.slice(0, 4), to: to ? to.slice(0, 4) : null };
}

/**
 * The switcher's blocs grouped by kind, each group with the blocs that exist on the date first (then
 * in display order), and the groups with a bloc that exists on the date before the others.
 */
export function groupBlocs(blocs: readonly Bloc[], index: MembershipIndex, date: IsoDay | null): BlocGroup[] {
  const choices = blocs.map((bloc, order) => ({
    order,
    bloc,
    active: date === null || membersOn(index, bloc.id, date).length > 0,
    years: yearsOf(bloc, date),
  }));
  const byActive = (a: { active: boolean; order: number }, b: { active: boolean; order: number }) =>
    Number(b.active) - Number(a.active) || a.order - b.order;
  return KIND_ORDER.map((kind) => ({ kind, choices: choices.filter((c) => c.bloc.kind === kind).sort(byActive) }))
    .filter((group) => group.choices.length > 0)
    .map((group, order) => ({ ...group, order, active: group.choices.some((c) => c.active) }))
    .sort(byActive)
    .map(({ kind, choices: list }) => ({ kind, choices: list.map(({ bloc, active, years }) => ({ bloc, active, years })) }));
}
