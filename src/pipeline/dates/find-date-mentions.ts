import { dayNumber, type IsoDay } from "../../domain/day";
import type { DateRange, Language, Span } from "../../domain/schemas/ingest";
import { findAgoMentions } from "./ago";
import { type AnchorMention, findAnchorMentions } from "./anchors";
import { formatWindow } from "./day-windows";
import { daysPinnedByWeekday, findExplicitDates } from "./explicit-dates";
import { findPublicationMentions, publicationLines } from "./publication-lines";
import type { ReferenceEvent } from "./reference-events";
import { findRelativeDays } from "./relative-days";
import { overlaps, quotedSpans } from "./text-context";
import { findWeekdayMentions } from "./weekday-mentions";
import { type WritingFrame, frameFromStatedDays, writingFrame } from "./writing-frame";
import { findYearMentions } from "./year-mentions";

export interface DateMention {
  /** Evidence span in the text: JavaScript string indexes, end exclusive. */
  start: number;
  end: number;
  /** A day (start == end) or an honest range. */
  range: { start: IsoDay; end: IsoDay };
  /** How it was resolved, human-readable. */
  basis: string;
  /** Only "event" mentions date events; "Publié hier à 14h11" is publication, "il y a 2 ans" page-age. */
  kind: "event" | "publication" | "page-age";
}

export interface DateContext {
  language: Language;
  published: DateRange | null;
  referenceEvents: ReferenceEvent[];
}

/** "lors du sommet de Vilnius": a reference event named as when something happened dates it, if unambiguous. */
function referenceMentions(anchors: readonly AnchorMention[]): DateMention[] {
  return anchors.flatMap((a): DateMention[] => {
    const [event] = a.candidates;
    if (a.relation !== "during" || a.candidates.length !== 1 || !event) return [];
    const range = { start: event.start, end: event.end };
    const basis = `reference event: ${event.label} (${formatWindow(event.start, event.end)})`;
    return [{ start: a.start, end: a.end, range, basis, kind: "event" }];
  });
}

/** Publication, else reference-event anchors (narrowed by a weekday that pins a year), else the stated dates. */
function frameFor(text: string, context: DateContext, anchors: readonly AnchorMention[]): WritingFrame | null {
  const { language, published, referenceEvents } = context;
  const frame = writingFrame(text, language, published, anchors, referenceEvents);
  if (!frame) {
    const stated = findExplicitDates(text, language, null).filter((m) => m.range.start === m.range.end);
    return frameFromStatedDays(stated.map((m) => dayNumber(m.range.start)));
  }
  if (published || frame.windows.length < 2) return frame;
  const pins = daysPinnedByWeekday(text, language, frame);
  return pins.length > 0 ? writingFrame(text, language, published, anchors, referenceEvents, pins) : frame;
}

/**
 * Every date the text states or implies, each with its evidence span, an honest range and its basis.
 * Mentions overlapping `exclude` (boilerplate) are dropped. Relative words inside quotations are left alone:
 * they count from when the speaker spoke, which the publication date does not give.
 */
export function findDateMentions(text: string, context: DateContext, exclude: Span[] = []): DateMention[] {
  const { language, referenceEvents } = context;
  const anchors = findAnchorMentions(text, language, referenceEvents, exclude);
  const frame = frameFor(text, context, anchors);
  const quotes = quotedSpans(text);
  const outsideQuotes = (m: DateMention) => !quotes.some((q) => overlaps(q, m));
  const ago = findAgoMentions(text, language, frame);
  // Earlier groups win when spans overlap: "Publié hier" is a publication, not an event yesterday.
  const groups: DateMention[][] = [
    findPublicationMentions(text, language, frame),
    ago.filter((m) => m.kind === "page-age"),
    findExplicitDates(text, language, frame),
    referenceMentions(anchors),
    frame ? findWeekdayMentions(text, language, frame).filter(outsideQuotes) : [],
    frame ? findRelativeDays(text, language, frame).filter(outsideQuotes) : [],
    ago.filter((m) => m.kind === "event" && outsideQuotes(m)),
    findYearMentions(text, language, frame).filter((m) => m.basis === "year stated" || outsideQuotes(m)),
  ];
  const blocked: Span[] = [...exclude, ...publicationLines(text)];
  const kept: DateMention[] = [];
  for (const [i, group] of groups.entries()) {
    for (const m of group) {
      const isPublication = i === 0;
      if (!isPublication && blocked.some((b) => overlaps(b, m))) continue;
      if (exclude.some((b) => overlaps(b, m)) || kept.some((k) => overlaps(k, m))) continue;
      kept.push(m);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}
