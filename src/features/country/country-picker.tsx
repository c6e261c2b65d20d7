import { useId, useMemo, useState, type KeyboardEvent } from "react";
import { countryNamesIn, knownCountryCodes } from "../../domain/countries";
import { matchCountries, type CountryEntry } from "../../domain/country-match";
import { isFormerState, nameOn, periodOn } from "../../domain/states";
import { useStatesData } from "../../lib/data/use-states-data";
import { useLang, useMessages } from "../../lib/use-lang";
import { useSettledDate } from "../../lib/use-settled-date";
import { useViewActions } from "../../lib/view-store";
import "./country.css";

/** Countries offered at once: enough to see the candidates, few enough to scan. */
const MATCH_LIMIT = 8;

/**
 * Chooses a country by typing its name in either language (a combobox: arrows move through the
 * matches, Enter opens the country's panel and brings it into view, Escape clears). Former states are
 * offered on their own dates only.
 */
export function CountryPicker() {
  const lang = useLang();
  const t = useMessages();
  const states = useStatesData().data;
  const date = useSettledDate();
  const { countryShown } = useViewActions();
  const id = useId();
  const [text, setText] = useState("");
  const [active, setActive] = useState(0);

  const entries = useMemo<CountryEntry[]>(
    () =>
      knownCountryCodes()
        .filter((code) => !states || !date || !isFormerState(states, code) || periodOn(states, code, date))
        .map((code) => ({ code, name: nameOn(states, code, lang, date), names: [...countryNamesIn(code, "en"), ...countryNamesIn(code, "fr")] })),
    [states, date, lang],
  );
  const matches = useMemo(() => matchCountries(entries, text, MATCH_LIMIT), [entries, text]);
  const open = text.trim() !== "";
  const current = matches[Math.min(active, matches.length - 1)];

  const choose = (entry: CountryEntry) => {
    setText("");
    setActive(0);
    countryShown(entry.code);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      const by = e.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (matches.length === 0 ? 0 : (Math.min(i, matches.length - 1) + by + matches.length) % matches.length));
    } else if (e.key === "Enter" && current) {
      e.preventDefault();
      choose(current);
    } else if (e.key === "Escape" && open) {
      // Escape here clears the field; it does not also close the open panel.
      e.preventDefault();
      setText("");
    }
  };

  return (
    <div className="country-picker">
      <label htmlFor={`${id}-input`}>{t.findCountry}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-activedescendant={open && current ? `${id}-${current.code}` : undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={t.findCountry} hidden={!open}>
        {matches.map((entry) => (
          <li
            key={entry.code}
            id={`${id}-${entry.code}`}
            role="option"
            aria-selected={entry === current}
            data-picker-country={entry.code}
            onClick={() => choose(entry)}
          >
            {entry.name}
          </li>
        ))}
        {open && matches.length === 0 && <li className="empty-note">{t.noCountryMatch}</li>}
      </ul>
    </div>
  );
}
