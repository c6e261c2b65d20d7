import { useEffect } from "react";
import { today } from "../domain/day";
import { isFormerState, periodOn } from "../domain/states";
import { formatDay } from "../lib/i18n";
import { useBlocData, useHighlightedBloc } from "../lib/data/use-bloc-data";
import { useStatesData } from "../lib/data/use-states-data";
import { useLang } from "../lib/use-lang";
import { getViewState, selectDate, useBlocParam, useCountryParam, useSelectedDate, useViewActions } from "../lib/view-store";

/**
 * Once the data is known: the default date, a check of the link's bloc and country, and a title that
 * names the view. Without the blocs (a file that cannot be read) the default date is today, so the
 * timeline and the events work on.
 */
export function useDataDefaults(): void {
  const { data, error } = useBlocData();
  const states = useStatesData().data;
  const blocParam = useBlocParam();
  const countryParam = useCountryParam();
  const bloc = useHighlightedBloc();
  const date = useSelectedDate();
  const lang = useLang();
  const { dataDated, paramRejected } = useViewActions();

  useEffect(() => {
    if (data) dataDated(data.lastDay);
    else if (error) dataDated(today());
  }, [data, error, dataDated]);

  useEffect(() => {
    if (data && blocParam && !data.byId.has(blocParam)) {
      paramRejected("bloc", { param: "bloc", value: blocParam, reason: "no-such-bloc" });
    }
  }, [data, blocParam, paramRejected]);

  // A former state opens on its own dates only; checked when a link names it, not while the date moves.
  const dated = date !== null;
  useEffect(() => {
    const day = selectDate(getViewState());
    if (!states || !dated || !day || !countryParam || !isFormerState(states, countryParam) || periodOn(states, countryParam, day)) return;
    paramRejected("country", { param: "country", value: countryParam, reason: "not-on-this-date" });
  }, [states, dated, countryParam, paramRejected]);

  useEffect(() => {
    const parts = [bloc?.shortNames[lang], date ? formatDay(date, lang) : null].filter(Boolean);
    document.title = parts.length > 0 ? `${parts.join(" · ")} — Alliance Atlas` : "Alliance Atlas";
  }, [bloc, date, lang]);
}
