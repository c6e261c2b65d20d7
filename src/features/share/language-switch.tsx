import { LANGS } from "../../lib/i18n";
import { useLang, useMessages } from "../../lib/use-lang";
import { useViewActions } from "../../lib/view-store";
import "./share.css";

const NAMES = { en: "English", fr: "Français" } as const;

export function LanguageSwitch() {
  const lang = useLang();
  const t = useMessages();
  const { languageChosen } = useViewActions();
  return (
    <div className="language-switch" role="group" aria-label={t.language}>
      {LANGS.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={l === lang} onClick={() => languageChosen(l)} title={NAMES[l]}>
          {l.toUpperCase()}
          <span className="visually-hidden"> {NAMES[l]}</span>
        </button>
      ))}
    </div>
  );
}
