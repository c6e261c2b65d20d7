import { create } from "zustand";
import { useShallow } from "zustand/react/shallow";
import { today, type IsoDay } from "../domain/day";
import type { Lang } from "./i18n";
import type { EventFilters } from "../domain/event-search";
import { EMPTY_LINK_STATE, serializeLinkState, type Camera, type IgnoredParam, type LinkParam, type LinkState } from "./url-state";

/**
 * How the URL should record the latest change: `push` a history entry (a discrete change), fold it into
 * the current `gesture` (a drag, a held key, playback: one entry for the whole gesture), `replace` the
 * current entry (camera moves), or nothing (`none`: the change came from the URL itself).
 */
export type HistoryIntent = "push" | "gesture" | "replace" | "none";

interface ViewState extends LinkState {
  /** The default date: today, when the page opened (DESIGN.md); the URL omits it. */
  defaultDate: IsoDay;
  intent: HistoryIntent;
  /** What the page ignored from its link, said in one notice until it is dismissed. */
  ignored: IgnoredParam[];
  playing: boolean;
  /** The latest request to bring a country into view on the map (a new object each time, even for the same country). */
  revealed: { country: string } | null;
  actions: ViewActions;
}

interface ViewActions {
  /** A value the data shows names nothing: dropped, and said in the notice. */
  paramRejected: (param: LinkParam, ignored: IgnoredParam) => void;
  dateScrubbed: (date: IsoDay) => void;
  gestureEnded: () => void;
  dateStepped: (date: IsoDay) => void;
  blocSelected: (bloc: string) => void;
  /** A second date chosen to compare the selected one with, or the comparison ended (`null`). */
  compareChosen: (date: IsoDay | null) => void;
  countryOpened: (country: string) => void;
  /** Opened from a list or the country picker: the panel opens and the map brings the country into view. */
  countryShown: (country: string) => void;
  countryClosed: () => void;
  eventOpened: (event: string, date: IsoDay) => void;
  eventClosed: () => void;
  quoteOpened: (event: string, date: IsoDay, quote: number) => void;
  /** The reader opened at the words the event's date was read from. */
  dateEvidenceOpened: (event: string, date: IsoDay) => void;
  readerClosed: () => void;
  languageChosen: (lang: Lang) => void;
  /** A filter chosen, or all cleared: one history entry each. */
  filtersChanged: (filters: Partial<EventFilters>) => void;
  /** Typing in the search: one history entry for the whole query, ended by `gestureEnded`. */
  queryTyped: (query: string) => void;
  cameraMoved: (view: Camera) => void;
  playToggled: () => void;
  playStopped: () => void;
  linkRestored: (state: LinkState) => void;
  /** Part of reading a link without a date, not a new step: the date filled in, adding no history entry. */
  linkDated: (date: IsoDay) => void;
  paramsIgnored: (ignored: IgnoredParam[]) => void;
  noticeDismissed: () => void;
}

const useViewStore = create<ViewState>()((set) => ({
  ...EMPTY_LINK_STATE,
  defaultDate: today(),
  intent: "none",
  ignored: [],
  playing: false,
  revealed: null,
  actions: {
    paramRejected: (param, ignored) =>
      set((s) => ({
        [param]: null,
        ...(param === "event" ? { quote: null, reader: null } : {}),
        intent: "replace",
        ignored: [...s.ignored, ignored],
      })),
    dateScrubbed: (date) => set({ date, intent: "gesture" }),
    gestureEnded: () => set({ intent: "none" }),
    dateStepped: (date) => set({ date, intent: "push" }),
    blocSelected: (bloc) => set({ bloc, intent: "push" }),
    compareChosen: (compare) => set({ compare, intent: "push" }),
    countryOpened: (country) => set({ country, intent: "push" }),
    countryShown: (country) => set({ country, revealed: { country }, intent: "push" }),
    countryClosed: () => set({ country: null, intent: "push" }),
    eventOpened: (event, date) => set({ event, date, quote: null, reader: null, intent: "push" }),
    eventClosed: () => set({ event: null, quote: null, reader: null, intent: "push" }),
    quoteOpened: (event, date, quote) => set({ event, date, quote, reader: null, intent: "push" }),
    dateEvidenceOpened: (event, date) => set({ event, date, quote: null, reader: "date", intent: "push" }),
    readerClosed: () => set({ quote: null, reader: null, intent: "push" }),
    languageChosen: (lang) => set({ lang, intent: "push" }),
    filtersChanged: (filters) => set({ ...linkFilters(filters), intent: "push" }),
    queryTyped: (query) => set({ q: query.trim() === "" ? null : query, intent: "gesture" }),
    cameraMoved: (view) => set({ view, intent: "replace" }),
    playToggled: () => set((s) => ({ playing: !s.playing })),
    playStopped: () => set({ playing: false }),
    linkRestored: (state) => set({ ...state, intent: "none" }),
    linkDated: (date) => set({ date, intent: "none" }),
    paramsIgnored: (ignored) => set((s) => ({ ignored: [...s.ignored, ...ignored] })),
    noticeDismissed: () => set({ ignored: [] }),
  },
}));

