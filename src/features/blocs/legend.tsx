import { memo } from "react";
import { DataError } from "../../components/data-error";
import type { IsoDay } from "../../domain/day";
import { membersOn } from "../../domain/membership";
import { highlightedFill, LAND_COLOUR, otherBlocFill, outsideTreatyAreaFill } from "../../lib/bloc-colours";
import { useBlocData, useHighlightedBloc } from "../../lib/data/use-bloc-data";
import { useLang, useMessages } from "../../lib/use-lang";
import { useSettledDate } from "../../lib/use-settled-date";
import "./blocs.css";

/** What each fill on the map means, in the map's own colours; other blocs only when they exist on the date. */
export function Legend() {
  const { error } = useBlocData();
  const t = useMessages();
  // The settled date changes after a drag, not on its every frame: the legend re-renders only then.
  const date = useSettledDate();
  if (error) {
    return (
      <section className="legend" aria-label={t.legend}>
        <DataError error={error} region={t.legendRegion} />
      </section>
    );
  }
  return <LegendRows date={date} />;
}

const LegendRows = memo(function LegendRows({ date }: { date: IsoDay | null }) {
  const { data } = useBlocData();
  const bloc = useHighlightedBloc();
  const lang = useLang();
  const t = useMessages();
  if (!data || !bloc) return null;
  const others = data.blocs.filter((b) => b.id !== bloc.id && (date === null || membersOn(data.index, b.id, date).length > 0));
  const has = (statuses: string[]) => bloc.members.some((m) => m.intervals.some((i) => statuses.includes(i.status)));
  const rows: { key: string; colour: string; label: string }[] = [
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
    rows.push({ key: other.id, colour: otherBlocFill(other.colour), label: `${t.legendOther}: ${other.shortNames[lang]}` });
  }
  rows.push({ key: "none", colour: LAND_COLOUR, label: t.legendNone });
  return (
    <section className="legend" aria-label={t.legend}>
      <h2 className="visually-hidden">{t.legend}</h2>
      <p className="legend-title">
        {bloc.names[lang]} <span className="legend-kind">· {t.kind[bloc.kind]}</span>
      </p>
      <ul>
        {rows.map((row) => (
          <li key={row.key}>
            <span className="swatch" style={{ background: row.colour }} aria-hidden="true" />
            {row.label}
          </li>
        ))}
        <li key="occupied">
          <span className="swatch occupied" aria-hidden="true" />
          {t.occupied}
        </li>
      </ul>
    </section>
  );
});
