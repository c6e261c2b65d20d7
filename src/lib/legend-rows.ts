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

export interface LegendParts {
  /** Whether the highlighted bloc has members on the date (its rows are shown only then). */
  shown: boolean;
  /** The highlighted bloc's statuses it has ever used, its treaty area, and the land outside any bloc. */
  rows: LegendRow[];
  /** The other blocs that exist on the date, in their fill. */
  others: LegendRow[];
  /** Blocs founded after the date: named, with the day they were founded, never with a colour of the map. */
  later: Bloc[];
}

/**
 * What each fill on the map means, in the map's own colours. The legend beside the map and the
 * exported picture draw the same rows.
 */
export function legendParts(data: BlocData, bloc: Bloc, date: IsoDay | null, t: Messages, lang: Lang): LegendParts {
  const exists = (id: string) => date === null || membersOn(data.index, id, date).length > 0;
  const shown = exists(bloc.id);
  const has = (statuses: string[]) => bloc.members.some((m) => m.intervals.some((i) => statuses.includes(i.status)));
  const rows: LegendRow[] = [];
  if (shown) {
    rows.push({ key: "member", colour: highlightedFill(bloc.colour, "member"), label: `${t.legendMember} — ${bloc.shortNames[lang]}` });
    if (has(["member-outside-command"])) {
      rows.push({ key: "outside", colour: highlightedFill(bloc.colour, "member-outside-command"), label: t.legendOutsideCommand });
    }
    if (has(["inactive"])) rows.push({ key: "inactive", colour: highlightedFill(bloc.colour, "inactive"), label: t.status.inactive });
    if (has(["partner", "observer", "suspended"])) {
      rows.push({ key: "partner", colour: highlightedFill(bloc.colour, "partner"), label: t.legendPartner });
    }
    if (bloc.treatyArea) rows.push({ key: "area", colour: outsideTreatyAreaFill(bloc.colour), label: t.legendOutsideTreatyArea });
  }
  rows.push({ key: "none", colour: LAND_COLOUR, label: t.legendNone });
  const others = data.blocs
    .filter((b) => b.id !== bloc.id && exists(b.id))
    .map((other) => ({ key: other.id, colour: otherBlocFill(other.colour), label: other.shortNames[lang] }));
  const later = data.blocs.filter((b) => date !== null && b.founded.date > date);
  return { shown, rows, others, later };
}
