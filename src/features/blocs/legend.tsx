import { memo, useState } from "react";
import { CompareMark } from "../../components/compare-mark";
import { DataError } from "../../components/data-error";
import { compareDays, type IsoDay } from "../../domain/day";
import { COMPARE_MESSAGES } from "../../lib/compare-messages";
import { MARKED_GROUPS } from "../../lib/compare-marks";
import { useBlocData, useHighlightedBloc } from "../../lib/data/use-bloc-data";
import { formatDay } from "../../lib/i18n";
import { legendParts } from "../../lib/legend-rows";
import { useLang, useMessages } from "../../lib/use-lang";
import { useSettledDate } from "../../lib/use-settled-date";
import { useCompareParam } from "../../lib/view-store";
import "./blocs.css";

/** Screens on which the legend starts folded, so that it leaves the map to the map (the page's phone layouts). */
const SMALL_SCREEN = "(max-width: 800px), (max-height: 500px)";

/** What each fill on the map means, in the map's own colours; other blocs only when they exist on the date. */
export function Legend() {
  const { error } = useBlocData();
  const t = useMessages();
  // The settled date changes after a drag, not on its every frame: the legend re-renders only then.
  const date = useSettledDate();
  const compare = useCompareParam();
  const [open, setOpen] = useState(() => !window.matchMedia(SMALL_SCREEN).matches);
  return (
    <section className="legend" aria-label={t.legend}>
      <h2 className="legend-heading">
        <button type="button" className="legend-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t.legend}
        </button>
      </h2>
      {error ? <DataError error={error} region={t.legendRegion} /> : open && <LegendRows date={date} compare={compare} />}
    </section>
  );
}

const LegendRows = memo(function LegendRows({ date, compare }: { date: IsoDay | null; compare: IsoDay | null }) {
  const { data } = useBlocData();
  const bloc = useHighlightedBloc();
  const lang = useLang();
  const t = useMessages();
  if (!data || !bloc) return null;
  const { shown, rows, others, later } = legendParts(data, bloc, date, t, lang);
  const earlier = date && compare ? (compareDays(compare, date) < 0 ? compare : date) : null;
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
        {earlier &&
          MARKED_GROUPS.map((group) => (
            <li key={group} data-legend-change={group}>
              <CompareMark group={group} />
              {COMPARE_MESSAGES[lang].group[group](formatDay(earlier, lang))}
            </li>
          ))}
      </ul>
      {others.length > 0 && (
        <>
          <p className="legend-others-title">{t.legendOther}</p>
          <ul className="legend-others">
            {others.map((other) => (
              <li key={other.key}>
                <span className="swatch" style={{ background: other.colour }} aria-hidden="true" />
                {other.label}
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
