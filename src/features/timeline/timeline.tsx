import { memo, useCallback, useMemo, useState } from "react";
import { today, type IsoDay } from "../../domain/day";
import { changeDays } from "../../domain/membership";
import type { Lang } from "../../lib/i18n";
import { useBlocData, useHighlightedBloc } from "../../lib/data/use-bloc-data";
import { useEventMarks } from "../../lib/data/use-events";
import { useLang, useMessages } from "../../lib/use-lang";
import { usePlaying, useSelectedDate, useViewActions } from "../../lib/view-store";
import {
  dayToFraction,
  mergeStops,
  nextStop,
  PLAY_SPEEDS,
  previousStop,
  rangeMarks,
  ticksFor,
  TIMELINE_START,
  viewShowing,
  ZOOM_STEP,
  zoomView,
  type PlaySpeed,
  type TimelineBounds,
} from "./timeline-controller";
import { TimelineDate } from "./timeline-date";
import { TimelineMarks } from "./timeline-marks";
import { TimelineSlider, type StepKind } from "./timeline-slider";
import { useTimelineWheel } from "./use-timeline-wheel";
import { usePlayback } from "./use-playback";
import "./timeline.css";

/** Labels under the track at most: enough to read the scale at any zoom. */
const MAX_TICKS = 9;

/** The scale under the track: it changes with the view, not with the date (memoised: a drag moves the date every frame). */
const TimelineTicks = memo(function TimelineTicks({ view, lang }: { view: TimelineBounds; lang: Lang }) {
  const monthFormat = useMemo(() => new Intl.DateTimeFormat(lang, { month: "short", year: "numeric", timeZone: "UTC" }), [lang]);
  return (
    <div className="timeline-years" aria-hidden="true">
      {ticksFor(view, MAX_TICKS).map((tick) => (
        <span key={tick.day} style={{ left: `${(dayToFraction(tick.day, view) * 100).toFixed(2)}%` }}>
          {tick.unit === "year" ? tick.day.slice(0, 4) : monthFormat.format(new Date(`${tick.day}T00:00:00Z`))}
        </span>
      ))}
    </div>
  );
});

export function Timeline() {
  const { data } = useBlocData();
  const bloc = useHighlightedBloc();
  const date = useSelectedDate();
  const lang = useLang();
  const t = useMessages();
  const playing = usePlaying();
  const { dateStepped, playToggled } = useViewActions();
  const [speed, setSpeed] = useState<PlaySpeed>(1);

  const bounds: TimelineBounds = useMemo(() => ({ start: TIMELINE_START, end: today() }), []);
  const [zoomed, setZoomed] = useState(bounds);
  // The view follows the date out of it (keys, buttons, playback) by the least move, adjusted while rendering.
  const [followed, setFollowed] = useState(date);
  if (followed !== date) {
    setFollowed(date);
    const moved = viewShowing(zoomed, bounds, date);
    if (moved !== zoomed) setZoomed(moved);
  }
  const view = zoomed;
  const zoom = (factor: number, anchor: IsoDay) => setZoomed(zoomView(view, bounds, factor, anchor));
  const wheelRef = useTimelineWheel(view, bounds, setZoomed);
  const zoomTo = useCallback((start: IsoDay, end: IsoDay) => setZoomed(zoomView({ start, end }, bounds, 1.5, start)), [bounds]);

  const marks = useMemo(() => (data && bloc ? changeDays(data.index, bloc.id) : []), [data, bloc]);
  const events = useEventMarks();
  const eventDays = useMemo(() => mergeStops(events.map((e) => e.start)), [events]);
  const eventRanges = useMemo(() => rangeMarks(events), [events]);
  const changeStops = useMemo(() => mergeStops(marks, bloc?.milestones.map((m) => m.date) ?? []), [marks, bloc]);
  const playStops = useMemo(() => mergeStops(changeStops, eventDays), [changeStops, eventDays]);
  usePlayback(playing, playStops, speed);

  const stops: Record<StepKind, IsoDay | null> = {
    previousChange: previousStop(changeStops, date),
    nextChange: nextStop(changeStops, date),
    previousEvent: previousStop(eventDays, date),
    nextEvent: nextStop(eventDays, date),
  };
  const step = (kind: StepKind) => {
    const day = stops[kind];
    if (day) dateStepped(day);
  };
  const whole = view.start === bounds.start && view.end === bounds.end;

  return (
    <section className="timeline" aria-label={t.dateLabel} ref={wheelRef}>
      <TimelineSlider
        date={date}
        bounds={bounds}
        view={view}
        marks={marks}
        eventRanges={eventRanges}
        lang={lang}
        label={`${t.dateLabel} — ${bloc ? bloc.shortNames[lang] : ""}`}
        marksLabel={t.changeMarks}
        onZoom={zoom}
        onStep={step}
      />
      <TimelineMarks view={view} marks={events} lang={lang} onZoomTo={zoomTo} />
      <TimelineTicks view={view} lang={lang} />
      <div className="timeline-controls">
        <button type="button" onClick={() => step("previousChange")} disabled={!stops.previousChange} aria-label={t.previousChange} aria-keyshortcuts="[">
          <span aria-hidden="true">← </span>
          <span className="control-label">{t.changeShort}</span>
        </button>
        <button type="button" onClick={playToggled} aria-pressed={playing}>
          <span aria-hidden="true">{playing ? "❚❚ " : "▶ "}</span>
          <span className="control-label">{playing ? t.pause : t.play}</span>
        </button>
        <select className="play-speed" aria-label={t.playSpeed} value={speed} onChange={(e) => setSpeed(Number(e.target.value) as PlaySpeed)}>
          {PLAY_SPEEDS.map((s) => (
            <option key={s} value={s}>
              {t.speedValue(s)}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => step("nextChange")} disabled={!stops.nextChange} aria-label={t.nextChange} aria-keyshortcuts="]">
          <span className="control-label">{t.changeShort}</span>
          <span aria-hidden="true"> →</span>
        </button>
        <span className="control-separator" aria-hidden="true" />
        <button type="button" onClick={() => step("previousEvent")} disabled={!stops.previousEvent} aria-label={t.previousEvent} aria-keyshortcuts=",">
          <span aria-hidden="true">← </span>
          <span className="control-label">{t.eventShort}</span>
        </button>
        <button type="button" onClick={() => step("nextEvent")} disabled={!stops.nextEvent} aria-label={t.nextEvent} aria-keyshortcuts=".">
          <span className="control-label">{t.eventShort}</span>
          <span aria-hidden="true"> →</span>
        </button>
        <span className="control-separator" aria-hidden="true" />
        <button type="button" onClick={() => zoom(1 / ZOOM_STEP, date)} aria-label={t.zoomIn} aria-keyshortcuts="+">
          +
        </button>
        <button type="button" onClick={() => zoom(ZOOM_STEP, date)} disabled={whole} aria-label={t.zoomOut} aria-keyshortcuts="-">
          −
        </button>
        <button type="button" onClick={() => setZoomed(bounds)} disabled={whole} aria-label={t.zoomAll}>
          <span aria-hidden="true">⤢</span>
        </button>
        <TimelineDate date={date} lang={lang} label={t.labelled(t.selectedDate)} />
      </div>
    </section>
  );
}
