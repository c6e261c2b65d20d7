import { useState } from "react";
import { useBlocData, useHighlightedBloc } from "../../lib/data/use-bloc-data";
import { useStatesData } from "../../lib/data/use-states-data";
import { useLang } from "../../lib/use-lang";
import { getViewState, selectDate, useCompareParam } from "../../lib/view-store";
import type { ExportView } from "./export-actions";
import { EXPORT_MESSAGES } from "./export-messages";
import "./export.css";

type Outcome = { kind: "busy" } | { kind: "saved"; name: string; caption: string | null } | { kind: "failed"; message: string };
type Export = "image" | "image-2x" | "csv";

/** The map's container, whose size on screen the picture takes (the map feature's `data-map-status` element). */
function mapSize(): ExportView["mapSize"] {
  const element = document.querySelector<HTMLElement>("[data-map-status]");
  return element ? { width: element.clientWidth, height: element.clientHeight } : null;
}

/**
 * "Download image" (at the screen's size and at 2×) and "Download CSV" of the view: made in the page,
 * by code loaded on the first click. What was saved, and the picture's caption, are said in a status line.
 */
export function ExportTools() {
  const { data } = useBlocData();
  const states = useStatesData().data;
  const bloc = useHighlightedBloc();
  const compare = useCompareParam();
  const lang = useLang();
  const t = EXPORT_MESSAGES[lang];
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const run = async (what: Export) => {
    if (!data || !bloc) return;
    // Read when asked, not subscribed to: the tools would render on every frame of a drag.
    const date = selectDate(getViewState());
    setOutcome({ kind: "busy" });
    try {
      const actions = await import("./export-actions");
      const view: ExportView = { data, states, bloc, date, compare, lang, link: window.location.href, mapSize: mapSize() };
      if (what === "csv") {
        setOutcome({ kind: "saved", name: actions.downloadCsv(view), caption: null });
        return;
      }
      const picture = await actions.downloadPicture(view, what === "image" ? 1 : 2);
      setOutcome(picture ? { kind: "saved", ...picture } : { kind: "failed", message: t.noMap });
    } catch (error) {
      setOutcome({ kind: "failed", message: t.failed(error instanceof Error ? error.message : String(error)) });
    }
  };

  const ready = Boolean(data && bloc) && outcome?.kind !== "busy";
  return (
    <section className="panel export-tools" aria-label={t.exports}>
      <div className="export-buttons">
        <button type="button" disabled={!ready} onClick={() => void run("image")}>
          {t.image}
        </button>
        <button type="button" disabled={!ready} onClick={() => void run("image-2x")}>
          {t.imageDouble}
        </button>
        <button type="button" disabled={!ready} onClick={() => void run("csv")}>
          {t.csv}
        </button>
      </div>
      <div role="status" className="export-status">
        {outcome?.kind === "busy" && t.preparing}
        {outcome?.kind === "failed" && outcome.message}
        {outcome?.kind === "saved" && (
          <>
            {t.saved(outcome.name)}
            {outcome.caption && (
              <span className="export-caption" data-export-caption>
                {" "}
                {t.captionIs} {outcome.caption}
              </span>
            )}
          </>
        )}
      </div>
    </section>
  );
}
