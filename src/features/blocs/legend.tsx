import { DataError } from "../../components/data-error";
import { highlightedFill, LAND_COLOUR, otherBlocFill } from "../../lib/bloc-colours";
import { useBlocData, useHighlightedBloc } from "../../lib/data/use-bloc-data";
import { useLang, useMessages } from "../../lib/use-lang";

/** What each fill on the map means, in the map's own colours. */
export function Legend() {
  const { data, error } = useBlocData();
  const bloc = useHighlightedBloc();
  const lang = useLang();
  const t = useMessages();
  if (error) {
    return (
      <section className="legend" aria-label={t.legend}>
        <DataError error={error} region={t.legendRegion} />
      </section>
    );
  }
  if (!data || !bloc) return null;
  const others = data.blocs.filter((b) => b.id !== bloc.id);
  const rows: { key: string; colour: string; label: string }[] = [
    { key: "member", colour: highlightedFill(bloc.colour, "member"), label: `${t.legendMember} — ${bloc.shortNames[lang]}` },
  ];
  if (bloc.members.some((m) => m.intervals.some((i) => i.status === "member-outside-command"))) {
    rows.push({ key: "outside", colour: highlightedFill(bloc.colour, "member-outside-command"), label: t.legendOutsideCommand });
  }
  if (bloc.members.some((m) => m.intervals.some((i) => ["partner", "observer", "suspended"].includes(i.status)))) {
    rows.push({ key: "partner", colour: highlightedFill(bloc.colour, "partner"), label: t.legendPartner });
  }
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
      </ul>
    </section>
  );
}
