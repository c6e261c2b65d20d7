import { useBlocData, useHighlightedBloc } from "../../lib/data/use-bloc-data";
import { useLang, useMessages } from "../../lib/use-lang";
import { useViewActions } from "../../lib/view-store";

/** Chooses the highlighted bloc: a radio group, so arrow keys move between blocs. */
export function BlocSwitcher() {
  const { data } = useBlocData();
  const highlighted = useHighlightedBloc();
  const lang = useLang();
  const t = useMessages();
  const { blocSelected } = useViewActions();
  if (!data) return null;
  return (
    <fieldset className="bloc-switcher">
      <legend>{t.blocs}</legend>
      {data.blocs.map((bloc) => (
        <label key={bloc.id} className="bloc-option" title={bloc.description[lang]}>
          <input
            type="radio"
            name="bloc"
            value={bloc.id}
            checked={highlighted?.id === bloc.id}
            onChange={() => blocSelected(bloc.id)}
          />
          <span className="swatch" style={{ background: bloc.colour }} aria-hidden="true" />
          <span>{bloc.shortNames[lang]}</span>
        </label>
      ))}
    </fieldset>
  );
}
