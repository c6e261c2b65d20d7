import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { today } from "../domain/day";
import { isKnownCountry } from "../domain/countries";
import { DEFAULT_BLOC } from "../lib/data/use-bloc-data";
import { normalizeUrl, restoreFromUrl, startUrlSync, type UrlSyncOptions } from "../lib/url-sync";
import { TIMELINE_START } from "../features/timeline/timeline-controller";
/* The base rules first, so that each feature's own styles (imported beside it) come after them. */
import "./app.css";
import { App } from "./app";
import { AppProviders } from "./providers";

const syncOptions: UrlSyncOptions = {
  limits: () => ({ firstDay: TIMELINE_START, lastDay: today(), isKnownCountry }),
  defaultBloc: DEFAULT_BLOC,
};
restoreFromUrl(syncOptions.limits());
normalizeUrl(syncOptions);
startUrlSync(syncOptions);

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <AppProviders>
      <App />
    </AppProviders>
  </StrictMode>,
);
