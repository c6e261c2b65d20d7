import { useMemo, useState } from "react";
import type { EventsIndex, ShardEvent } from "../../domain/schemas/event-data";
import { DataError } from "../../components/data-error";
import { shardsOverlapping, useEventIndex, useEventMarks, useShardEvents } from "../../lib/data/use-events";
import { useMessages } from "../../lib/use-lang";
import { EventCard } from "./event-card";

/** Up to this many events in the corpus, every year opens at once; beyond, each year loads when opened. */
const ALL_OPEN_LIMIT = 200;

/** Newest first: by start, then end, descending. */
const newestFirst = (a: ShardEvent, b: ShardEvent) =>
  b.date.start.localeCompare(a.date.start) || b.date.end.localeCompare(a.date.end) || a.id.localeCompare(b.id);

/** Every event of the corpus, by year of its start, newest first, each year with its count. */
export function AllEvents({ openId }: { openId: string | null }) {
  const t = useMessages();
  const index = useEventIndex();
  const marks = useEventMarks();
  const years = useMemo(() => {
    const counts = new Map<string, number>();
    for (const mark of marks) counts.set(mark.start.slice(0, 4), (counts.get(mark.start.slice(0, 4)) ?? 0) + mark.count);
    return [...counts].sort(([a], [b]) => b.localeCompare(a));
  }, [marks]);
  const total = years.reduce((sum, [, n]) => sum + n, 0);
  if (index.error) return <DataError error={index.error} />;
  if (!index.data) return <p>{t.loading}</p>;
  return (
    <div className="all-events">
      <p className="match-count">{t.allEventsCount(total)}</p>
      {years.map(([year, count]) => (
        <Year key={year} index={index.data} year={year} count={count} startOpen={total <= ALL_OPEN_LIMIT} openId={openId} />
      ))}
    </div>
  );
}

interface YearProps {
  index: EventsIndex;
  year: string;
  count: number;
  startOpen: boolean;
  openId: string | null;
}

function Year({ index, year, count, startOpen, openId }: YearProps) {
  const t = useMessages();
  const [open, setOpen] = useState(startOpen);
  const refs = useMemo(() => (open ? shardsOverlapping(index, `${year}-01-01`, `${year}-12-31`) : []), [open, index, year]);
  const { events, errors, pending } = useShardEvents(refs);
  const listed = useMemo(() => events.filter((e) => e.date.start.startsWith(year)).sort(newestFirst), [events, year]);
  return (
    <details className="events-year" open={open} onToggle={(e) => setOpen(e.currentTarget.open)} data-year={year}>
      <summary>
        <h3>{t.yearCount(year, count)}</h3>
      </summary>
      {errors.map((error) => (
        <DataError key={error.message} error={error} />
      ))}
      {open && pending && <p>{t.loading}</p>}
      <ol className="event-list">
        {listed.map((e) => (
          <li key={e.id}>
            <EventCard event={e} open={e.id === openId} />
          </li>
        ))}
      </ol>
    </details>
  );
}
