import { flatMapped } from "../../domain/flat-mapped";
import type { Span } from "../../domain/schemas/ingest";
import type { LanguagePack, RelativePeriodPattern } from "../language/language-pack";
import type { TextDocument } from "../text/document";
import { allMatches } from "../../domain/all-matches";
import { NOT_AFTER_LETTER_OR_NUMBER } from "../text/word-edges";

export interface RelativePeriod extends Span, Omit<RelativePeriodPattern, "pattern"> {}

const combined = new WeakMap<LanguagePack, RegExp>();
/**
 * Word-start assertions the patterns open with. Shared by all, it is tested once per position before
 * the alternatives (the same matches: it is checked at the same place), which V8 then skips at most
 * positions instead of trying each pattern there. The packs' patterns say "not after a letter or a
 * number" in its faster form (text/word-edges.ts).
 */
const WORD_EDGES = [NOT_AFTER_LETTER_OR_NUMBER, "(?<!\\w)"];

/**
 * The pack's period patterns as one alternation, each its own group, in the pack's order: one scan
 * of the text instead of one per pattern, and at one position the first listed wins ("earlier this
 * month" before "this month").
 */
function combinedPattern(pack: LanguagePack): RegExp {
  let pattern = combined.get(pack);
  if (!pattern) {
    const sources = pack.relativePeriods.map((p) => p.pattern.source);
    const edge = WORD_EDGES.find((e) => sources.every((s) => s.startsWith(e))) ?? "";
    const alternatives = sources.map((s) => `(${s.slice(edge.length)})`).join("|");
    combined.set(pack, (pattern = new RegExp(`${edge}(?:${alternatives})`, "giu")));
  }
  return pattern;
}

/** "la semaine dernière", "next month", "earlier this year", « l'an prochain », without overlaps. */
export function findRelativePeriods(doc: TextDocument): RelativePeriod[] {
  const periods = doc.pack.relativePeriods;
  return flatMapped(allMatches(combinedPattern(doc.pack), doc.text), (m): RelativePeriod[] => {
    const index = m.findIndex((group, i) => i > 0 && group !== undefined) - 1;
    const period = periods[index];
    if (!period) return [];
    const span: RelativePeriod = { start: m.index, end: m.index + m[0].length, unit: period.unit, offset: period.offset };
    if (period.part) span.part = period.part;
    if (period.needsPart) span.needsPart = true;
    return [span];
  });
}
