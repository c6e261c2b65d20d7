import { dayFromNumber } from "../../domain/day";
import type { TextDocument } from "../text/document";
import { yearWindow } from "./day-windows";
import type { DateMention } from "./date-mention";
import { yearStated } from "./basis";
import { allMatches } from "../../domain/all-matches";

/** "en 2021", "in 1949": a whole year, never a day. */
export function findYearMentions(doc: TextDocument): DateMention[] {
  return allMatches(doc.pack.statedYear, doc.text).map((m): DateMention => {
    const w = yearWindow(Number(m[1]));
    const range = { start: dayFromNumber(w.start), end: dayFromNumber(w.end) };
    return { start: m.index, end: m.index + m[0].length, range, basis: yearStated, kind: "event", precision: "year", relative: false };
  });
}
