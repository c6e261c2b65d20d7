import { memo, useRef, type KeyboardEvent, type PointerEvent } from "react";
import { dayNumber, type IsoDay } from "../../domain/day";
import { formatDay, type Lang } from "../../lib/i18n";
import { useViewActions } from "../../lib/view-store";
import { clampDay, dayForKey, dayToFraction, fractionToDay, ZOOM_STEP, type DatedMark, type TimelineBounds } from "./timeline-controller";

/** After this long without a key press, a run of key steps becomes one history entry, in milliseconds. */
const KEY_GESTURE_IDLE_MS = 700;

/** Keys that jump to the previous or next membership change or event, one key each. */
export const STEP_KEYS = { "[": "previousChange", "]": "nextChange", ",": "previousEvent", ".": "nextEvent" } as const;
export type StepKind = (typeof STEP_KEYS)[keyof typeof STEP_KEYS];
const ZOOM_KEYS: Record<string, number> = { "+": 1 / ZOOM_STEP, "=": 1 / ZOOM_STEP, "-": ZOOM_STEP };

const percent = (day: IsoDay, view: TimelineBounds) => `${(Math.min(1, Math.max(0, dayToFraction(day, view))) * 100).toFixed(3)}%`;
const inView = (day: IsoDay, view: TimelineBounds) => day >= view.start && day <= view.end;

/** The bands of events dated only to a range: they change with the view, not with the date (memoised, as the marks below). */
const EventRanges = memo(function EventRanges({ ranges, view }: { ranges: readonly DatedMark[]; view: TimelineBounds }) {
  return (
    <div className="slider-events" aria-hidden="true">
      {ranges
        .filter((range) => range.end >= view.start && range.start <= view.end)
        .map((range) => (
          <span
            key={`${range.start}/${range.end}`}
            className="event-range"
            style={{ left: percent(range.start, view), right: `calc(100% - ${percent(range.end, view)})` }}
          />
        ))}
    </div>
  );
});

/** Where membership changes: hundreds of marks for a bloc like NATO, rendered again only when the view or the bloc changes. */
const ChangeMarks = memo(function ChangeMarks({ marks, view, label }: { marks: readonly IsoDay[]; view: TimelineBounds; label: string }) {
  return (
    <div className="slider-marks" aria-hidden="true" title={label}>
      {marks
        .filter((day) => inView(day, view))
        .map((day) => (
          <span key={day} className="slider-mark" style={{ left: percent(day, view) }} />
        ))}
    </div>
  );
});

interface Props {
  date: IsoDay;
  /** The whole timeline: the slider's range. */
  bounds: TimelineBounds;
  /** The part of it on the track. */
  view: TimelineBounds;
  marks: readonly IsoDay[];
  /** Events dated only to a range. */
  eventRanges: readonly DatedMark[];
  lang: Lang;
  label: string;
  marksLabel: string;
  onZoom: (factor: number, anchor: IsoDay) => void;
  onStep: (kind: StepKind) => void;
}

/**
 * The date slider: pointer (mouse, touch, pen) and keyboard; marks show where membership changes.
 * Two fingers on it pinch the view; `+` and `-` zoom it around the selected date.
 */
export function TimelineSlider({ date, bounds, view, marks, eventRanges, lang, label, marksLabel, onZoom, onStep }: Props) {
  const { dateScrubbed, gestureEnded } = useViewActions();
  const trackRef = useRef<HTMLDivElement>(null);
  const frame = useRef<number | null>(null);
  const pendingDay = useRef<IsoDay | null>(null);
  const keyIdle = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pointers = useRef(new Map<number, number>());
  const pinchWidth = useRef<number | null>(null);

  const fractionAt = (clientX: number): number | null => {
    const rect = trackRef.current?.getBoundingClientRect();
    return !rect || rect.width === 0 ? null : (clientX - rect.left) / rect.width;
  };
  const dayAt = (clientX: number): IsoDay => {
    const fraction = fractionAt(clientX);
    return fraction === null ? date : clampDay(fractionToDay(fraction, view), bounds);
  };

  /** Pointer moves arrive faster than frames: keep the last one and apply it once per animation frame. */
  const scrubTo = (day: IsoDay) => {
    pendingDay.current = day;
    frame.current ??= requestAnimationFrame(() => {
      frame.current = null;
      if (pendingDay.current) dateScrubbed(pendingDay.current);
    });
  };
  const cancelScrub = () => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
  };
  const spread = () => {
    const [a = 0, b = 0] = [...pointers.current.values()];
    return Math.abs(a - b);
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    pointers.current.set(e.pointerId, e.clientX);
    if (pointers.current.size === 2) {
      // A second finger: the gesture is a pinch of the view, not a drag of the date.
      cancelScrub();
      pinchWidth.current = spread();
      return;
    }
    e.currentTarget.focus();
    scrubTo(dayAt(e.clientX));
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!e.currentTarget.hasPointerCapture(e.pointerId)) return;
    pointers.current.set(e.pointerId, e.clientX);
    if (pinchWidth.current !== null) {
      const now = spread();
      const [a = 0, b = 0] = [...pointers.current.values()];
      if (now > 0 && pinchWidth.current > 0) onZoom(pinchWidth.current / now, dayAt((a + b) / 2));
      pinchWidth.current = now;
      return;
    }
    scrubTo(dayAt(e.clientX));
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    if (!e.currentTarget.hasPointerCapture(e.pointerId)) return;
    e.currentTarget.releasePointerCapture(e.pointerId);
    pointers.current.delete(e.pointerId);
    if (pinchWidth.current !== null) {
      if (pointers.current.size === 0) pinchWidth.current = null;
      return;
    }
    cancelScrub();
    dateScrubbed(dayAt(e.clientX));
    gestureEnded();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const zoom = ZOOM_KEYS[e.key];
    if (zoom !== undefined) {
      e.preventDefault();
      onZoom(zoom, date);
      return;
    }
    if (Object.hasOwn(STEP_KEYS, e.key)) {
      e.preventDefault();
      onStep(STEP_KEYS[e.key as keyof typeof STEP_KEYS]);
      return;
    }
    const next = dayForKey(e.key, date, bounds);
    if (next === null) return;
    e.preventDefault();
    dateScrubbed(next);
    if (keyIdle.current) clearTimeout(keyIdle.current);
    keyIdle.current = setTimeout(gestureEnded, KEY_GESTURE_IDLE_MS);
  };


  return (
    <div
      className="slider"
      id="timeline"
      role="slider"
      tabIndex={0}
      aria-label={label}
      aria-valuemin={dayNumber(bounds.start)}
      aria-valuemax={dayNumber(bounds.end)}
      aria-valuenow={dayNumber(date)}
      aria-valuetext={formatDay(date, lang)}
      aria-keyshortcuts="[ ] , . + -"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    >
      <EventRanges ranges={eventRanges} view={view} />
      <div className="slider-track" ref={trackRef}>
        <div className="slider-fill" style={{ width: percent(date, view) }} />
        <ChangeMarks marks={marks} view={view} label={marksLabel} />
        {inView(date, view) && <div className="slider-thumb" style={{ left: percent(date, view) }} />}
      </div>
    </div>
  );
}
