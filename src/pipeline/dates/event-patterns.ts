import type { Language } from "../../domain/schemas/ingest";
import type { ReferenceEvent } from "./reference-events";
import { requiredLiteral } from "./required-literal";
import { escapeRegExp } from "../text/escape-regexp";

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
  const pattern = form === "bare" ? new RegExp(source, "giu") : new RegExp(`(?<!\\p{L})(?:${source})(?!\\p{L})`, "giu");
  const literal = requiredLiteral(source);
  if (literal === null) return { pattern, mayMatch: () => true };
  const needle = new RegExp(escapeRegExp(literal), "iu");
  return { pattern, mayMatch: (text) => hasNeedle(text, literal, needle) };
}

/** A literal of ASCII letters, digits, spaces and apostrophes: found case-insensitively in the lower-cased text as well. */
const PLAIN_LITERAL = /^[a-zA-Z0-9 '’-]+$/u;
/** The only characters outside ASCII that case-insensitive matching reads as ASCII letters: ſ (s) and K, the kelvin sign (k). */
const FOLDS_TO_ASCII = /[\u017f\u212a]/u;

/**
 * Whether the text last asked about contains each literal: both forms of a pattern share it, and an
 * article is tested for every pattern once for its anchors and again for its reference spans. Plain
 * literals are looked for in the lower-cased text, which gives what the case-insensitive search gives
 * unless the text holds ſ or K; a search through a regular expression per literal cost more than the rest.
 */
const needlesFound = { text: "", lower: null as string | null, found: new Map<string, boolean>() };

function hasNeedle(text: string, literal: string, needle: RegExp): boolean {
  if (needlesFound.text !== text) {
    needlesFound.text = text;
    needlesFound.lower = FOLDS_TO_ASCII.test(text) ? null : text.toLowerCase();
    needlesFound.found.clear();
  }
  let found = needlesFound.found.get(literal);
  if (found === undefined) {
    const { lower } = needlesFound;
    found = lower !== null && PLAIN_LITERAL.test(literal) ? lower.includes(literal.toLowerCase()) : needle.test(text);
    needlesFound.found.set(literal, found);
  }
  return found;
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
