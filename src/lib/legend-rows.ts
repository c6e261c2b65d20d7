import type { IsoDay } from "../domain/day";
import { membersOn } from "../domain/membership";
import type { Bloc } from "../domain/schemas/bloc";
import { highlightedFill, LAND_COLOUR, otherBlocFill, outsideTreatyAreaFill } from "./bloc-colours";
import type { BlocData } from "./data/use-bloc-data";
import type { Lang, Messages } from "./i18n";

export interface LegendRow {
  key: string;
  colour: string;
  label: string;
}

/**
 * What each fill on the map means, in the map's own colours: the highlighted bloc's statuses it has
 * ever used, its treaty area, the other blocs that exist on the date, and the land outside them. The
 * legend beside the map and the exported picture draw the same rows.
 */
export function legendRows(data: BlocData, bloc: Bloc, date: IsoDay | null, t: Messages, lang: Lang): LegendRow[] {
  const others = data.blocs.filter((b) => b.id !== bloc.id && (date === null || membersOn(data.index, b.id, date).length > 0));
  const has = (statuses: string[]) => bloc.members.some((m) => m.intervals.some((i) => statuses.includes(i.status)));
  const rows: LegendRow[] = [
    { key: "member", colour: highlightedFill(bloc.colour, "member"), label: `${t.legendMember} — ${bloc.shortNames[lang]}` },
  ];
  if (has(["member-outside-command"])) {
    rows.push({ key: "outside", colour: highlightedFill(bloc.colour, "member-outside-command"), label: t.legendOutsideCommand });
  }
  if (has(["inactive"])) rows.push({ key: "inactive", colour: highlightedFill(bloc.colour, "inactive"), label: t.status.inactive });
  if (has(["partner", "observer", "suspended"])) {
    rows.push({ key: "partner", colour: highlightedFill(bloc.colour, "partner"), label: t.legendPartner });
  }
  if (bloc.treatyArea) rows.push({ key: "area", colour: outsideTreatyAreaFill(bloc.colour), label: t.legendOutsideTreatyArea });
  for (const other of others) {
    rows.push({ key: other.id, colour: otherBlocFill(other.colour), label: `${t.labelled(t.legendOther)} ${other.shortNames[lang]}` });
  }
  rows.push({ key: "none", colour: LAND_COLOUR, label: t.legendNone });
  return rows;
}
