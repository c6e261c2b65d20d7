import { useEffect } from "react";
import { formatDay } from "../lib/i18n";
import { useHighlightedBloc } from "../lib/data/use-bloc-data";
import { useLang } from "../lib/use-lang";
import { useSelectedDate } from "../lib/view-store";

/** A title that names the view: the bloc once the data is known, and the date. */
export function useDocumentTitle(): void {
  const bloc = useHighlightedBloc();
  const date = useSelectedDate();
  const lang = useLang();
  useEffect(() => {
    const parts = [bloc?.shortNames[lang], date ? formatDay(date, lang) : null].filter(Boolean);
    document.title = parts.length > 0 ? `${parts.join(" · ")} — Alliance Atlas` : "Alliance Atlas";
  }, [bloc, date, lang]);
}
