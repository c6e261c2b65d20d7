import { flatMapped } from "../../domain/flat-mapped";
import { type IsoDay, dayFromNumber, dayNumber } from "../../domain/day";
import type { DateRange, Span } from "../../domain/schemas/ingest";
import { type TextDocument, isQuoted } from "../text/document";
import { overlaps } from "../text/spans";
import { findAgoMentions, findAheadMentions } from "./ago";
import { type AnchorMention, findAnchorMentions } from "./anchors";
import type { DateContext, DateMention } from "./date-mention";
import { findDayAfterBefore } from "./day-after-before";
import { formatWindow, hull } from "./day-windows";
import { daysPinnedByWeekday, findExplicitDates } from "./explicit-dates";
import { findMonthDayMentions } from "./month-day-mentions";
import { findDayRanges, findMonthMentions } from "./month-mentions";
import { findPublicationMentions, publicationSpans, statedPublication } from "./publication-lines";
import { findPeriodMentions } from "./period-mentions";
import { findRelativeDays } from "./relative-days";
import { findWeekdayMentions } from "./weekday-mentions";
import { findWeekendMentions } from "./weekend-mentions";
import { type WritingFrame, frameFromStatedDays, writingFrame } from "./writing-frame";
import { findYearMentions } from "./year-mentions";
import { type Basis, referenceEvent } from "./basis";

/** "lors du sommet de Vilnius": a reference event named as when something happened dates it, if unambiguous. */
function referenceMentions(anchors: readonly AnchorMention[]): DateMention[] {
  return flatMapped(anchors, (a): DateMention[] => {
    const [event] = a.candidates;
    if (a.relation !== "during" || a.candidates.length !== 1 || !event) return [];
    const range = { start: event.start, end: event.end };
    const basis = referenceEvent(event.label, formatWindow(event.start, event.end));
    return [{ start: a.start, end: a.end, range, basis, kind: "event", precision: "day", relative: false }];
  });
}

/** The publication, else what the page itself states, else reference-event anchors (narrowed by a weekday that pins a year), else the stated dates. */
function frameFor(doc: TextDocument, context: DateContext, anchors: readonly AnchorMention[]): WritingFrame | null {
  const stated = context.published ? null : statedPublication(doc);
  const published: DateRange | null = context.published ?? (stated ? { start: dayFromNumber(stated.day), end: dayFromNumber(stated.day), basis: stated.basis } : null);
  const frame = writingFrame(doc, published, anchors, context.referenceEvents);
  if (!frame) {
    const days = findExplicitDates(doc, null).filter((m) => m.range.start === m.range.end);
    return frameFromStatedDays(days.map((m) => dayNumber(m.range.start)));
  }
  if (published || frame.windows.length < 2) return frame;
  const pins = daysPinnedByWeekday(doc, frame);
  return pins.length > 0 ? writingFrame(doc, published, anchors, context.referenceEvents, pins) : frame;
}

/**
 * Every date the text states or implies, each with its evidence span, an honest range and its basis.
 * Mentions in the furniture are dropped. Relative words inside quotations are left alone: they count
 * from when the speaker spoke, which the publication date does not give.
 */
export function findDateMentions(doc: TextDocument, context: DateContext): DateMention[] {
  return findDates(doc, context).mentions;
}

/** When the text was written, as far as it is known, and how that is known. */
export interface WritingTime {
  start: IsoDay;
  end: IsoDay;
  basis: Basis;
}

export interface DateFindings {
  mentions: DateMention[];
  /** When the text was written, as far as it is known: the publication, or what the page and its anchors imply. */
  writing: WritingTime | null;
}

/** The mentions, and the writing time they were resolved against. */
export function findDates(doc: TextDocument, context: DateContext): DateFindings {
  const anchors = findAnchorMentions(doc, context.referenceEvents);
  const frame = frameFor(doc, context, anchors);
  const spoken = (m: DateMention) => !(m.relative && isQuoted(doc, m));
  const ago = findAgoMentions(doc, frame);
  const ranges = findDayRanges(doc, frame);
  const months = findMonthMentions(doc, frame);
  const explicit = findExplicitDates(doc, frame, months);
  const fixed = [...ranges, ...explicit, ...months].sort((a, b) => a.start - b.start);
  // Earlier groups win when spans overlap: "Publié hier" is a publication, not an event yesterday.
  const groups: DateMention[][] = [
    findPublicationMentions(doc, frame),
    ago.filter((m) => m.kind === "page-age"),
    ranges,
    explicit,
    months,
    referenceMentions(anchors),
    frame ? findWeekdayMentions(doc, frame, fixed) : [],
    frame ? findRelativeDays(doc, frame) : [],
    frame ? findWeekendMentions(doc, frame) : [],
    frame ? findMonthDayMentions(doc, frame) : [],
    frame ? findPeriodMentions(doc, frame) : [],
    ago.filter((m) => m.kind === "event"),
    frame ? findAheadMentions(doc, frame) : [],
    findYearMentions(doc),
  ];
  const blocked: Span[] = [...doc.boilerplate, ...publicationSpans(doc)];
  const kept: DateMention[] = [];
  // Publication lines and page ages are furniture by nature: they are kept to say what they are.
  const keep = (m: DateMention) => {
    const aboutThePage = m.kind !== "event";
    if (!spoken(m) || (!aboutThePage && blocked.some((b) => overlaps(b, m)))) return;
    if (kept.some((k) => overlaps(k, m))) return;
    kept.push(m);
  };
  groups.forEach((group) => group.forEach(keep));
  for (const m of findDayAfterBefore(doc, kept.sort((a, b) => a.start - b.start))) keep(m);
  const span = frame ? hull(frame.windows) : null;
  const writing = span && frame ? { ...span, basis: frame.basis } : null;
  return { mentions: kept.sort((a, b) => a.start - b.start), writing };
}
