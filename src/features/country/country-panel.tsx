import { lazy, Suspense, useEffect, useMemo, useRef } from "react";
import { ExternalLink } from "../../components/external-link";
import { nameOn } from "../../domain/states";
import { countryHistory } from "../../domain/membership";
import { formatDay } from "../../lib/i18n";
import { useBlocData, useHighlightedBloc } from "../../lib/data/use-bloc-data";
import { useStatesData } from "../../lib/data/use-states-data";
import { useLang, useMessages } from "../../lib/use-lang";
import { useCountryParam, useSelectedDate, useViewActions } from "../../lib/view-store";
import { CountryEvents } from "./country-events";
import "./country.css";

/** Loaded once a country is open: the first screen has none (scripts/bench/bundle-budgets.ts). */
const CountryContext = lazy(() => import("./country-context"));

/** The open country: its memberships over time, with dates, statuses, notes and sources. */
export function CountryPanel() {
  const country = useCountryParam();
  const { data } = useBlocData();
  const states = useStatesData().data;
  const bloc = useHighlightedBloc();
  const date = useSelectedDate();
  const lang = useLang();
  const t = useMessages();
  const { countryClosed } = useViewActions();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  const history = useMemo(() => (data && country ? countryHistory(data.blocs, country) : []), [data, country]);
  // Open: the focus goes to the heading, and back to what opened the panel when it closes.
  useEffect(() => {
    if (country) {
      const active = document.activeElement;
      if (!opener.current && active instanceof HTMLElement && active !== document.body) opener.current = active;
      headingRef.current?.focus();
    } else if (opener.current) {
      if (opener.current.isConnected) opener.current.focus();
      opener.current = null;
    }
  }, [country]);
  useEffect(() => {
    if (!country) return;
    const onKeyDown = (e: KeyboardEvent) => {
      // An open dialog (the reader) takes its own Escape first.
      if (e.key !== "Escape" || e.defaultPrevented || document.querySelector("dialog[open]")) return;
      e.preventDefault();
      countryClosed();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [country, countryClosed]);

  if (!country) return null;
  const name = nameOn(states, country, lang, date);
  return (
    <section className="panel country" aria-labelledby="country-heading" data-open-country={country}>
      <div className="panel-header">
        <h2 id="country-heading" ref={headingRef} tabIndex={-1}>
          {name}
        </h2>
        <button type="button" className="icon-button" onClick={countryClosed} aria-label={`${t.close} ${name}`}>
          ×
        </button>
      </div>
      {states && data && bloc && date && (
        <Suspense fallback={null}>
          <CountryContext country={country} date={date} states={states} blocs={data} bloc={bloc} />
        </Suspense>
      )}
      <h3>{t.memberships}</h3>
      {history.length === 0 && <p className="empty-note">{t.noMemberships}</p>}
      {history.map(({ bloc, intervals }) => (
        <div key={bloc.id} className="country-bloc">
          <h4>
            <span className="swatch" style={{ background: bloc.colour }} aria-hidden="true" />
            {bloc.names[lang]}
          </h4>
          <ol className="interval-list">
            {intervals.map((interval) => {
              const current =
                date !== null && interval.from <= date && (interval.to === undefined || date < interval.to);
              return (
                <li key={interval.from} className={current ? "current" : undefined} aria-current={current || undefined}>
                  <strong>{t.status[interval.status]}</strong>{" "}
                  {interval.to
                    ? `${formatDay(interval.from, lang)} – ${formatDay(interval.to, lang)}`
                    : `${t.since} ${formatDay(interval.from, lang)}`}
                  {interval.note && <p className="interval-note">{interval.note[lang]}</p>}
                  <p className="source">
                    {t.labelled(t.source)}{" "}
                    <ExternalLink href={interval.source.url} plain={interval.source.title}>
                      <cite translate="no">{interval.source.title}</cite>
                    </ExternalLink>
                  </p>
                </li>
              );
            })}
          </ol>
        </div>
      ))}
      <CountryEvents country={country} />
    </section>
  );
}
