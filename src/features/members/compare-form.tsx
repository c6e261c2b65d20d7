import { useId, useState, type FormEvent } from "react";
import { compareDays, isIsoDay, today, type IsoDay } from "../../domain/day";
import { COMPARE_MESSAGES } from "../../lib/compare-messages";
import { formatDay } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useCompareParam, useViewActions } from "../../lib/view-store";
import "./compare-form.css";

/**
 * Chooses the second date of a comparison (or ends it): a native date field, so a phone opens its own
 * picker and a keyboard types the day; checked against the timeline's span as a link's `compare` is.
 */
export function CompareForm({ firstDay }: { firstDay: IsoDay }) {
  const compare = useCompareParam();
  const lang = useLang();
  const t = COMPARE_MESSAGES[lang];
  const { compareChosen } = useViewActions();
  const [invalid, setInvalid] = useState(false);
  const errorId = useId();
  const lastDay = today();

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const value = new FormData(e.currentTarget).get("compare");
    const ok = typeof value === "string" && isIsoDay(value) && compareDays(value, firstDay) >= 0 && compareDays(value, lastDay) <= 0;
    setInvalid(!ok);
    if (ok) compareChosen(value);
  };

  return (
    <form className="compare-form" onSubmit={submit} noValidate>
      <label>
        {t.compareWith}{" "}
        <input
          // A new link's date replaces what was typed.
          key={compare ?? ""}
          type="date"
          name="compare"
          min={firstDay}
          max={lastDay}
          defaultValue={compare ?? ""}
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
        />
      </label>
      <button type="submit">{t.compare}</button>
      {compare && (
        <button type="button" onClick={() => compareChosen(null)}>
          {t.stopComparing}
        </button>
      )}
      {invalid && (
        <p id={errorId} className="compare-error">
          {t.notADay(formatDay(firstDay, lang))}
        </p>
      )}
    </form>
  );
}
