import { getViewState, subscribeToView, type ViewState } from "./view-store";
import { parseLinkState, sameLink, serializeLinkState, type LinkDefaults, type UrlLimits } from "./url-state";

/** At most one `replaceState` per this many milliseconds while a gesture runs: browsers throttle faster calls. */
const REPLACE_INTERVAL_MS = 300;

export interface UrlSyncOptions {
  limits: () => UrlLimits;
  defaultBloc: string;
}

const defaultsOf = (state: ViewState, options: UrlSyncOptions): LinkDefaults => ({ date: state.defaultDate, bloc: options.defaultBloc });

const currentUrl = () => `${window.location.pathname}${window.location.search}${window.location.hash}`;
const urlFor = (search: string) => `${window.location.pathname}${search}${window.location.hash}`;

/** Reads the page's own URL into the store, reporting what it ignored. */
export function restoreFromUrl(limits: UrlLimits): void {
  const { state, ignored } = parseLinkState(window.location.search, limits);
  const { linkRestored, paramsIgnored } = getViewState().actions;
  linkRestored(state);
  if (ignored.length > 0) paramsIgnored(ignored);
}

/**
 * Keeps the URL derived from the store: one history entry per discrete change, one per gesture (the
 * first change of a drag pushes, the rest replace it, throttled), and back/forward restore the state.
 */
export function startUrlSync(options: UrlSyncOptions): () => void {
  let gestureOpen = false;
  let pending: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flush = () => {
    timer = null;
    if (pending !== null && urlFor(pending) !== currentUrl()) window.history.replaceState(null, "", urlFor(pending));
    pending = null;
  };
  const replaceSoon = (search: string) => {
    pending = search;
    timer ??= setTimeout(flush, REPLACE_INTERVAL_MS);
  };
  const cancelPending = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pending = null;
  };

  const write = (state: ViewState) => {
    const search = serializeLinkState(state, defaultsOf(state, options));
    if (state.intent === "none") {
      if (gestureOpen) {
        if (timer !== null) clearTimeout(timer);
        pending = search;
        flush();
        gestureOpen = false;
      }
      return;
    }
    if (urlFor(search) === currentUrl() && pending === null) return;
    if (state.intent === "push" || (state.intent === "gesture" && !gestureOpen)) {
      cancelPending();
      window.history.pushState(null, "", urlFor(search));
      gestureOpen = state.intent === "gesture";
      return;
    }
    replaceSoon(search);
  };

  const unsubscribe = subscribeToView((state, previous) => {
    if (!sameLink(state, previous) || state.intent !== previous.intent) write(state);
  });

  const onPopState = () => {
    cancelPending();
    gestureOpen = false;
    restoreFromUrl(options.limits());
  };
  window.addEventListener("popstate", onPopState);

  return () => {
    unsubscribe();
    cancelPending();
    window.removeEventListener("popstate", onPopState);
  };
}

/** Rewrites the current entry from the store without adding history: after a link was read and cleaned. */
export function normalizeUrl(options: UrlSyncOptions): void {
  const url = urlFor(serializeLinkState(getViewState(), defaultsOf(getViewState(), options)));
  if (url !== currentUrl()) window.history.replaceState(null, "", url);
}
