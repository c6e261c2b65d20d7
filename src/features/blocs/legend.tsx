import { memo } from "react";
import { CompareMark } from "../../components/compare-mark";
import { DataError } from "../../components/data-error";
import { compareDays, type IsoDay } from "../../domain/day";
import { COMPARE_MESSAGES } from "../../lib/compare-messages";
import { formatDay } from "../../lib/i18n";
import { MARKED_GROUPS } from "../../lib/compare-marks";
import { useBlocData, useHighlightedBloc } from "../../lib/data/use-bloc-data";
import { legendRows } from "../../lib/legend-rows";
import { useLang, useMessages } from "../../lib/use-lang";
import { useSettledDate } from "../../lib/use-settled-date";
import { useCompareParam } from "../../lib/view-store";

/** What each fill on the map means, in the map's own colours; other blocs only when they exist on the date. */
export function Legend() {
  const { error } = useBlocData();
  const t = useMessages();
  // The settled date changes after a drag, not on its every frame: the legend re-renders only then.
  const date = useSettledDate();
  const compare = useCompareParam();
  if (error) {
    return (
      <section className="legend" aria-label={t.legend}>
        <DataError error={error} region={t.legendRegion} />
      </section>
    );
  }
  return <LegendRows date={date} compare={compare} />;
}

const LegendRows = memo(function LegendRows({ date, compare }: { date: IsoDay | null; compare: IsoDay | null }) {
  const { data } = useBlocData();
  const bloc = useHighlightedBloc();
  const lang = useLang();
  const t = useMessages();
  if (!data || !bloc) return null;
  const rows = legendRows(data, bloc, date, t, lang);
  const earlier = date && compare ? (compareDays(compare, date) < 0 ? compare : date) : null;
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
        {earlier &&
          MARKED_GROUPS.map((group) => (
            <li key={group} data-legend-change={group}>
              <CompareMark group={group} />
              {COMPARE_MESSAGES[lang].group[group](formatDay(earlier, lang))}
            </li>
          ))}
      </ul>
    </section>
  );
});
