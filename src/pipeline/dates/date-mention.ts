import type { IsoDay } from "../../domain/day";
import type { DateRange } from "../../domain/schemas/ingest";
import type { ReferenceEvent } from "./reference-events";
import type { Basis } from "./basis";

export interface DateMention {
  /** Evidence span in the text: JavaScript string indexes, end exclusive. */
  start: number;
  end: number;
  /** A day (start == end) or an honest range. */
  range: { start: IsoDay; end: IsoDay };
  /** How it was resolved, in words, in both interface languages. */
  basis: Basis;
  /** Only "event" mentions date events; "Publié hier à 14h11" is publication, "il y a 2 ans" page-age. */
  kind: "event" | "publication" | "page-age";
  /**
   * How precisely the words name a time: a day or a few days ("mercredi", "hier", "4 février"), a
   * month or part of one, or a year or longer. A statement is dated by a year only when the year
   * stands right by its verb: « en 2021 » in a sentence about something else is background.
   */
  precision: "day" | "month" | "year";
  /**
   * Counted from the day of writing or from a day the text reported ("mercredi", "hier", "last
   * month", "en décembre"), not stated in full. Inside a quote such words count from when the speaker
   * spoke, which the text may not give: they date nothing there.
   */
  relative: boolean;
}

export interface DateContext {
  published: DateRange | null;
  referenceEvents: readonly ReferenceEvent[];
}
