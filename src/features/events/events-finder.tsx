import { useId, useState } from "react";
import { compareCountryNames, countryName, type CountryLang } from "../../domain/countries";
import { useLang, useMessages } from "../../lib/use-lang";
import { NO_FILTERS, isFiltering, type EventFilters, type FilterOptions } from "../../domain/event-search";
import { useViewActions } from "../../lib/view-store";

interface FinderProps {
  filters: EventFilters;
  options: FilterOptions;
  /** Opening the finder is the cue to load every searchable event. */
  onOpen: () => void;
}

interface Choice {
  value: string;
  label: string;
  /** The language of a label taken from an article (its title): read in that language, typeset as written. */
  lang?: string;
}

/** Choices in the reader's alphabetical order ("Émirats" among the E's). */
const byLabel = (choices: Choice[], lang: CountryLang) => choices.sort((a, b) => compareCountryNames(a.label, b.label, lang));

function FilterSelect(props: { label: string; value: string | null; choices: Choice[]; onChange: (v: string | null) => void }) {
  const t = useMessages();
  const id = useId();
  return (
    <div className="finder-field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value ?? ""} onChange={(e) => props.onChange(e.target.value || null)}>
        <option value="">{t.filterAny}</option>
        {props.choices.map((c) => (
          <option key={c.value} value={c.value} lang={c.lang}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Search and filters over the events, kept in the link (`q`, `speaker`, `mentions`, `about`,
 * `article`): each choice is a step back and forward walk through, a typed query one step. Open
 * whenever a search is on, so a shared link shows what it searches.
 */
export function EventsFinder({ filters, options, onOpen }: FinderProps) {
  const lang = useLang();
  const t = useMessages();
  const searchId = useId();
  const { filtersChanged, queryTyped, gestureEnded } = useViewActions();
  const set = (patch: Partial<EventFilters>) => filtersChanged(patch);
  const filtering = isFiltering(filters);
  const [open, setOpen] = useState(filtering);
  // A search arriving from the link (back, forward) opens the finder: state adjusted while rendering.
  const [wasFiltering, setWasFiltering] = useState(filtering);
  if (filtering !== wasFiltering) {
    setWasFiltering(filtering);
    if (filtering) setOpen(true);
  }

  const countries = byLabel(options.countries.map((c) => ({ value: c, label: countryName(c, lang) })), lang);
  return (
    <details
      className="events-finder"
      open={open}
      onToggle={(e) => {
        setOpen(e.currentTarget.open);
        if (e.currentTarget.open) onOpen();
      }}
    >
      <summary>{t.findEvents}</summary>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          gestureEnded();
        }}
      >
        <div className="finder-field">
          <label htmlFor={searchId}>{t.searchLabel}</label>
          <input id={searchId} type="search" name="q" value={filters.query} onChange={(e) => queryTyped(e.target.value)} onBlur={gestureEnded} />
        </div>
        <FilterSelect
          label={t.filterBloc}
          value={filters.bloc}
          choices={byLabel(options.blocs.map((b) => ({ value: b.id, label: b.label[lang] })), lang)}
          onChange={(bloc) => set({ bloc })}
        />
        <FilterSelect label={t.filterCountry} value={filters.country} choices={countries} onChange={(country) => set({ country })} />
        <FilterSelect
          label={t.filterSpeaker}
          value={filters.speaker}
          choices={byLabel(options.speakers.map((s) => ({ value: s.id, label: s.label[lang] })), lang)}
          onChange={(speaker) => set({ speaker })}
        />
        <FilterSelect
          label={t.filterArticle}
          value={filters.article}
          choices={options.articles.map((a) => ({ value: a.id, label: a.title, lang: a.language }))}
          onChange={(article) => set({ article })}
        />
        <button type="button" onClick={() => filtersChanged(NO_FILTERS)}>
          {t.clearFilters}
        </button>
      </form>
    </details>
  );
}
