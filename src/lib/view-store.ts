import { create } from "zustand";
import type { IsoDay } from "../domain/day";
import type { Lang } from "./i18n";
import { EMPTY_LINK_STATE, type Camera, type IgnoredParam, type LinkState } from "./url-state";

/**
 * How the URL should record the latest change: `push` a history entry (a discrete change), fold it into
 * the current `gesture` (a drag, a held key, playback: one entry for the whole gesture), `replace` the
 * current entry (camera moves), or nothing (`none`: the change came from the URL itself).
 */
export type HistoryIntent = "push" | "gesture" | "replace" | "none";

interface ViewState extends LinkState {
  /** The default date once the data is known (the latest date in it); the URL omits it. */
  defaultDate: IsoDay | null;
  intent: HistoryIntent;
  /** What the page ignored from its link, said in one notice until it is dismissed. */
  ignored: IgnoredParam[];
  playing: boolean;
  actions: ViewActions;
}

interface ViewActions {
  dataDated: (defaultDate: IsoDay) => void;
  paramRejected: (param: "bloc" | "event" | "quote" | "country", ignored: IgnoredParam) => void;
  dateScrubbed: (date: IsoDay) => void;
  gestureEnded: () => void;
  dateStepped: (date: IsoDay) => void;
  blocSelected: (bloc: string) => void;
  countryOpened: (country: string) => void;
  countryClosed: () => void;
  eventOpened: (event: string, date: IsoDay) => void;
  eventClosed: () => void;
  quoteOpened: (event: string, date: IsoDay, quote: number) => void;
  readerClosed: () => void;
  languageChosen: (lang: Lang) => void;
  cameraMoved: (view: Camera) => void;
  playToggled: () => void;
  playStopped: () => void;
  linkRestored: (state: LinkState) => void;
  paramsIgnored: (ignored: IgnoredParam[]) => void;
  noticeDismissed: () => void;
}

const useViewStore = create<ViewState>()((set) => ({
  ...EMPTY_LINK_STATE,
  defaultDate: null,
  intent: "none",
  ignored: [],
  playing: false,
  actions: {
    dataDated: (defaultDate) => set({ defaultDate }),
    paramRejected: (param, ignored) =>
      set((s) => ({
        [param]: null,
        ...(param === "event" ? { quote: null } : {}),
        intent: "replace",
        ignored: [...s.ignored, ignored],
      })),
    dateScrubbed: (date) => set({ date, intent: "gesture" }),
    gestureEnded: () => set({ intent: "none" }),
    dateStepped: (date) => set({ date, intent: "push" }),
    blocSelected: (bloc) => set({ bloc, intent: "push" }),
    countryOpened: (country) => set({ country, intent: "push" }),
    countryClosed: () => set({ country: null, intent: "push" }),
    eventOpened: (event, date) => set({ event, date, quote: null, intent: "push" }),
    eventClosed: () => set({ event: null, quote: null, intent: "push" }),
    quoteOpened: (event, date, quote) => set({ event, date, quote, intent: "push" }),
    readerClosed: () => set({ quote: null, intent: "push" }),
    languageChosen: (lang) => set({ lang, intent: "push" }),
    cameraMoved: (view) => set({ view, intent: "replace" }),
    playToggled: () => set((s) => ({ playing: !s.playing })),
    playStopped: () => set({ playing: false }),
    linkRestored: (state) => set({ ...state, intent: "none" }),
    paramsIgnored: (ignored) => set((s) => ({ ignored: [...s.ignored, ...ignored] })),
    noticeDismissed: () => set({ ignored: [] }),
  },
}));

export const useViewActions = () => useViewStore((s) => s.actions);
/** The selected date: the link's, else the data's default; null until the data is known. */
export const selectDate = (s: ViewState): IsoDay | null => s.date ?? s.defaultDate;
export const useSelectedDate = () => useViewStore(selectDate);
export const useDateParam = () => useViewStore((s) => s.date);
export const useBlocParam = () => useViewStore((s) => s.bloc);
export const useCountryParam = () => useViewStore((s) => s.country);
export const useEventParam = () => useViewStore((s) => s.event);
export const useQuoteParam = () => useViewStore((s) => s.quote);
export const useLangParam = () => useViewStore((s) => s.lang);
export const useViewParam = () => useViewStore((s) => s.view);
export const useIgnoredParams = () => useViewStore((s) => s.ignored);
export const usePlaying = () => useViewStore((s) => s.playing);
/** Whether a drag, a held key or playback is moving the date. */
export const useInGesture = () => useViewStore((s) => s.intent === "gesture");

/** For code that must not re-render per frame (the map, the URL): read and subscribe outside React. */
export const getViewState = () => useViewStore.getState();
export const subscribeToView = useViewStore.subscribe;
export type { ViewState };
