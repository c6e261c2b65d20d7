import type { IsoDay } from "../../domain/day";
import type { Lang } from "../../lib/i18n";
import { DEFAULT_BLOC } from "../../lib/data/use-bloc-data";
import { EMPTY_LINK_STATE, serializeLinkState } from "../../lib/url-state";

export interface QuoteLinkTarget {
  event: string;
  date: IsoDay;
  quote: number;
  bloc: string | null;
  lang: Lang | null;
}

/**
 * The shareable query string that opens the reader at a quote: the link format stays owned by
 * `serializeLinkState`; the date is always written so the link does not depend on the data's default.
 */
export function quoteLinkSearch(target: QuoteLinkTarget): string {
  return serializeLinkState(
    { ...EMPTY_LINK_STATE, date: target.date, event: target.event, quote: target.quote, bloc: target.bloc, lang: target.lang },
    { date: null, bloc: DEFAULT_BLOC },
  );
}
