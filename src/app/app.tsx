import { lazy, Suspense } from "react";
import { BlocSwitcher } from "../features/blocs/bloc-switcher";
import { Legend } from "../features/blocs/legend";
import { CountryPanel } from "../features/country/country-panel";
import { EmbedHeader } from "../features/embed/embed-header";
import { EventsRegion } from "../features/events/events-region";
import { ExportTools } from "../features/export/export-tools";
import { MembersRegion } from "../features/members/members-region";
import { Notices } from "../features/notices/notices";
import { ArticleReader } from "../features/reader/article-reader";
import { CopyLinkButton } from "../features/share/copy-link-button";
import { LanguageSwitch } from "../features/share/language-switch";
import { Timeline } from "../features/timeline/timeline";
import { TIMELINE_START } from "../features/timeline/timeline-controller";
import { useDocumentLang, useLang, useMessages } from "../lib/use-lang";
import { useEmbedParam } from "../lib/view-store";
import { useDataDefaults } from "./use-data-defaults";
import { useLinkChecks } from "./use-link-checks";
import { usePageMeta } from "./use-page-meta";

/** The map and MapLibre are the heaviest part of the page: loaded after the first paint. */
const MapView = lazy(() => import("../features/map/map-view"));

export function App() {
  const lang = useLang();
  const t = useMessages();
  useDocumentLang(lang);
  useDataDefaults();
  useLinkChecks();
  usePageMeta();
  const embed = useEmbedParam();
  const map = (
    <div className="map-area">
      <Suspense fallback={<div className="map-placeholder">{t.loading}</div>}>
        <MapView />
      </Suspense>
      <Legend />
    </div>
  );
  const timeline = (
    <footer className="app-footer">
      <Timeline />
    </footer>
  );

  if (embed) {
    // For an iframe: the map and the timeline, and a link to the same view in full.
    return (
      <div className="app embed">
        <EmbedHeader>
          <Notices />
        </EmbedHeader>
        <main className="layout">{map}</main>
        {timeline}
      </div>
    );
  }
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
        {map}
        <aside className="side">
          <CountryPanel />
          <MembersRegion firstDay={TIMELINE_START} />
          <ExportTools />
          <EventsRegion />
        </aside>
      </main>
      {timeline}
      <ArticleReader />
    </div>
  );
}
