import { useEffect } from "react";
import { browserLang, MESSAGES, type Lang, type Messages } from "./i18n";
import { useLangParam } from "./view-store";

const BROWSER_LANG: Lang = browserLang(typeof navigator === "undefined" ? [] : navigator.languages);

/** The interface language: the link's `lang`, else the browser's preference. */
export function useLang(): Lang {
  return useLangParam() ?? BROWSER_LANG;
}

export function useMessages(): Messages {
  return MESSAGES[useLang()];
}

/** Keeps `<html lang>` in step, so screen readers pronounce the interface in its language. */
export function useDocumentLang(lang: Lang): void {
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
}
