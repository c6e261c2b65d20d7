import { addDays } from "../../domain/day";
import type { TextDocument } from "../text/document";
import type { DateMention } from "./date-mention";
import { fromDayBefore } from "./basis";

/**
 * « le lendemain », « la veille », "the next day": a day after or before the day the text has just
 * reported, not the publication. Followed by its own complement (« au lendemain de l'engagement
 * allemand »), the words name a day from an event the text does not date: nothing is dated then.
 */
export function findDayAfterBefore(doc: TextDocument, earlier: readonly DateMention[]): DateMention[] {
  const found: DateMention[] = [];
  for (const [pattern, offset] of doc.pack.dayAfterBefore) {
    for (const m of doc.text.matchAll(pattern)) {
      if (m[1]) continue;
      const start = m.index;
      const end = start + m[0].length;
      const reported = earlier.filter((e) => e.end <= start && e.kind === "event" && e.precision === "day" && e.range.start === e.range.end).at(-1);
      if (!reported) continue;
      const day = addDays(reported.range.start, offset);
      found.push({ start, end, range: { start: day, end: day }, basis: fromDayBefore(m[0], reported.range.start), kind: "event", precision: "day", relative: true });
    }
  }
  return found;
}
