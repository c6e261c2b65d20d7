import { useRef, type KeyboardEvent, type PointerEvent } from "react";
import { dayNumber, type IsoDay } from "../../domain/day";
import { formatDay, type Lang } from "../../lib/i18n";
import { useViewActions } from "../../lib/view-store";
import {
  dayForKey,
  dayToFraction,
  fractionToDay,
  type DatedMark,
  type TimelineBounds,
} from "./timeline-controller";

/** After this long without a key press, a run of key steps becomes one history entry, in milliseconds. */
const KEY_GESTURE_IDLE_MS = 700;

interface Props {
  date: IsoDay;
  bounds: TimelineBounds;
  marks: readonly IsoDay[];
  /** Day-precise events per equal slice of the track. */
  eventBins: readonly number[];
  /** Events dated only to a range. */
  eventRanges: readonly DatedMark[];
  lang: Lang;
  label: string;
  marksLabel: string;
}

/** The date slider: pointer (mouse, touch, pen) and keyboard; marks show where membership changes. */
export function TimelineSlider({ date, bounds, marks, eventBins, eventRanges, lang, label, marksLabel }: Props) {
  const { dateScrubbed, gestureEnded } = useViewActions();
  const trackRef = useRef<HTMLDivElement>(null);
  const frame = useRef<number | null>(null);
  const pendingDay = useRef<IsoDay | null>(null);
  const keyIdle = useRef<ReturnType<typeof setTimeout> | null>(null);

  const dayAt = (clientX: number): IsoDay => {
    const rect = trackRef.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return date;
    return fractionToDay((clientX - rect.left) / rect.width, bounds);
  };

  /** Pointer moves arrive faster than frames: keep the last one and apply it once per animation frame. */
  const scrubTo = (day: IsoDay) => {
    pendingDay.current = day;
    frame.current ??= requestAnimationFrame(() => {
      frame.current = null;
      if (pendingDay.current) dateScrubbed(pendingDay.current);
    });
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    e.currentTarget.focus();
    scrubTo(dayAt(e.clientX));
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (e.currentTarget.hasPointerCapture(e.pointerId)) scrubTo(dayAt(e.clientX));
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    if (!e.currentTarget.hasPointerCapture(e.pointerId)) return;
    e.currentTarget.releasePointerCapture(e.pointerId);
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
    dateScrubbed(dayAt(e.clientX));
    gestureEnded();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = dayForKey(e.key, date, bounds);
    if (next === null) return;
    e.preventDefault();
    dateScrubbed(next);
    if (keyIdle.current) clearTimeout(keyIdle.current);
    keyIdle.current = setTimeout(gestureEnded, KEY_GESTURE_IDLE_MS);
  };

  const percent = (day: IsoDay) => `${(dayToFraction(day, bounds) * 100).toFixed(3)}%`;
  const busiest = Math.max(1, ...eventBins);

  return (
    <div
      className="slider"
      role="slider"
      tabIndex={0}
      aria-label={label}
      aria-valuemin={dayNumber(bounds.start)}
      aria-valuemax={dayNumber(bounds.end)}
      aria-valuenow={dayNumber(date)}
      aria-valuetext={formatDay(date, lang)}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    >
      <div className="slider-events" aria-hidden="true">
        {eventRanges.map((range) => (
          <span
            key={`${range.start}/${range.end}`}
            className="event-range"
            style={{ left: percent(range.start), right: `calc(100% - ${percent(range.end)})` }}
          />
        ))}
        {eventBins.map((count, bin) =>
          count === 0 ? null : (
            <span
              key={bin}
              className="event-bin"
              style={{
                left: `${((bin / eventBins.length) * 100).toFixed(3)}%`,
                width: `${(100 / eventBins.length).toFixed(3)}%`,
                height: `${Math.max(25, (count / busiest) * 100).toFixed(0)}%`,
              }}
            />
          ),
        )}
      </div>
      <div className="slider-track" ref={trackRef}>
        <div className="slider-fill" style={{ width: percent(date) }} />
        <div className="slider-marks" aria-hidden="true" title={marksLabel}>
          {marks.map((day) => (
            <span key={day} className="slider-mark" style={{ left: percent(day) }} />
          ))}
        </div>
        <div className="slider-thumb" style={{ left: percent(date) }} />
      </div>
    </div>
  );
}
