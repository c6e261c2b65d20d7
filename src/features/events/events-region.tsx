import { useMemo, useState } from "react";
import { type FilterOptions, isFiltering } from "../../domain/event-search";
import type { ShardEvent } from "../../domain/schemas/event-data";
import { DataError } from "../../components/data-error";
import { useEventSearch, useSearchManifest } from "../../lib/data/use-event-search";
import { useEventsNearDate } from "../../lib/data/use-events";
import { useMessages } from "../../lib/use-lang";
import { useSettledDate } from "../../lib/use-settled-date";
import { useEventFilters, useEventParam } from "../../lib/view-store";
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

/**
 * The "Events" region (DESIGN.md contract): the events on the selected date, then the nearest before
 * and after. Its accessible name stays "Events" in every language: tools rely on it.
 */
export function EventsRegion() {
  const date = useSettledDate();
  const openId = useEventParam();
  const t = useMessages();
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

  return (
    <section className="panel events" id="events" aria-label="Events" aria-busy={!date || listed.pending}>
      <h2 tabIndex={-1}>{t.events}</h2>
      <EventsFinder filters={filters} options={manifest.data ?? NO_OPTIONS} onOpen={() => setFinderUsed(true)} />
      {errors.map((error) => (
        <DataError key={error.message} error={error} />
      ))}
      <p className="match-count" role="status">
        {filtering ? (search.count === null ? (search.pending ? t.searching : "") : t.matchCount(search.count)) : ""}
      </p>
      {around && !listed.pending && shown === 0 && (
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
