import { lazy, Suspense } from "react";
import { BlocSwitcher } from "../features/blocs/bloc-switcher";
import { Legend } from "../features/blocs/legend";
import { CountryPanel } from "../features/country/country-panel";
import { CountryPicker } from "../features/country/country-picker";
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
import { BottomSheet } from "./bottom-sheet";
import { SkipLinks } from "./skip-links";
import { useLinkChecks } from "./use-link-checks";
import { usePageMeta } from "./use-page-meta";

/** The map and MapLibre are the heaviest part of the page: loaded after the first paint. */
const MapView = lazy(() => import("../features/map/map-view"));

/**
 * The tab's title and preview tags follow the settled date: in a component of their own, so that the
 * page around them does not render again with them.
 */
function PageMeta() {
  usePageMeta();
  return null;
}

/**
 * The page. The document order is the keyboard's: the skip links, the title, the timeline (its
 * slider first), the map, then the panels, an open country's first; app.css places them for each
 * screen. Embedded (`embed=1`, for an iframe), the map and the timeline only, under a link to the
 * same view in full.
 */
export function App() {
  const lang = useLang();
  const t = useMessages();
  useDocumentLang(lang);
  useLinkChecks();
  const embed = useEmbedParam();
  const timeline = (
    <div className="app-timeline">
      <Timeline />
    </div>
  );
  const map = (
    <main className="map-area" id="map">
      <Suspense fallback={<div className="map-placeholder">{t.loading}</div>}>
        <MapView />
      </Suspense>
      <Legend />
    </main>
  );

  if (embed) {
    return (
      <div className="app embed">
        <PageMeta />
        <EmbedHeader>
          <Notices />
        </EmbedHeader>
        {timeline}
        {map}
      </div>
    );
  }
  return (
    <div className="app">
      <PageMeta />
      <SkipLinks />
      <header className="app-header">
        <div className="brand">
          <h1>{t.appTitle}</h1>
          <p className="tagline">{t.tagline}</p>
          <Notices />
        </div>
      </header>
      {timeline}
      {map}
      <BottomSheet
        tools={
          <div className="header-tools">
            <CopyLinkButton />
            <LanguageSwitch />
          </div>
        }
      >
        <CountryPanel />
        <CountryPicker />
        <BlocSwitcher />
        <MembersRegion firstDay={TIMELINE_START} />
        <ExportTools />
        <EventsRegion />
      </BottomSheet>
      <ArticleReader />
    </div>
  );
}
