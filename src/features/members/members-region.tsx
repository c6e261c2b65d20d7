import { useMemo } from "react";
import { compareCountryNames } from "../../domain/countries";
import { changeAtOrBefore, countedMembersOn, membersOn, type MemberOnDay } from "../../domain/membership";
import { COUNTED_STATUSES, type MembershipStatus } from "../../domain/membership-status";
import { DataError } from "../../components/data-error";
import { nameOn } from "../../domain/states";
import { formatDay } from "../../lib/i18n";
import { useBlocData, useHighlightedBloc } from "../../lib/data/use-bloc-data";
import { useStatesData } from "../../lib/data/use-states-data";
import { useLang, useMessages } from "../../lib/use-lang";
import { useSelectedDate, useViewActions } from "../../lib/view-store";
import { LastChange } from "./last-change";
import "./members.css";

/**
 * The "Members" region (DESIGN.md contract): the highlighted bloc's members on the selected date, one
 * `[data-country]` item each. Its accessible name stays "Members" in every language: tools rely on it.
 */
export function MembersRegion() {
  const { data, error } = useBlocData();
  const states = useStatesData().data;
  const bloc = useHighlightedBloc();
  const date = useSelectedDate();
  const lang = useLang();
  const t = useMessages();

  const { members, associates } = useMemo(() => {
    if (!data || !bloc || !date) return { members: [], associates: [] };
    const named = (list: readonly MemberOnDay[]) =>
      list
        .map((m) => ({ ...m, name: nameOn(states, m.country, lang, date) }))
        .sort((a, b) => compareCountryNames(a.name, b.name, lang));
    return {
      members: named(countedMembersOn(data.index, bloc.id, date)),
      associates: named(membersOn(data.index, bloc.id, date).filter((m) => !COUNTED_STATUSES.has(m.status))),
    };
  }, [data, states, bloc, date, lang]);
  const change = data && bloc && date ? changeAtOrBefore(data.index, bloc.id, date) : null;

  return (
    <section className="panel members" aria-label="Members" aria-busy={!error && (!data || !date)}>
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
          {change && <LastChange change={change} nameOf={(code) => nameOn(states, code, lang, date)} />}
        </>
      )}
      <MemberList rows={members} attribute="data-country" />
      {associates.length > 0 && <MemberList rows={associates} attribute="data-associate" />}
    </section>
  );
}

interface MemberRow {
  country: string;
  name: string;
  status: MembershipStatus;
}

/**
 * Countries as buttons that open their panel, with any status other than plain membership. Members
 * carry `data-country` (DESIGN.md's contract); partners and observers `data-associate`, apart.
 */
function MemberList({ rows, attribute }: { rows: MemberRow[]; attribute: "data-country" | "data-associate" }) {
  const t = useMessages();
  const { countryShown } = useViewActions();
  return (
    <ul className={attribute === "data-country" ? "member-list" : "member-list associates"}>
      {rows.map((m) => (
        <li key={m.country} {...{ [attribute]: m.country }}>
          <button type="button" className="link-button" onClick={() => countryShown(m.country)}>
            {m.name}
          </button>
          {m.status !== "member" && <span className="status-tag">{t.status[m.status]}</span>}
        </li>
      ))}
    </ul>
  );
}
