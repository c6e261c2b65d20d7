import { memo, useState } from "react";
import { DataError } from "../../components/data-error";
import type { IsoDay } from "../../domain/day";
import { membersOn } from "../../domain/membership";
import { highlightedFill, LAND_COLOUR, otherBlocFill, outsideTreatyAreaFill } from "../../lib/bloc-colours";
import { formatDay } from "../../lib/i18n";
import { useBlocData, useHighlightedBloc } from "../../lib/data/use-bloc-data";
import { useLang, useMessages } from "../../lib/use-lang";
import { useSettledDate } from "../../lib/use-settled-date";
import "./blocs.css";

/** Screens on which the legend starts folded, so that it leaves the map to the map (the page's phone layouts). */
const SMALL_SCREEN = "(max-width: 800px), (max-height: 500px)";

/** What each fill on the map means, in the map's own colours; other blocs only when they exist on the date. */
export function Legend() {
  const { error } = useBlocData();
  const t = useMessages();
  // The settled date changes after a drag, not on its every frame: the legend re-renders only then.
  const date = useSettledDate();
  const [open, setOpen] = useState(() => !window.matchMedia(SMALL_SCREEN).matches);
  return (
    <section className="legend" aria-label={t.legend}>
      <h2 className="legend-heading">
        <button type="button" className="legend-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t.legend}
        </button>
      </h2>
      {error ? <DataError error={error} region={t.legendRegion} /> : open && <LegendRows date={date} />}
    </section>
  );
}

const LegendRows = memo(function LegendRows({ date }: { date: IsoDay | null }) {
  const { data } = useBlocData();
  const bloc = useHighlightedBloc();
  const lang = useLang();
  const t = useMessages();
  if (!data || !bloc) return null;
  const exists = (id: string) => date === null || membersOn(data.index, id, date).length > 0;
  const others = data.blocs.filter((b) => b.id !== bloc.id && exists(b.id));
  // Blocs founded after the date: named greyed, with the day they were founded, never with a colour of the map.
  const later = data.blocs.filter((b) => date !== null && b.founded.date > date);
  const shown = exists(bloc.id);
  const has = (statuses: string[]) => bloc.members.some((m) => m.intervals.some((i) => statuses.includes(i.status)));
  const rows: { key: string; colour: string; label: string }[] = [];
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
  return (
    <div className="legend-body">
      <p className={shown ? "legend-title" : "legend-title absent"}>
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
      {others.length > 0 && (
        <>
          <p className="legend-others-title">{t.legendOther}</p>
          <ul className="legend-others">
            {others.map((other) => (
              <li key={other.id}>
                <span className="swatch" style={{ background: otherBlocFill(other.colour) }} aria-hidden="true" />
                {other.shortNames[lang]}
              </li>
            ))}
          </ul>
        </>
      )}
      {later.length > 0 && (
        <>
          <p className="legend-later-title">{t.legendNotYet}</p>
          <ul className="legend-later">
            {later.map((b) => (
              <li key={b.id} data-later-bloc={b.id}>
                {t.legendFounded(b.shortNames[lang], formatDay(b.founded.date, lang))}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
});
