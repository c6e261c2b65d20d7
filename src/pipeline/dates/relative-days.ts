import type { LanguagePack } from "../language/language-pack";
import type { TextDocument } from "../text/document";
import { escapeRegExp } from "../text/escape-regexp";
import { hull, shiftWindows } from "./day-windows";
import type { DateMention } from "./date-mention";
import type { WritingFrame } from "./writing-frame";
import { joined, overnight, relativeTo } from "./basis";
import { literalTest, matchesOf } from "./required-literal";
import { allMatches } from "../../domain/all-matches";

/** Whether a text holds the word for the night, which every phrase of a night contains ("overnight", « dans la nuit de … à … »): most do not. */
export function mayNameNight(pack: LanguagePack, text: string): boolean {
  return literalTest(escapeRegExp(pack.overnight.night))(text);
}

/**
 * "hier", "yesterday", "aujourd'hui": the writing days shifted; a range when those are a range.
 * "Overnight", « cette nuit »: the night before writing, over the day before and the day of writing.
 * "Today" after a quantity ("200 000 aujourd'hui") or as "today's" means "nowadays" and dates nothing.
 */
export function findRelativeDays(doc: TextDocument, frame: WritingFrame): DateMention[] {
  const { text, pack } = doc;
  const found: DateMention[] = [];
  for (const [pattern, offset] of pack.relativeDays) {
    for (const m of matchesOf(pattern, text)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (found.some((f) => f.start < span.end && span.start < f.end)) continue;
      if (offset === 0 && (pack.nowadays.test(text.slice(Math.max(0, span.start - 40), span.start)) || /^['’]s\b/u.test(text.slice(span.end)))) continue;
      const range = hull(shiftWindows(frame.windows, offset));
      if (!range) continue;
      found.push({ start: span.start, end: span.end, range, basis: relativeTo(m[0], frame.basis), kind: "event", precision: "day", relative: true });
    }
  }
  const nights = mayNameNight(pack, text) ? allMatches(pack.lastNight, text) : [];
  for (const m of nights) {
    const span = { start: m.index, end: m.index + m[0].length };
    const range = hull([...shiftWindows(frame.windows, -1), ...frame.windows]);
    if (range && !found.some((f) => f.start < span.end && span.start < f.end)) {
      found.push({ start: span.start, end: span.end, range, basis: joined(relativeTo(m[0], frame.basis), overnight), kind: "event", precision: "day", relative: true });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
