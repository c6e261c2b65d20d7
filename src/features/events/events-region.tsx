import { useId, useMemo, useState } from "react";
import { ContractName } from "../../components/contract-name";
import { type FilterOptions, isFiltering } from "../../domain/event-search";
import type { ShardEvent } from "../../domain/schemas/event-data";
import { DataError } from "../../components/data-error";
import { formatDay } from "../../lib/i18n";
import { useEventSearch, useSearchManifest } from "../../lib/data/use-event-search";
import { useEventsNearDate } from "../../lib/data/use-events";
import { useLang, useMessages } from "../../lib/use-lang";
import { useSettledDate } from "../../lib/use-settled-date";
import { useDateMovedFrom, useEventFilters, useEventParam, useSelectedDate } from "../../lib/view-store";
import { AllEvents } from "./all-events";
import { EventCard } from "./event-card";
import { EventsFinder } from "./events-finder";
import { arrangeAroundDate } from "./order-events";
import { useEventLink } from "./use-event-link";
import "./events.css";

/** Events listed on each side of the selected date: the nearest few, more when the reader is searching. */
const NEARBY_LIMIT = 3;
const FILTERED_LIMIT = 25;
const NO_OPTIONS: FilterOptions = { blocs: [], countries: [], speakers: [], articles: [] };

interface EventGroupProps {
  /** Which side of the date, as `data-group` for tests and styles. */
  group: "on-date" | "before" | "after";
  title: string;
  events: ShardEvent[];
  openId: string | null;
}

function EventGroup({ group, title, events, openId }: EventGroupProps) {
  if (events.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ol className="event-list" data-group={group}>
        {events.map((e) => (
          <li key={e.id}>
            <EventCard event={e} open={e.id === openId} />
          </li>
        ))}
      </ol>
    </>
  );
}

/** The visible marker while the list waits: it alone follows the date on every frame of a drag. */
function EventsLoading() {
  const selected = useSelectedDate();
  const lang = useLang();
  const t = useMessages();
  return (
    <p className="events-loading" data-events-loading>
      {t.eventsLoading(formatDay(selected, lang))}
    </p>
  );
}

/**
 * The "Events" region (DESIGN.md contract): the events on the selected date, then the nearest before
 * and after, each group naming the day it is relative to; or every event of the corpus, by year. Its
 * accessible name stays "Events" in every language: tools rely on it. While the list waits for the
 * date to settle or for its events, it says so (`aria-busy`, a visible marker) and is dimmed.
 */
export function EventsRegion() {
  const date = useSettledDate();
  const moved = useDateMovedFrom(date);
  const nameId = useId();
  const openId = useEventParam();
  const t = useMessages();
  const lang = useLang();
  const [showAll, setShowAll] = useState(false);
  const filters = useEventFilters();
  const filtering = isFiltering(filters);
  const [finderUsed, setFinderUsed] = useState(false);
  useEventLink();

  const near = useEventsNearDate(date);
  const manifest = useSearchManifest(finderUsed || filtering);
  const search = useEventSearch(filtering ? filters : null, date, FILTERED_LIMIT);
  const listed = filtering ? search : near;
  // The nearby list stays up while a neighbouring shard loads (a remount would lose the focus in it);
  // a search's list waits for its answer rather than show the nearby events meanwhile.
  const around = useMemo(
    () =>
      date && !(filtering && search.pending)
        ? arrangeAroundDate(listed.events, date, filtering ? FILTERED_LIMIT : NEARBY_LIMIT)
        : null,
    [date, listed, filtering, search.pending],
  );
  const errors = [
    ...new Map([...near.errors, ...search.errors, ...(manifest.error ? [manifest.error] : [])].map((e) => [e.message, e])).values(),
  ];
  const shown = around ? around.onDate.length + around.before.length + around.after.length : 0;
  const busy = !showAll && (!date || moved || listed.pending);
  const day = date ? formatDay(date, lang) : "";

  return (
    <section className="panel events" id="events" aria-labelledby={nameId} aria-busy={busy}>
      <ContractName id={nameId} name="Events" />
      <h2 tabIndex={-1}>{t.events}</h2>
      <div className="events-views" role="group" aria-label={t.eventsView}>
        <button type="button" aria-pressed={!showAll} onClick={() => setShowAll(false)}>
          {t.eventsAround}
        </button>
        <button type="button" aria-pressed={showAll} onClick={() => setShowAll(true)}>
          {t.eventsAll}
        </button>
      </div>
      {showAll ? (
        <AllEvents openId={openId} />
      ) : (
        <>
          <EventsFinder filters={filters} options={manifest.data ?? NO_OPTIONS} onOpen={() => setFinderUsed(true)} />
          {errors.map((error) => (
            <DataError key={error.message} error={error} />
          ))}
          <p className="match-count" role="status">
            {filtering ? (search.count === null ? (search.pending ? t.searching : "") : t.matchCount(search.count)) : ""}
          </p>
          {busy && (
            <EventsLoading />
          )}
          {around && !busy && shown === 0 && <p className="empty-note">{filtering ? t.noEventsMatch : t.noEventsNearby}</p>}
          {around && (
            <div className={busy ? "events-around stale" : "events-around"}>
              <EventGroup group="on-date" title={t.eventsOn(day)} events={around.onDate} openId={openId} />
              <EventGroup group="before" title={t.eventsEarlierThan(day)} events={around.before} openId={openId} />
              <EventGroup group="after" title={t.eventsLaterThan(day)} events={around.after} openId={openId} />
            </div>
          )}
        </>
      )}
    </section>
  );
}
