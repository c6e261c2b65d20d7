import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import type { IsoDay } from "../../domain/day";
import { formatDay, type Lang } from "../../lib/i18n";
import { shardsOverlapping, useEventIndex, useShardEvents, type EventMark } from "../../lib/data/use-events";
import { clipText } from "../../lib/text-pieces";
import { useMessages } from "../../lib/use-lang";
import { useViewActions } from "../../lib/view-store";
import { spreadMarks, type MarkGroup, type TimelineBounds } from "./timeline-controller";

/** Heads of marks spread apart are this far from each other, in CSS pixels. */
const MARK_GAP_PX = 12;
/** A run of marks spreads over at most this share of the track before its marks are grouped. */
const MAX_SPREAD_SHARE = 0.2;
/** Titles are loaded for the marks of a view spanning at most this many shards (months with events). */
const MAX_TITLE_SHARDS = 36;
/** Longest title in a tooltip, in characters. */
const TITLE_CHARS = 100;

interface Props {
  view: TimelineBounds;
  marks: readonly EventMark[];
  lang: Lang;
  /** A group of marks chosen: the view zooms to its days. */
  onZoomTo: (start: IsoDay, end: IsoDay) => void;
}

/**
 * The events above the track, one mark each where they can be told apart (spread around their day,
 * a leader joining each to it), grouped with their count where they cannot. One Tab stop: the arrows
 * move between marks; a mark's tooltip (on hover and on focus) gives its date and title; Enter opens
 * the event, or zooms in on a group. Memoised: the date moving (every frame of a drag) does not redraw it.
 */
export const TimelineMarks = memo(function TimelineMarks({ view, marks, lang, onZoomTo }: Props) {
  const t = useMessages();
  const { eventOpened } = useViewActions();
  const strip = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [active, setActive] = useState(0);
  const [shown, setShown] = useState<number | null>(null);

  useEffect(() => {
    const element = strip.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const groups = useMemo(() => spreadMarks(marks, view, width, MARK_GAP_PX, width * MAX_SPREAD_SHARE), [marks, view, width]);
  const index = useEventIndex().data;
  const refs = useMemo(() => {
    const overlapping = index ? shardsOverlapping(index, view.start, view.end) : [];
    return overlapping.length <= MAX_TITLE_SHARDS ? overlapping : [];
  }, [index, view]);
  const titles = useShardEvents(refs).events;
  const eventOf = useMemo(() => new Map(titles.map((e) => [e.id, e])), [titles]);
  const markOf = useMemo(() => new Map(marks.flatMap((m) => (m.id === null ? [] : [[m.id, m] as const]))), [marks]);

  const groupLabel = (group: MarkGroup) => t.markGroup(group.count, formatDay(group.start, lang), formatDay(group.end, lang));
  /** A mark's words: a single event's title is the article's words, marked with the article's language. */
  const describe = (group: MarkGroup): ReactNode => {
    if (group.count > 1) return groupLabel(group);
    // A dated range is said as one: a mark stands at its first day.
    const mark = group.ids[0] ? markOf.get(group.ids[0]) : undefined;
    const [from, to] = [formatDay(group.start, lang), formatDay(mark?.end ?? group.start, lang)];
    const date = t.markEventDate(from === to ? from : t.dateBetween(from, to));
    const event = group.ids[0] ? eventOf.get(group.ids[0]) : undefined;
    if (!event) return `${date} ${t.markOneEvent}`;
    return (
      <>
        {date} <span lang={event.article.language}>{clipText(event.summary, TITLE_CHARS)}</span>
      </>
    );
  };
  const choose = (group: MarkGroup) => {
    const id = group.ids[0];
    if (group.count === 1 && id) eventOpened(id, group.start);
    else onZoomTo(group.start, group.end);
  };
  const current = Math.min(active, groups.length - 1);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const by = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (by === 0 || groups.length === 0) return;
    e.preventDefault();
    const next = (current + by + groups.length) % groups.length;
    setActive(next);
    setShown(next);
    strip.current?.querySelectorAll<HTMLButtonElement>("button")[next]?.focus();
  };
  const tip = shown === null ? undefined : groups[shown];

  return (
    <div
      className="timeline-marks"
      ref={strip}
      role="group"
      aria-label={t.timelineEvents}
      data-view-start={view.start}
      data-view-end={view.end}
      onKeyDown={onKeyDown}
    >
      <svg className="mark-leaders" aria-hidden="true" width={width} height="100%">
        {groups.map((g) => (
          <line key={`${g.start}-${g.x}`} x1={g.at} x2={g.x} y1="100%" y2="12" />
        ))}
      </svg>
      {groups.map((group, i) => (
        <button
          key={`${group.start}-${group.x}`}
          type="button"
          className={group.count > 1 ? "timeline-mark group" : "timeline-mark"}
          style={{ left: `${group.x}px` }}
          tabIndex={i === current ? 0 : -1}
          aria-label={group.count > 1 ? groupLabel(group) : undefined}
          data-mark-events={group.ids.join(" ")}
          onClick={() => choose(group)}
          onFocus={() => {
            setActive(i);
            setShown(i);
          }}
          onBlur={() => setShown(null)}
          onMouseEnter={() => setShown(i)}
          onMouseLeave={() => setShown(null)}
        >
          {group.count > 1 ? group.count : <span className="visually-hidden">{describe(group)}</span>}
        </button>
      ))}
      {tip && (
        <p className="mark-tooltip" role="tooltip" style={{ left: `${Math.min(Math.max(tip.x, 80), Math.max(80, width - 80))}px` }}>
          {describe(tip)}
        </p>
      )}
    </div>
  );
});
