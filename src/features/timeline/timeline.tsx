import { useMemo } from "react";
import { today } from "../../domain/day";
import { changeDays } from "../../domain/membership";
import { formatDay } from "../../lib/i18n";
import { useBlocData, useHighlightedBloc } from "../../lib/data/use-bloc-data";
import { useEventMarks } from "../../lib/data/use-events";
import { useLang, useMessages } from "../../lib/use-lang";
import { usePlaying, useSelectedDate, useViewActions } from "../../lib/view-store";
import {
  binEventDays,
  dayToFraction,
  mergeStops,
  nextStop,
  previousStop,
  rangeMarks,
  TIMELINE_START,
  type TimelineBounds,
} from "./timeline-controller";
import { TimelineSlider } from "./timeline-slider";
import { usePlayback } from "./use-playback";
import "./timeline.css";

/** Years labelled under the track, every this many years. */
const YEAR_LABEL_STEP = 10;
/** Slices of the track for the event histogram: about one per 4 px on a desktop-wide track. */
const EVENT_BINS = 300;

export function Timeline() {
  const { data } = useBlocData();
  const bloc = useHighlightedBloc();
  const date = useSelectedDate();
  const lang = useLang();
  const t = useMessages();
  const playing = usePlaying();
  const { dateStepped, playToggled } = useViewActions();

  const bounds: TimelineBounds = useMemo(() => ({ start: TIMELINE_START, end: today() }), []);
  const marks = useMemo(() => (data && bloc ? changeDays(data.index, bloc.id) : []), [data, bloc]);
  const events = useEventMarks();
  const eventDays = useMemo(() => mergeStops(events.map((e) => e.start)), [events]);
  const eventBins = useMemo(() => binEventDays(events, bounds, EVENT_BINS), [events, bounds]);
  const eventRanges = useMemo(() => rangeMarks(events), [events]);
  const changeStops = useMemo(() => mergeStops(marks, bloc?.milestones.map((m) => m.date) ?? []), [marks, bloc]);
  const playStops = useMemo(() => mergeStops(changeStops, eventDays), [changeStops, eventDays]);
  usePlayback(playing, playStops);

  const previous = date ? previousStop(changeStops, date) : null;
  const next = date ? nextStop(changeStops, date) : null;
  const previousEvent = date ? previousStop(eventDays, date) : null;
  const nextEvent = date ? nextStop(eventDays, date) : null;
  const firstYear = Number(bounds.start.slice(0, 4));
  const lastYear = Number(bounds.end.slice(0, 4));
  const years: number[] = [];
  for (let y = Math.ceil(firstYear / YEAR_LABEL_STEP) * YEAR_LABEL_STEP; y <= lastYear; y += YEAR_LABEL_STEP) years.push(y);

  return (
    <section className="timeline" aria-label={t.dateLabel}>
      <div className="timeline-controls">
        <button type="button" onClick={() => previous && dateStepped(previous)} disabled={!previous}>
          <span aria-hidden="true">← </span>
          {t.previousChange}
        </button>
        <button type="button" onClick={playToggled} aria-pressed={playing} disabled={!date}>
          <span aria-hidden="true">{playing ? "❚❚ " : "▶ "}</span>
          {playing ? t.pause : t.play}
        </button>
        <button type="button" onClick={() => next && dateStepped(next)} disabled={!next}>
          {t.nextChange}
          <span aria-hidden="true"> →</span>
        </button>
        <span className="control-separator" aria-hidden="true" />
        <button type="button" onClick={() => previousEvent && dateStepped(previousEvent)} disabled={!previousEvent}>
          <span aria-hidden="true">← </span>
          {t.previousEvent}
        </button>
        <button type="button" onClick={() => nextEvent && dateStepped(nextEvent)} disabled={!nextEvent}>
          {t.nextEvent}
          <span aria-hidden="true"> →</span>
        </button>
        <p className="timeline-date">
          <span className="visually-hidden">{t.selectedDate}: </span>
          {date ? (
            <time data-selected-date dateTime={date}>
              {formatDay(date, lang)}
            </time>
          ) : (
            t.loading
          )}
        </p>
      </div>
      {date && (
        <TimelineSlider
          date={date}
          bounds={bounds}
          marks={marks}
          eventBins={eventBins}
          eventRanges={eventRanges}
          lang={lang}
          label={`${t.dateLabel} — ${bloc ? bloc.shortNames[lang] : ""}`}
          marksLabel={t.changeMarks}
        />
      )}
      <div className="timeline-years" aria-hidden="true">
        {years.map((y) => (
          <span key={y} style={{ left: `${(dayToFraction(`${y}-01-01`, bounds) * 100).toFixed(2)}%` }}>
            {y}
          </span>
        ))}
      </div>
    </section>
  );
}
