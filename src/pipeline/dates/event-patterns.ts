import type { Language } from "../../domain/schemas/ingest";
import type { ReferenceEvent } from "./reference-events";
import { literalTest } from "./required-literal";
import { fastWordEdges } from "../text/word-edges";

/** A table pattern ready to match, with a quick test that rules out a text it cannot match in. */
export interface CompiledPattern {
  pattern: RegExp;
  /** False when the text lacks a run of characters every match contains (compared with the pattern's flags). */
  mayMatch: (text: string) => boolean;
}

/** How a table pattern is used: as written, or as whole words (not inside a longer word). */
export type PatternForm = "bare" | "whole-words";

const compiled = new WeakMap<ReferenceEvent, Map<string, CompiledPattern[]>>();

function compile(source: string, form: PatternForm): CompiledPattern {
  const pattern = form === "bare" ? new RegExp(source, "giu") : new RegExp(fastWordEdges(`(?<!\\p{L})(?:${source})(?!\\p{L})`), "giu");
  return { pattern, mayMatch: literalTest(source) };
}

/**
 * The event's patterns for `language`, compiled once per event object: the table is parsed once per
 * run and its patterns are matched against every sentence of every article. Global regular
 * expressions are only ever used through `matchAll`, which works on a copy, so sharing them is safe.
 */
export function eventPatterns(event: ReferenceEvent, language: Language, form: PatternForm): CompiledPattern[] {
  let byKey = compiled.get(event);
  if (!byKey) compiled.set(event, (byKey = new Map()));
  const key = `${language}:${form}`;
  let patterns = byKey.get(key);
  if (!patterns) byKey.set(key, (patterns = event.patterns[language].map((source) => compile(source, form))));
  return patterns;
}
