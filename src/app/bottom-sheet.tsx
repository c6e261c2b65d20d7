import { useRef, useState, type PointerEvent, type ReactNode } from "react";
import { useMessages } from "../lib/use-lang";
import { useCountryParam, useEventParam } from "../lib/view-store";

/** How much of a phone's screen the panels take: their bar only, about half, or all but a strip of map. */
export type SheetState = "peek" | "half" | "full";
const STATES: readonly SheetState[] = ["peek", "half", "full"];
/** A drag of the bar shorter than this, in CSS pixels, is a tap and changes nothing. */
const DRAG_STEP_PX = 40;
/** A drag this long, in CSS pixels, goes two steps at once (peek to full, full to peek). */
const DRAG_TWO_STEPS_PX = 220;

const step = (state: SheetState, by: number): SheetState =>
  STATES[Math.min(STATES.length - 1, Math.max(0, STATES.indexOf(state) + by))] ?? state;

/**
 * The panels: beside the map on wide screens, a bottom sheet on phones (the layout is CSS's, from
 * `data-sheet`). The sheet opens to half when a country or an event opens or when the focus enters it
 * folded (a skip link, a Tab), so what gets the focus is on screen.
 */
export function BottomSheet({ tools, children }: { tools: ReactNode; children: ReactNode }) {
  const t = useMessages();
  const country = useCountryParam();
  const event = useEventParam();
  const [state, setState] = useState<SheetState>(country !== null || event !== null ? "half" : "peek");
  const dragFrom = useRef<number | null>(null);

  // A country or an event opening unfolds a folded sheet (state adjusted while rendering, not in an effect).
  const opened = `${country ?? ""}/${event ?? ""}`;
  const [seen, setSeen] = useState(opened);
  if (opened !== seen) {
    setSeen(opened);
    if ((country !== null || event !== null) && state === "peek") setState("half");
  }

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0 || (e.target as Element).closest("button")) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    dragFrom.current = e.clientY;
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    if (dragFrom.current === null) return;
    const moved = dragFrom.current - e.clientY;
    dragFrom.current = null;
    if (Math.abs(moved) < DRAG_STEP_PX) return;
    setState((s) => step(s, Math.sign(moved) * (Math.abs(moved) >= DRAG_TWO_STEPS_PX ? 2 : 1)));
  };

  return (
    <aside className="side" data-sheet={state} aria-label={t.panels} onFocus={() => setState((s) => (s === "peek" ? "half" : s))}>
      <div className="sheet-bar" onPointerDown={onPointerDown} onPointerUp={onPointerUp} onPointerCancel={() => (dragFrom.current = null)}>
        <span className="sheet-handle" aria-hidden="true" />
        <div className="sheet-buttons">
          <button type="button" className="sheet-button" onClick={() => setState(step(state, 1))} disabled={state === "full"} aria-label={t.sheetMore}>
            <span aria-hidden="true">▲</span>
          </button>
          <button type="button" className="sheet-button" onClick={() => setState(step(state, -1))} disabled={state === "peek"} aria-label={t.sheetLess}>
            <span aria-hidden="true">▼</span>
          </button>
        </div>
        {tools}
      </div>
      <div className="sheet-body">{children}</div>
    </aside>
  );
}
