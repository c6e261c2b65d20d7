import { useMemo } from "react";
import { CompareMark } from "../../components/compare-mark";
import { ExternalLink } from "../../components/external-link";
import { compareDays, type IsoDay } from "../../domain/day";
import { eventsBetween } from "../../domain/event-window";
import type { MembershipIndex } from "../../domain/membership";
import { COMPARISON_GROUPS, type ComparisonGroup } from "../../domain/membership-compare";
import { COUNTED_STATUSES } from "../../domain/membership-status";
import type { Bloc } from "../../domain/schemas/bloc";
import { COMPARE_MESSAGES } from "../../lib/compare-messages";
import { formatDay } from "../../lib/i18n";
import { useEventIndex } from "../../lib/data/use-events";
import { useStatesData } from "../../lib/data/use-states-data";
import { shownMembers, type ShownMember } from "../../lib/shown-members";
import { useLang, useMessages } from "../../lib/use-lang";
import { useViewActions } from "../../lib/view-store";
import "./compare.css";

/**
 * The Members region while comparing two dates (loaded only then): the bloc's countries in four
 * groups, each with the dated fact and its source, and the articles' events between the dates. Items
 * keep DESIGN.md's contract: `data-country` on the members of the selected date, `data-associate` on
 * its partners and observers; every item also says its group (`data-change`) and country (`data-compared`).
 */
export default function CompareView({ index, bloc, date, compare }: { index: MembershipIndex; bloc: Bloc; date: IsoDay; compare: IsoDay }) {
  const states = useStatesData().data;
  const lang = useLang();
  const c = COMPARE_MESSAGES[lang];
  const [earlier, later] = compareDays(compare, date) <= 0 ? [compare, date] : [date, compare];
  const groups = useMemo(() => {
    const rows = shownMembers(index, states, bloc, date, compare, lang);
    return COMPARISON_GROUPS.map((group) => ({ group, rows: rows.filter((row) => row.change?.group === group) }));
  }, [index, states, bloc, date, compare, lang]);

  return (
    <div className="compare-view">
      <h3 className="compare-title">{c.changesBetween(formatDay(earlier, lang), formatDay(later, lang))}</h3>
      <EventsBetween earlier={earlier} later={later} />
      {groups.map(({ group, rows }) => (
        <CompareGroup key={group} group={group} rows={rows} earlier={earlier} />
      ))}
    </div>
  );
}

function CompareGroup({ group, rows, earlier }: { group: ComparisonGroup; rows: ShownMember[]; earlier: IsoDay }) {
  const lang = useLang();
  const t = useMessages();
  const c = COMPARE_MESSAGES[lang];
  const { countryOpened } = useViewActions();
  const headingId = `compare-${group}`;
  return (
    <section className="compare-group" aria-labelledby={headingId}>
      <h4 id={headingId}>
        <CompareMark group={group} /> {c.group[group](formatDay(earlier, lang))} ({rows.length})
      </h4>
      {rows.length === 0 ? (
        <p className="empty-note">{c.none}</p>
      ) : (
        <ul data-compare-group={group}>
          {rows.map((row) => {
            const { status, change } = row;
            const attribute = status === null ? {} : COUNTED_STATUSES.has(status) ? { "data-country": row.country } : { "data-associate": row.country };
            const fact = change?.fact;
            const statusName = t.status[row.interval.status];
            return (
              <li key={row.country} data-compared={row.country} data-change={group} {...attribute}>
                <button type="button" className="link-button" onClick={() => countryOpened(row.country)}>
                  {row.name}
                </button>
                {fact && (
                  <span className="compare-fact">
                    {fact.edge === "from" ? c.factFrom(statusName) : c.factTo(statusName)}
                    <time dateTime={fact.date}>{formatDay(fact.date, lang)}</time>
                    {" · "}
                    <ExternalLink href={row.interval.source.url}>
                      <cite translate="no">{row.interval.source.title}</cite>
                    </ExternalLink>
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
/** The articles' events between the two dates, counted from the index, with a way to go to the first. */
function EventsBetween({ earlier, later }: { earlier: IsoDay; later: IsoDay }) {
  const marks = useEventIndex().data?.timeline;
  const c = COMPARE_MESSAGES[useLang()];
  const { dateStepped } = useViewActions();
  if (!marks) return null;
  const { count, first } = eventsBetween(marks, earlier, later);
  return (
    <p className="compare-events">
      {c.eventsBetween(count)}{" "}
      {first && (
        <button type="button" className="link-button" onClick={() => dateStepped(first)}>
          {c.firstEvent}
        </button>
      )}
    </p>
  );
}
