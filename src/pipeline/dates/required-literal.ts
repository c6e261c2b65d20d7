import { allMatches } from "../../domain/all-matches";
import { escapeRegExp } from "../text/escape-regexp";

/** Characters that end a run of literal text in a pattern source (anchors, any-character, quantifiers). */
const SPECIAL = new Set(["^", "$", ".", "*", "+", "?", "{", "}", "]"]);
const QUANTIFIERS = new Set(["*", "+", "?", "{"]);

/** The index just past the escape sequence starting with the backslash at `at`. */
function skipEscape(source: string, at: number): number {
  const kind = source[at + 1] ?? "";
  if ("pPk".includes(kind) || (kind === "u" && source[at + 2] === "{")) {
    const close = source.indexOf(kind === "k" ? ">" : "}", at);
    return close < 0 ? source.length : close + 1;
  }
  if (kind === "u") return at + 6;
  if (kind === "x") return at + 4;
  if (kind === "c") return at + 3;
  let end = at + 2;
  // A backreference may have several digits (\12).
  while (/\d/.test(kind) && /\d/.test(source[end] ?? "")) end++;
  return end;
}

/** The index just past the character class starting with the bracket at `at`. */
function skipClass(source: string, at: number): number {
  for (let i = at + 1; i < source.length; i++) {
    if (source[i] === "\\") i++;
    else if (source[i] === "]") return i + 1;
  }
  return source.length;
}

/**
 * The longest run of plain characters that every match of the pattern contains, or null when there
 * is none to rely on (a top-level `|`, or only groups, classes and escapes). Conservative: a character
 * followed by a quantifier, anything inside a group and anything escaped is left out, so a text without
 * the run (compared with the pattern's own flags) cannot match the pattern.
 */
export function requiredLiteral(source: string): string | null {
  const runs: string[] = [];
  let run = "";
  let depth = 0;
  const endRun = () => {
    if (run) runs.push(run);
    run = "";
  };
  for (let i = 0; i < source.length; ) {
    const ch = source[i] ?? "";
    if (ch === "\\") {
      endRun();
      i = skipEscape(source, i);
    } else if (ch === "[") {
      endRun();
      i = skipClass(source, i);
    } else if (ch === "(" || ch === ")") {
      endRun();
      depth += ch === "(" ? 1 : -1;
      i++;
    } else if (ch === "|" && depth === 0) {
      return null;
    } else if (depth > 0 || SPECIAL.has(ch) || ch === "|") {
      // A quantified character is optional or repeated: it leaves the run.
      if (QUANTIFIERS.has(ch)) run = run.slice(0, -1);
      endRun();
      const close = ch === "{" ? source.indexOf("}", i) : -1;
      i = close < 0 ? i + 1 : close + 1;
    } else {
      run += ch;
      i++;
    }
  }
  endRun();
  return runs.reduce<string | null>((longest, r) => (longest === null || r.length > longest.length ? r : longest), null);
}

/** A literal of ASCII letters, digits, spaces and apostrophes: found case-insensitively in the lower-cased text as well. */
const PLAIN_LITERAL = /^[a-zA-Z0-9 '’-]+$/u;
/** The only characters outside ASCII that case-insensitive matching reads as ASCII letters: ſ (s) and K, the kelvin sign (k). */
const FOLDS_TO_ASCII = /[\u017f\u212a]/u;

/**
 * Whether the text last asked about contains each literal: patterns share literals (a reference
 * event's two forms), and an article is tested for each once for its anchors and again for its
 * reference spans. Plain literals are looked for in the lower-cased text, which gives what the
 * case-insensitive search gives unless the text holds ſ or K; a search through a regular expression
 * per literal cost more than the rest.
 */
const needlesFound = { text: "", lower: null as string | null, found: new Map<string, boolean>() };

/** A literal and how to look for it, worked out once per pattern: in the lower-cased text when it is plain, else through `needle`. */
interface Needle {
  literal: string;
  /** The literal lower-cased when it is plain, else null. */
  plainLower: string | null;
  needle: RegExp;
}

function hasNeedle(text: string, { literal, plainLower, needle }: Needle): boolean {
  if (needlesFound.text !== text) {
    needlesFound.text = text;
    needlesFound.lower = FOLDS_TO_ASCII.test(text) ? null : text.toLowerCase();
    needlesFound.found.clear();
  }
  let found = needlesFound.found.get(literal);
  if (found === undefined) {
    const { lower } = needlesFound;
    found = lower !== null && plainLower !== null ? lower.includes(plainLower) : needle.test(text);
    needlesFound.found.set(literal, found);
  }
  return found;
}

const literalTests = new Map<string, (text: string) => boolean>();

/**
 * A quick test for a case-insensitive pattern: false when the text lacks the run of characters every
 * match of `source` contains (`requiredLiteral`), so the pattern's scan can be skipped; always true
 * for a pattern without one. Built once per source: callers may ask for it on every text.
 */
export function literalTest(source: string): (text: string) => boolean {
  let test = literalTests.get(source);
  if (!test) {
    const literal = requiredLiteral(source);
    if (literal === null) test = () => true;
    else {
      const needle: Needle = { literal, plainLower: PLAIN_LITERAL.test(literal) ? literal.toLowerCase() : null, needle: new RegExp(escapeRegExp(literal), "iu") };
      test = (text) => hasNeedle(text, needle);
    }
    literalTests.set(source, test);
  }
  return test;
}

/**
 * Every match of the global `pattern` in `text`, none without a scan when the text lacks the words
 * every match contains ("week" for « le week-end dernier », "later" for "two days later").
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  return literalTest(pattern.source)(text) ? allMatches(pattern, text) : [];
}