/** The link's names for the events filters (`about` is a bloc, `mentions` a country). */
function linkFilters(filters: Partial<EventFilters>): Partial<LinkState> {
  const link: Partial<LinkState> = {};
  if (filters.query !== undefined) link.q = filters.query.trim() === "" ? null : filters.query;
  if (filters.bloc !== undefined) link.about = filters.bloc;
  if (filters.country !== undefined) link.mentions = filters.country;
  if (filters.speaker !== undefined) link.speaker = filters.speaker;
  if (filters.article !== undefined) link.article = filters.article;
  return link;
}

const filtersOf = (s: ViewState): EventFilters => ({ query: s.q ?? "", bloc: s.about, country: s.mentions, speaker: s.speaker, article: s.article });

export const useViewActions = () => useViewStore((s) => s.actions);
/** The events search and filters the link carries. */
export const useEventFilters = () => useViewStore(useShallow(filtersOf));
/** The selected date: the link's, else today. */
export const selectDate = (s: ViewState): IsoDay => s.date ?? s.defaultDate;
export const useSelectedDate = () => useViewStore(selectDate);
/** Whether the selected date has moved on from `day`: a re-render when that turns, not on every frame of a drag. */
export const useDateMovedFrom = (day: IsoDay | null) => useViewStore((s) => selectDate(s) !== day);
/** Whether the link names a date: a re-render when that turns, not on every frame of a drag. */
export const useLinkDated = () => useViewStore((s) => s.date !== null);
export const useBlocParam = () => useViewStore((s) => s.bloc);
export const useCompareParam = () => useViewStore((s) => s.compare);
export const useEmbedParam = () => useViewStore((s) => s.embed === true);
export const useCountryParam = () => useViewStore((s) => s.country);
export const useEventParam = () => useViewStore((s) => s.event);
export const useQuoteParam = () => useViewStore((s) => s.quote);
export const useReaderParam = () => useViewStore((s) => s.reader);
export const useLangParam = () => useViewStore((s) => s.lang);
export const useViewParam = () => useViewStore((s) => s.view);
export const useIgnoredParams = () => useViewStore((s) => s.ignored);
const namedParams = (s: ViewState) => ({ bloc: s.bloc, speaker: s.speaker, about: s.about, article: s.article });
/** The link parameters that name something in the data, for their check once it is loaded. */
export const useViewParams = () => useViewStore(useShallow(namedParams));
export const usePlaying = () => useViewStore((s) => s.playing);
/**
 * Whether a drag or a held key is sweeping the date, a new date every frame: views too heavy to follow
 * each frame wait for it to rest meanwhile. Playback is a gesture for the history, but its steps are
 * discrete (one every 350 ms at 4×) and each is shown as a click's would be.
 */
export const selectSweeping = (s: ViewState) => s.intent === "gesture" && !s.playing;
export const useSweeping = () => useViewStore(selectSweeping);

/** The query string of the view as it is with `changes` made (the full view of an embed: `{ embed: null }`). */
export const useLinkSearch = (defaultBloc: string, changes: Partial<LinkState>) =>
  useViewStore((s) => serializeLinkState({ ...s, ...changes }, { date: s.defaultDate, bloc: defaultBloc }));

/** For code that must not re-render per frame (the map, the URL): read and subscribe outside React. */
export const getViewState = () => useViewStore.getState();
export const subscribeToView = useViewStore.subscribe;
export type { ViewState };
