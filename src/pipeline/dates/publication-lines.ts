import type { Language, Span } from "../../domain/schemas/ingest";
import { hull } from "./day-windows";
import type { DateMention } from "./find-date-mentions";
import { findExplicitDates } from "./explicit-dates";
import type { WritingFrame } from "./writing-frame";

/** "Publié hier à 14h11", "Mis à jour le …", "Published 3 days ago": page furniture stating the publication. */
const PUBLICATION_LINE = /^[\s•·*|-]*(?:publié|mis à jour|modifié|actualisé|published|updated|posted)(?!\p{L})[^\n]*/gimu;

export function publicationLines(text: string): Span[] {
  return [...text.matchAll(PUBLICATION_LINE)].map((m) => {
    const leading = m[0].length - m[0].trimStart().length;
    return { start: m.index + leading, end: m.index + m[0].trimEnd().length };
  });
}

/** One `publication` mention per line: its explicit date when it has a full one, else the known publication. */
export function findPublicationMentions(text: string, language: Language, frame: WritingFrame | null): DateMention[] {
  return publicationLines(text).flatMap((line): DateMention[] => {
    const explicit = findExplicitDates(text.slice(line.start, line.end), language, frame)[0];
    const range = explicit?.range ?? (frame ? hull(frame.windows) : null);
    if (!range) return [];
    const basis = explicit ? `publication line: ${explicit.basis}` : `publication line; publication per ${frame?.basis}`;
    return [{ ...line, range, basis, kind: "publication" }];
  });
}
