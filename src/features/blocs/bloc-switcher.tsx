import { memo, useMemo } from "react";
import type { IsoDay } from "../../domain/day";
import { useBlocData, useHighlightedBloc } from "../../lib/data/use-bloc-data";
import { useLang, useMessages } from "../../lib/use-lang";
import { useSettledDate } from "../../lib/use-settled-date";
import { useViewActions } from "../../lib/view-store";
import { groupBlocs } from "./bloc-groups";
import "./blocs.css";

/**
 * Chooses the highlighted bloc: one radio group (arrow keys move through every bloc), laid out by kind
 * with the blocs that exist on the date first; the others are dimmed and give their years. The order
 * follows the settled date, so options do not jump while the slider is dragged.
 */
export function BlocSwitcher() {
  // The settled date changes after a drag, not on its every frame: the options re-render only then.
  return <BlocChoices date={useSettledDate()} />;
}

const BlocChoices = memo(function BlocChoices({ date }: { date: IsoDay | null }) {
  const { data } = useBlocData();
  const highlighted = useHighlightedBloc();
  const lang = useLang();
  const t = useMessages();
  const { blocSelected } = useViewActions();
  const groups = useMemo(() => (data ? groupBlocs(data.blocs, data.index, date) : []), [data, date]);
  if (!data) return null;
  return (
    <fieldset className="bloc-switcher">
      <legend>{t.blocs}</legend>
      {groups.map((group) => (
        <div key={group.kind} className="bloc-group" role="group" aria-label={t.kind[group.kind]}>
          <span className="bloc-group-name" aria-hidden="true">
            {t.kind[group.kind]}
          </span>
          {group.choices.map(({ bloc, active, years }) => (
            <label key={bloc.id} className={active ? "bloc-option" : "bloc-option dormant"} title={bloc.description[lang]}>
              <input
                type="radio"
                name="bloc"
                value={bloc.id}
                checked={highlighted?.id === bloc.id}
                onChange={() => blocSelected(bloc.id)}
              />
              <span className="swatch" style={{ background: bloc.colour }} aria-hidden="true" />
              <span>{bloc.shortNames[lang]}</span>
              {!active && <span className="bloc-years">{years.to ? `${years.from}–${years.to}` : t.fromYear(years.from)}</span>}
            </label>
          ))}
        </div>
      ))}
    </fieldset>
  );
});
