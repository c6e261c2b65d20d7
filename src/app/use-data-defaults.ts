import { useEffect } from "react";
import { today } from "../domain/day";
import { formatDay } from "../lib/i18n";
import { useBlocData, useHighlightedBloc } from "../lib/data/use-bloc-data";
import { useLang } from "../lib/use-lang";
import { useSelectedDate, useViewActions } from "../lib/view-store";

/**
 * Once the data is known: the default date and a title that names the view. Without the blocs (a
 * file that cannot be read) the default date is today, so the timeline and the events work on.
 */
export function useDataDefaults(): void {
  const { data, error } = useBlocData();
  const bloc = useHighlightedBloc();
  const date = useSelectedDate();
  const lang = useLang();
  const { dataDated } = useViewActions();

  useEffect(() => {
    if (data) dataDated(data.lastDay);
    else if (error) dataDated(today());
  }, [data, error, dataDated]);

  useEffect(() => {
    const parts = [bloc?.shortNames[lang], date ? formatDay(date, lang) : null].filter(Boolean);
    document.title = parts.length > 0 ? `${parts.join(" · ")} — Alliance Atlas` : "Alliance Atlas";
  }, [bloc, date, lang]);
}
