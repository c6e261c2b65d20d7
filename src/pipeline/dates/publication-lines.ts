import { flatMapped } from "../../domain/flat-mapped";
import type { Span } from "../../domain/schemas/ingest";
import type { TextDocument } from "../text/document";
import { splitLines, trimmedSpan } from "../text/lines";
import { hull } from "./day-windows";
import type { DateMention } from "./date-mention";
import { fullDatesIn } from "./explicit-dates";
import type { WritingFrame } from "./writing-frame";
import { publicationLine, publicationOnPage } from "./basis";
import { allMatches } from "../../domain/all-matches";

/** A stamp line is a date with at most a time, a time zone and separators around it ("17:08 JST, June 30, 2022"). */
const STAMP_REST = /^[\s\d:,.|•·–—\-/]*(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,4}|h\d*)?[\s\d:,.|•·–—\-/]*(?:[A-Z]{2,4})?[\s,.|•·–—-]*$/u;
const MAX_STAMP_CHARS = 48;
/** A byline with its publication stamp is one short line; a paragraph of prose that starts alike ("By Monday, updated figures…") is longer. */
const MAX_BYLINE_LINE_CHARS = 120;

/**
 * Where the page states when it was published: "Publié hier à 14h11", "Dernière mise à jour …",
 * "Published …" lines, lines that are only a date stamp, and the story's dateline.
 */
interface PublicationSpan extends Span {
  /** The full date the span states, with its own offsets in the text. */
  date: { start: number; end: number; day: number } | null;
}

const spansByDocument = new WeakMap<TextDocument, PublicationSpan[]>();

/** Computed once per document: the frame, the mentions and the blocked spans all ask. */
function publicationSpansWithDates(doc: TextDocument): PublicationSpan[] {
  let spans = spansByDocument.get(doc);
  if (!spans) {
    spans = findPublicationSpans(doc).map((span) => {
      const [date] = fullDatesIn(doc.text.slice(span.start, span.end), doc.language);
      return { start: span.start, end: span.end, date: date ? { start: span.start + date.start, end: span.start + date.end, day: date.day } : null };
    });
    spansByDocument.set(doc, spans);
  }
  return spans;
}

export function publicationSpans(doc: TextDocument): Span[] {
  return publicationSpansWithDates(doc);
}

const lineSpan = (m: RegExpMatchArray): Span => {
  const index = m.index ?? 0;
  const leading = m[0].length - m[0].trimStart().length;
  return { start: index + leading, end: index + m[0].trimEnd().length };
};

/** Whether a byline's words name someone: not a day or a month ("By Friday, updated…" is prose). */
function namesABylineOf(doc: TextDocument, byline: string): boolean {
  const calendar = new Set([...doc.pack.weekdays, ...doc.pack.months.flat()].map((w) => w.toLowerCase()));
  return byline.split(/\s+/u).every((word) => !calendar.has(word.toLowerCase().replace(/\.$/u, "")));
}

function findPublicationSpans(doc: TextDocument): Span[] {
  const { text, pack } = doc;
  const lines = allMatches(pack.publicationLine, text).map(lineSpan);
  const bylines = allMatches(pack.bylinePublicationLine, text)
    .filter((m) => m[0].trim().length <= MAX_BYLINE_LINE_CHARS && namesABylineOf(doc, m[1] ?? ""))
    .map(lineSpan);
  const stamps = flatMapped(splitLines(text), (line) => {
    const span = trimmedSpan(line);
    if (!span || span.end - span.start > MAX_STAMP_CHARS) return [];
    const content = text.slice(span.start, span.end);
    // Only a line with a year can state a full date: most short lines are menus.
    if (!/\d{4}/u.test(content)) return [];
    const [date] = fullDatesIn(content, doc.language);
    if (!date) return [];
    const rest = content.slice(0, date.start) + content.slice(date.end);
    return STAMP_REST.test(rest) ? [span] : [];
  });
  return [...lines, ...bylines, ...stamps, ...doc.datelines].sort((a, b) => a.start - b.start);
}

/** The publication day a stamp or dateline states in full, when the metadata does not give one. */
export function statedPublication(doc: TextDocument): { day: number; basis: string } | null {
  const stated = publicationSpansWithDates(doc).find((s) => s.date !== null);
  if (!stated?.date) return null;
  return { day: stated.date.day, basis: `publication stated on the page ("${doc.text.slice(stated.date.start, stated.date.end)}")` };
}

/** One `publication` mention per span: its own full date when it has one, else the known publication. */
export function findPublicationMentions(doc: TextDocument, frame: WritingFrame | null): DateMention[] {
  return flatMapped(publicationSpansWithDates(doc), ({ start, end, date }): DateMention[] => {
    const range = date ? hull([{ start: date.day, end: date.day }]) : frame ? hull(frame.windows) : null;
    if (!range) return [];
    const basis = date ? publicationOnPage : publicationLine(frame?.basis ?? null);
    return [{ start, end, range, basis, kind: "publication", precision: "day", relative: false }];
  });
}
