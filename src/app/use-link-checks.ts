import { useEffect } from "react";
import { isFormerState, periodOn } from "../domain/states";
import { useBlocData } from "../lib/data/use-bloc-data";
import { useSearchManifest } from "../lib/data/use-event-search";
import { useStatesData } from "../lib/data/use-states-data";
import { LINK_PARAMS } from "../lib/url-state";
import { getViewState, selectDate, useCountryParam, useViewActions, useViewParams } from "../lib/view-store";

/** The link parameters that name something in the data. */
type Named = "bloc" | "about" | "speaker" | "article";

/**
 * The link's second check, in one place: a well-formed value that names nothing in the data (a bloc,
 * a speaker, an article the corpus does not have) is dropped and said in the notice, as a malformed
 * one was when the link was read; a former state opens on its own dates only. Events and quotes
 * are checked where they are looked up.
 */
export function useLinkChecks(): void {
  const params = useViewParams();
  const blocs = useBlocData().data;
  const searching = params.speaker !== null || params.about !== null || params.article !== null;
  const manifest = useSearchManifest(searching).data;
  const { paramRejected } = useViewActions();

  useEffect(() => {
    const blocIds = blocs ? new Set(blocs.byId.keys()) : null;
    // The values the loaded data knows; null while it is not loaded.
    const known: Record<Named, ReadonlySet<string> | null> = {
      bloc: blocIds,
      about: blocIds && manifest ? new Set([...blocIds, ...manifest.blocs.map((b) => b.id)]) : null,
      speaker: manifest ? new Set(manifest.speakers.map((s) => s.id)) : null,
      article: manifest ? new Set(manifest.articles.map((a) => a.id)) : null,
    };
    for (const param of Object.keys(known) as Named[]) {
      const value = params[param];
      const reason = LINK_PARAMS[param].unknown;
      const values = known[param];
      if (value !== null && reason && values && !values.has(value)) paramRejected(param, { param, value, reason });
    }
  }, [params, blocs, manifest, paramRejected]);

  const states = useStatesData().data;
  const country = useCountryParam();
  // Checked when a link names the state, not while the date moves (the date is read, not subscribed to,
  // or the whole page would render on every frame of a drag): the panel then says it did not exist.
  useEffect(() => {
    const day = selectDate(getViewState());
    if (!states || !country || !isFormerState(states, country) || periodOn(states, country, day)) return;
    paramRejected("country", { param: "country", value: country, reason: "not-on-this-date" });
  }, [states, country, paramRejected]);
}
