import { useMemo, useState } from "react";
import type { ShardEvent } from "../../domain/schemas/event-data";
import { DataError } from "../../components/data-error";
import { useEventsNearDate, useSearchableEvents } from "../../lib/data/use-events";
import { useMessages } from "../../lib/use-lang";
import { useSettledDate } from "../../lib/use-settled-date";
import { useEventParam } from "../../lib/view-store";
import { EventCard } from "./event-card";
import { filterEvents, filterOptions, isFiltering, NO_FILTERS } from "./event-filters";
import { EventsFinder } from "./events-finder";
import { arrangeAroundDate } from "./order-events";
import { useEventLink } from "./use-event-link";

/** Events listed on each side of the selected date: the nearest few, more when the reader is searching. */
const NEARBY_LIMIT = 3;
const FILTERED_LIMIT = 25;

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

/**
 * The "Events" region (DESIGN.md contract): the events on the selected date, then the nearest before
 * and after. Its accessible name stays "Events" in every language: tools rely on it.
 */
export function EventsRegion() {
  const date = useSettledDate();
  const openId = useEventParam();
  const t = useMessages();
  const [filters, setFilters] = useState(NO_FILTERS);
  const [finderUsed, setFinderUsed] = useState(false);
  useEventLink();

  const near = useEventsNearDate(date);
  const searchable = useSearchableEvents(date, finderUsed);
  const filtering = isFiltering(filters);
  const pool = finderUsed && !searchable.pending ? searchable : near;
  const options = useMemo(() => filterOptions(pool.events), [pool.events]);
  const matching = useMemo(
    () => (filtering ? filterEvents(pool.events, filters) : pool.events),
    [pool.events, filters, filtering],
  );
  const around = useMemo(
    () => (date ? arrangeAroundDate(matching, date, filtering ? FILTERED_LIMIT : NEARBY_LIMIT) : null),
    [date, matching, filtering],
  );
  const errors = [...new Map([...near.errors, ...searchable.errors].map((e) => [e.message, e])).values()];
  const shown = around ? around.onDate.length + around.before.length + around.after.length : 0;

  return (
    <section className="panel events" aria-label="Events" aria-busy={!date || near.pending}>
      <h2>{t.events}</h2>
      <EventsFinder filters={filters} options={options} onChange={setFilters} onOpen={() => setFinderUsed(true)} />
      {errors.map((error) => (
        <DataError key={error.message} error={error} />
      ))}
      <p className="match-count" role="status">
        {filtering ? t.matchCount(matching.length) : ""}
      </p>
      {around && !near.pending && shown === 0 && (
        <p className="empty-note">{filtering ? t.noEventsMatch : t.noEventsNearby}</p>
      )}
      {around && (
        <>
          <EventGroup group="on-date" title={t.eventsOnDate} events={around.onDate} openId={openId} />
          <EventGroup group="before" title={t.eventsBefore} events={around.before} openId={openId} />
          <EventGroup group="after" title={t.eventsAfter} events={around.after} openId={openId} />
        </>
      )}
    </section>
  );
}
