import { lazy, Suspense } from "react";
import { BlocSwitcher } from "../features/blocs/bloc-switcher";
import { Legend } from "../features/blocs/legend";
import { CountryPanel } from "../features/country/country-panel";
import { EventsRegion } from "../features/events/events-region";
import { MembersRegion } from "../features/members/members-region";
import { Notices } from "../features/notices/notices";
import { ArticleReader } from "../features/reader/article-reader";
import { CopyLinkButton } from "../features/share/copy-link-button";
import { LanguageSwitch } from "../features/share/language-switch";
import { Timeline } from "../features/timeline/timeline";
import { TIMELINE_START } from "../features/timeline/timeline-controller";
import { useDocumentLang, useLang, useMessages } from "../lib/use-lang";
import { useDataDefaults } from "./use-data-defaults";
import { useLinkChecks } from "./use-link-checks";

/** The map and MapLibre are the heaviest part of the page: loaded after the first paint. */
const MapView = lazy(() => import("../features/map/map-view"));

export function App() {
  const lang = useLang();
  const t = useMessages();
  useDocumentLang(lang);
  useDataDefaults();
  useLinkChecks();

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <h1>{t.appTitle}</h1>
          <p className="tagline">{t.tagline}</p>
          <Notices />
        </div>
        <BlocSwitcher />
        <div className="header-tools">
          <CopyLinkButton />
          <LanguageSwitch />
        </div>
      </header>
      <main className="layout">
        <div className="map-area">
          <Suspense fallback={<div className="map-placeholder">{t.loading}</div>}>
            <MapView />
          </Suspense>
          <Legend />
        </div>
        <aside className="side">
          <CountryPanel />
          <MembersRegion firstDay={TIMELINE_START} />
          <EventsRegion />
        </aside>
      </main>
      <footer className="app-footer">
        <Timeline />
      </footer>
      <ArticleReader />
    </div>
  );
}
