import { lazy, Suspense, useId, useMemo } from "react";
import { ContractName } from "../../components/contract-name";
import type { IsoDay } from "../../domain/day";
import { changeAtOrBefore } from "../../domain/membership";
import { COUNTED_STATUSES } from "../../domain/membership-status";
import { DataError } from "../../components/data-error";
import { nameOn } from "../../domain/states";
import { formatDay } from "../../lib/i18n";
import { useBlocData, useHighlightedBloc } from "../../lib/data/use-bloc-data";
import { useStatesData } from "../../lib/data/use-states-data";
import { shownMembers, type ShownMember } from "../../lib/shown-members";
import { useLang, useMessages } from "../../lib/use-lang";
import { useSettledDate } from "../../lib/use-settled-date";
import { useCompareParam, useDateMovedFrom, useSweeping, useViewActions } from "../../lib/view-store";
import { CompareForm } from "./compare-form";
import { LastChange } from "./last-change";
import "./members.css";

/** Loaded when a comparison is asked for: most views show one date. */
const CompareView = lazy(() => import("./compare-view"));

/**
 * The "Members" region (DESIGN.md contract): the highlighted bloc's members on the selected date, one
 * `[data-country]` item each. Its accessible name stays "Members" in every language: tools rely on it.
 * It follows each step of the date at once, but waits for the date to settle while a drag or a held key
 * sweeps it (busy and dimmed meanwhile, its count naming the day it shows): rebuilding the
 * list on every frame of a drag reflowed the whole panel, which software rendering repaints slowly.
 */
export function MembersRegion({ firstDay }: { firstDay: IsoDay }) {
  const date = useSettledDate(0);
  // Busy whenever the list shows another day than the selected one; dimmed only while a drag or a held
  // key sweeps the date, not in the moment a discrete step (a click, playback) takes to settle.
  const busy = useDateMovedFrom(date);
  const dimmed = useSweeping() && busy;
  const { data, error } = useBlocData();
  const compare = useCompareParam();
  const states = useStatesData().data;
  const bloc = useHighlightedBloc();
  const lang = useLang();
  const t = useMessages();
  const nameId = useId();

  const { members, associates } = useMemo(() => {
    if (!data || !bloc || !date) return { members: [], associates: [] };
    const rows = shownMembers(data.index, states, bloc, date, null, lang);
    const counted = rows.filter((r) => r.status !== null && COUNTED_STATUSES.has(r.status));
    return { members: counted, associates: rows.filter((r) => !counted.includes(r)) };
  }, [data, states, bloc, date, lang]);
  const change = data && bloc ? changeAtOrBefore(data.index, bloc.id, date) : null;

  return (
    <section className={dimmed ? "panel members stale" : "panel members"} aria-labelledby={nameId} aria-busy={!error && (!data || busy)}>
      <ContractName id={nameId} name="Members" />
      <h2>
        {t.members}
        {bloc && <span className="panel-subtitle"> · {bloc.shortNames[lang]}</span>}
      </h2>
      {error && <DataError error={error} region={t.membersRegion} />}
      {bloc && date && (
        <>
          <p className="member-count" aria-live="polite">
            {t.memberCount(members.length)} · {formatDay(date, lang)}
          </p>
          {members.length === 0 && (
            <p className="empty-note">
              {date < bloc.founded.date
                ? t.noMembers(bloc.names[lang], formatDay(bloc.founded.date, lang))
                : t.noMembersAnymore(bloc.names[lang])}
            </p>
          )}
          <CompareForm firstDay={firstDay} />
          {!compare && change && <LastChange change={change} nameOf={(code) => nameOn(states, code, lang, date)} />}
        </>
      )}
      {data && bloc && date && compare ? (
        <Suspense fallback={<p>{t.loading}</p>}>
          <CompareView index={data.index} bloc={bloc} date={date} compare={compare} />
        </Suspense>
      ) : (
        <>
          <MemberList rows={members} attribute="data-country" />
          {associates.length > 0 && <MemberList rows={associates} attribute="data-associate" />}
        </>
      )}
    </section>
  );
}

/**
 * Countries as buttons that open their panel, with any status other than plain membership. Members
 * carry `data-country` (DESIGN.md's contract); partners and observers `data-associate`, apart.
 */
function MemberList({ rows, attribute }: { rows: ShownMember[]; attribute: "data-country" | "data-associate" }) {
  const t = useMessages();
  const { countryShown } = useViewActions();
  return (
    <ul className={attribute === "data-country" ? "member-list" : "member-list associates"}>
      {rows.map((m) => (
        <li key={m.country} {...{ [attribute]: m.country }}>
          <button type="button" className="link-button" onClick={() => countryShown(m.country)}>
            {m.name}
          </button>
          {m.status !== null && m.status !== "member" && <span className="status-tag">{t.status[m.status]}</span>}
        </li>
      ))}
    </ul>
  );
}
