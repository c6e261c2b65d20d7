import type { IsoDay } from "../../domain/day";
import { COUNTED_STATUSES } from "../../domain/membership-status";
import type { Interval } from "../../domain/schemas/bloc";
import { standingOn } from "../../domain/standing";
import { holdsOn, nameOn, sovereignOn, type StatesIndex } from "../../domain/states";
import type { BlocData } from "../../lib/data/use-bloc-data";
import { formatDay, type Lang, type Messages } from "../../lib/i18n";
import type { MAP_TEXT_MESSAGES } from "./map-text-messages";

/** The words a tooltip uses: the page's catalogue and the map text's, no others. */
export type HoverMessages = Messages & (typeof MAP_TEXT_MESSAGES)[Lang];

export interface HoverTarget {
  /** The shape under the pointer (countries.geojson's properties). */
  iso3: string;
  area?: string | undefined;
  /** The occupied area under the pointer, by its id in states.json, if any. */
  occupation?: string | undefined;
}

export interface HoverText {
  name: string;
  lines: string[];
}

/** A message of the map text's list set at the start of a line. */
function capitalised(text: string, lang: Lang): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

/** The first interval of the unbroken run of counted statuses that `intervals[at]` ends. */
function joinedWith(intervals: readonly Interval[], at: number): Interval | undefined {
  let first = at;
  for (;;) {
    const [before, after] = [intervals[first - 1], intervals[first]];
    if (!before || !after || !COUNTED_STATUSES.has(before.status) || before.to !== after.from) return after;
    first -= 1;
  }
}

/**
 * A country's status in a bloc on `day`, with the day it began: a member since it joined, through
 * changes between counted statuses, and the status it holds now when it is another of them (France
 * outside the integrated command 1966–2009). A territory's status is its state's, with no day.
 */
function statusLines(intervals: readonly Interval[], day: IsoDay, bloc: string, territory: boolean, lang: Lang, t: HoverMessages): string[] {
  const sorted = [...intervals].sort((a, b) => (a.from < b.from ? -1 : 1));
  const at = sorted.findIndex((interval) => holdsOn(interval, day));
  const current = sorted[at];
  if (!current) return [];
  const label = t.labelled(bloc);
  const since = (from: IsoDay) => `${t.since} ${formatDay(from, lang)}`;
  if (territory) return [`${label} ${t.status[current.status]}`];
  if (!COUNTED_STATUSES.has(current.status)) return [`${label} ${t.status[current.status]} ${since(current.from)}`];
  const joined = `${label} ${t.status.member} ${since(joinedWith(sorted, at)?.from ?? current.from)}`;
  return current.status === "member" ? [joined] : [joined, `${t.status[current.status]} ${since(current.from)}`];
}

/**
 * What the map's tooltip says about a shape on a date: its name, its standing in the highlighted
 * bloc in the words of the country panel and the legend ("NATO: Member since 4 April 1949"; "NATO:
 * Not in this bloc" and the bloc it is in instead; "Outside NATO's treaty area"), and the occupation
 * of the area under the pointer. The standing is the one the map's colour shows (standing.ts).
 */
export function hoverText(
  target: HoverTarget,
  { bloc, date, lang, blocs, states, t }: { bloc: string; date: IsoDay; lang: Lang; blocs: BlocData; states: StatesIndex; t: HoverMessages },
): HoverText {
  const standing = standingOn(blocs, states, target, bloc, date);
  const sovereign = sovereignOn(states, target.area ?? target.iso3, date);
  const inBloc = (id: string) => {
    const other = blocs.byId.get(id);
    const intervals = other?.members.find((m) => m.country === (sovereign ?? target.iso3))?.intervals ?? [];
    return statusLines(intervals, date, other?.shortNames[lang] ?? id, sovereign !== null, lang, t);
  };
  const shortName = blocs.byId.get(bloc)?.shortNames[lang] ?? bloc;
  const lines: string[] = [];
  if (standing.kind === "member") lines.push(...inBloc(bloc));
  else if (standing.kind === "outside-treaty-area") lines.push(capitalised(t.outsideTreatyArea(shortName), lang));
  else lines.push(`${t.labelled(shortName)} ${t.legendNone}`);
  if (standing.kind === "other-bloc") lines.push(...inBloc(standing.bloc));
  const occupation = states.file.occupations.find((o) => o.id === target.occupation && holdsOn(o, date));
  if (occupation) {
    lines.push(t.occupiedBy(occupation.names[lang], nameOn(states, occupation.occupier, lang, date), formatDay(occupation.from, lang)));
  }
  return { name: nameOn(states, target.area ?? target.iso3, lang, date), lines };
}
