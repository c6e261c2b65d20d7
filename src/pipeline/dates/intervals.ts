import { flatMapped } from "../../domain/flat-mapped";
import type { Span } from "../../domain/schemas/ingest";
import type { LanguagePack } from "../language/language-pack";
import { escapeRegExp } from "../text/escape-regexp";
import { type TextDocument, sentenceAt } from "../text/document";
import { back, countOf, precisionOf } from "./ago";
import { hull, windowOf } from "./day-windows";
import type { DateMention } from "./date-mention";
import { countedFromClause } from "./basis";
import { allMatches } from "../../domain/all-matches";

/** "deux mois après un sommet tendu …", "one day after Russian strikes …": a time counted from the main clause's. */
export interface IntervalPhrase extends Span {
  count: number;
  unit: "day" | "week" | "month" | "year";
  /** "after": what the complement tells happened before the main clause's time. */
  direction: "after" | "before";
  /** What the phrase dates: from its end to the end of the sentence. */
  complement: Span;
}

const unitThenDirection = new WeakMap<LanguagePack, RegExp>();

/**
 * A unit followed by a direction word ("days after", « mois avant »), which every phrase contains: a
 * quick look for it rules out most texts before the pattern's scan, which tries a count at every word.
 */
function unitThenDirectionOf(pack: LanguagePack): RegExp {
  let pattern = unitThenDirection.get(pack);
  if (!pattern) {
    const words = (list: readonly string[]) => list.map(escapeRegExp).join("|");
    const directions = [...pack.intervalWords.after, ...pack.intervalWords.before];
    unitThenDirection.set(pack, (pattern = new RegExp(`(?:${words(Object.keys(pack.units))})\\s+(?:${words(directions)})`, "iu")));
  }
  return pattern;
}

export function findIntervalPhrases(doc: TextDocument): IntervalPhrase[] {
  const { text, pack } = doc;
  if (!unitThenDirectionOf(pack).test(text)) return [];
  return flatMapped(allMatches(pack.interval, text), (m): IntervalPhrase[] => {
    const count = countOf(m[1] ?? "", pack);
    const unit = pack.units[(m[2] ?? "").toLowerCase()];
    const sentence = sentenceAt(doc, m.index);
    if (count === undefined || unit === undefined || !sentence) return [];
    const start = m.index;
    const end = start + m[0].trimEnd().length;
    const direction = pack.intervalWords.after.includes((m[3] ?? "").toLowerCase()) ? "after" : "before";
    return [{ start, end, count, unit, direction, complement: { start: end, end: sentence.end } }];
  });
}

/** The time of the phrase's complement, counted from the main clause's date by the calendar. */
export function intervalMention(doc: TextDocument, phrase: IntervalPhrase, main: DateMention): DateMention | null {
  const window = windowOf(main.range.start, main.range.end);
  const range = hull([back(window, phrase.direction === "after" ? phrase.count : -phrase.count, phrase.unit)]);
  if (!range) return null;
  const words = doc.text.slice(phrase.start, phrase.end);
  const basis = countedFromClause(words, main.range.start === main.range.end ? main.range.start : `${main.range.start}–${main.range.end}`);
  return { start: phrase.start, end: phrase.end, range, basis, kind: "event", precision: precisionOf(phrase.unit), relative: true };
}
