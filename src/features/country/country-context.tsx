import type { ReactNode } from "react";
import { ExternalLink } from "../../components/external-link";
import { addDays, type IsoDay } from "../../domain/day";
import { statusOn } from "../../domain/membership";
import type { Bloc, Source } from "../../domain/schemas/bloc";
import { coversOn, isPartOn } from "../../domain/standing";
import {
  containingPeriodOn,
  holdsOn,
  isFormerState,
  lifetimeOf,
  nameOn,
  occupationsOf,
  periodOn,
  sovereignOn,
  type StatesIndex,
} from "../../domain/states";
import { formatDay } from "../../lib/i18n";
import type { BlocData } from "../../lib/data/use-bloc-data";
import { useLang, useMessages } from "../../lib/use-lang";
import { CONTEXT_MESSAGES } from "./context-messages";
import { useViewActions } from "../../lib/view-store";

interface ContextProps {
  country: string;
  date: IsoDay;
  states: StatesIndex;
  blocs: BlocData;
  bloc: Bloc;
}

function SourceLink({ source }: { source: Source }) {
  const t = useMessages();
  return (
    <span className="source">
      {t.labelled(t.source)}{" "}
      <ExternalLink href={source.url} plain={source.title}>
        <cite translate="no">{source.title}</cite>
      </ExternalLink>
    </span>
  );
}

/**
 * What the country was on the date, beyond its memberships: the former state it was part of or that
 * no longer exists, the state a territory belongs to and whether the highlighted bloc's treaty covers
 * it (the map shows it lighter when not), and the occupations of its territory.
 */
export default function CountryContext({ country, date, states, blocs, bloc }: ContextProps) {
  const lang = useLang();
  const t = { ...useMessages(), ...CONTEXT_MESSAGES[lang] };
  const { countryOpened } = useViewActions();
  const name = nameOn(states, country, lang, date);
  const open = (code: string) => (
    <button type="button" className="link-button" onClick={() => countryOpened(code)}>
      {nameOn(states, code, lang, date)}
    </button>
  );
  const notes: ReactNode[] = [];

  const period = periodOn(states, country, date);
  if (period?.note) notes.push(<p key="period">{period.note[lang]} <SourceLink source={period.source} /></p>);
  if (!period && isFormerState(states, country)) {
    const { from, to } = lifetimeOf(states, country);
    // `to` is the first day without the state: the last day it existed is the day before.
    notes.push(<p key="lifetime">{from && date < from ? t.existedFrom(formatDay(from, lang)) : to ? t.existedUntil(formatDay(addDays(to, -1), lang)) : null}</p>);
  }
  const container = containingPeriodOn(states, country, date);
  if (container) {
    notes.push(
      <p key="container">
        {t.withinState} {open(container.code)} {container.to && t.untilDay(formatDay(addDays(container.to, -1), lang))}
      </p>,
    );
  }

  const territory = states.territories.get(country);
  const sovereign = territory ? sovereignOn(states, territory.code, date) : null;
  if (territory && sovereign) {
    const status = statusOn(blocs.index, bloc.id, sovereign, date);
    notes.push(
      <p key="territory" className="territory-note" data-treaty-area={status ? (coversOn(bloc, territory, date) ? "inside" : "outside") : undefined}>
        {isPartOn(territory, date) ? t.partOfState(name) : t.territoryOf(name)} {open(sovereign)}.{" "}
        {status && (coversOn(bloc, territory, date) ? t.treatyCovers(bloc.shortNames[lang]) : t.treatyOmits(bloc.shortNames[lang]))}
        {status && bloc.treatyArea && <> {bloc.treatyArea.description[lang]} <SourceLink source={bloc.treatyArea.source} /></>}
      </p>,
    );
  }

  const outlying = states.file.territories.filter(
    (other) =>
      other.code !== country &&
      sovereignOn(states, other.code, date) === country &&
      statusOn(blocs.index, bloc.id, country, date) !== null &&
      !coversOn(bloc, other, date),
  );
  if (outlying.length > 0) {
    notes.push(
      <p key="outlying" className="territory-note" data-treaty-area="outside">
        {t.outlyingOutside(bloc.shortNames[lang], outlying.map((other) => nameOn(states, other.code, lang, date)).join(", "))}
      </p>,
    );
  }

  for (const occupation of occupationsOf(states, country)) {
    notes.push(
      <p key={occupation.id} className="occupation-note" data-occupation={occupation.id} data-current={holdsOn(occupation, date) || undefined}>
        <strong>{occupation.names[lang]}</strong> ({t.occupied}, {formatDay(occupation.from, lang)}
        {occupation.to && ` – ${formatDay(occupation.to, lang)}`}). {occupation.note[lang]} <SourceLink source={occupation.policy} />
      </p>,
    );
  }
  return notes.length > 0 ? <div className="country-context">{notes}</div> : null;
}
