import { useEffect } from "react";
import { formatDay } from "../lib/i18n";
import { useBlocData, useHighlightedBloc } from "../lib/data/use-bloc-data";
import { useLang } from "../lib/use-lang";
import { useBlocParam, useSelectedDate, useViewActions } from "../lib/view-store";

/** Once the data is known: the default date, a check of the link's bloc, and a title that names the view. */
export function useDataDefaults(): void {
  const { data } = useBlocData();
  const blocParam = useBlocParam();
  const bloc = useHighlightedBloc();
  const date = useSelectedDate();
  const lang = useLang();
  const { dataDated, paramRejected } = useViewActions();

  useEffect(() => {
    if (data) dataDated(data.lastDay);
  }, [data, dataDated]);

  useEffect(() => {
    if (data && blocParam && !data.byId.has(blocParam)) {
      paramRejected("bloc", { param: "bloc", value: blocParam, reason: "no such bloc in the data" });
    }
  }, [data, blocParam, paramRejected]);

  useEffect(() => {
    const parts = [bloc?.shortNames[lang], date ? formatDay(date, lang) : null].filter(Boolean);
    document.title = parts.length > 0 ? `${parts.join(" · ")} — Alliance Atlas` : "Alliance Atlas";
  }, [bloc, date, lang]);
}
