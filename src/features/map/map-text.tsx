import { lazy, Suspense, useMemo, useState } from "react";
import type { StatesIndex } from "../../domain/states";
import { highlightedBlocId, type BlocData } from "../../lib/data/use-bloc-data";
import { useMessages } from "../../lib/use-lang";
import { useSettledDate } from "../../lib/use-settled-date";
import { useBlocParam } from "../../lib/view-store";
import type { MapShape } from "./map-colouring";
import { ShapeEpochs } from "./shape-epochs";

/** Loaded when the list is first opened: the first screen shows only its summary. */
const MapTextList = lazy(() => import("./map-text-list"));

/**
 * The map as text (DESIGN.md: everything the canvas shows also exists as text): every shape drawn on
 * the date, with the standing and the fill the map gives it, and the areas marked as occupied. The
 * region's name stays "Map as text" in every language: tests rely on it, as on "Members". The list
 * follows the settled date, not every frame of a drag.
 */
export function MapText({ shapes, blocs, states }: { shapes: readonly MapShape[]; blocs: BlocData; states: StatesIndex }) {
  const t = useMessages();
  const date = useSettledDate();
  const bloc = highlightedBlocId(blocs, useBlocParam());
  const [open, setOpen] = useState(false);
  const epochs = useMemo(() => new ShapeEpochs(shapes), [shapes]);
  const count = date ? [...epochs.drawnOn(date)].filter((id) => !id.startsWith("occupation:")).length : 0;
  return (
    <section className="map-text" aria-label={t.mapAsText}>
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{t.mapTextSummary(count)}</summary>
        {open && (
          <Suspense fallback={<p>{t.loading}</p>}>
            <MapTextList shapes={shapes} blocs={blocs} states={states} date={date} bloc={bloc} />
          </Suspense>
        )}
      </details>
    </section>
  );
}
