/**
 * Words read character by character, as the rules' word patterns (`[\p{L}\p{N}]+…`, flag `u`) would
 * match them: every sentence is read word by word by several rules, and a regular expression call and
 * its match array per word cost more than the reading.
 */

const LETTER = /^\p{L}$/u;
const NUMBER = /^\p{N}$/u;
const IS_LETTER = 1;
const IS_NUMBER = 2;
/** Per UTF-16 unit: 0 not yet known, else `IS_LETTER | IS_NUMBER | 4` (the 4 says it is known). */
const unitClasses = new Uint8Array(0x10000);

function classOf(codePoint: string): number {
  return (LETTER.test(codePoint) ? IS_LETTER : 0) | (NUMBER.test(codePoint) ? IS_NUMBER : 0) | 4;
}

/**
 * The length (1, or 2 for a surrogate pair) of the code point at `at` when its class is one of
 * `classes`, else 0. `to` ends the text read: a pair cut there is two lone surrogates, as in a slice.
 * Called for every character a rule reads: the surrogate tests are written out, not called.
 */
function codePointIn(text: string, at: number, to: number, classes: number): number {
  const unit = text.charCodeAt(at);
  if (unit >= 0xd800 && unit <= 0xdbff && at + 1 < to) {
    const next = text.charCodeAt(at + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return classOf(text.slice(at, at + 2)) & classes ? 2 : 0;
  }
  let known = unitClasses[unit] ?? 0;
  if (known === 0) unitClasses[unit] = known = classOf(String.fromCharCode(unit));
  return known & classes ? 1 : 0;
}

const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
const HYPHEN = 0x2d;
const FULL_STOP = 0x2e;

export interface ScannedWord {
  start: number;
  end: number;
}

/** Letters, apostrophes and hyphens: the words of `/[\p{L}'’-]+/gu` in `text.slice(from, to)`, offsets in `text`. */
export function lettersAndJoiners(text: string, from: number, to: number): ScannedWord[] {
  const words: ScannedWord[] = [];
  const partAt = (at: number) => {
    const unit = text.charCodeAt(at);
    return unit === APOSTROPHE || unit === RIGHT_SINGLE_QUOTE || unit === HYPHEN ? 1 : codePointIn(text, at, to, IS_LETTER);
  };
  let at = from;
  while (at < to) {
    let step = partAt(at);
    if (step === 0) {
      at++;
      continue;
    }
    const start = at;
    while (step > 0) {
      at += step;
      step = at < to ? partAt(at) : 0;
    }
    words.push({ start, end: at });
  }
  return words;
}

/** The end of the run of letters and digits starting at `at` (`at` itself when there is none). */
function alphanumericRunEnd(text: string, at: number, to: number): number {
  let end = at;
  for (let step = end < to ? codePointIn(text, end, to, IS_LETTER | IS_NUMBER) : 0; step > 0; step = end < to ? codePointIn(text, end, to, IS_LETTER | IS_NUMBER) : 0) end += step;
  return end;
}

/** How many runs of letters and digits `text` holds: the number of matches of `/[\p{L}\p{N}]+/gu`. */
export function alphanumericRuns(text: string): number {
  let count = 0;
  for (let at = 0; at < text.length; ) {
    const end = alphanumericRunEnd(text, at, text.length);
    if (end > at) {
      count++;
      at = end;
    } else at++;
  }
  return count;
}

/**
 * Runs of letters and digits joined by single joiners (`joiners` lists their UTF-16 units), and a full
 * stop after the last run when `finalStop`: the words of `/[\p{L}\p{N}]+(?:[joiners][\p{L}\p{N}]+)*\.?/gu`
 * (without `\.?` unless `finalStop`) in `text.slice(from, to)`, offsets in `text`.
 */
export function joinedWords(text: string, from: number, to: number, joiners: readonly number[], finalStop: boolean): ScannedWord[] {
  const words: ScannedWord[] = [];
  let at = from;
  while (at < to) {
    let end = alphanumericRunEnd(text, at, to);
    if (end === at) {
      at++;
      continue;
    }
    const start = at;
    for (;;) {
      if (end >= to || !joiners.includes(text.charCodeAt(end))) break;
      const next = alphanumericRunEnd(text, end + 1, to);
      if (next === end + 1) break;
      end = next;
    }
    if (finalStop && end < to && text.charCodeAt(end) === FULL_STOP) end++;
    words.push({ start, end });
    at = end;
  }
  return words;
}

/** The joiners of names and abbreviations ("O'Brien", "U.S", "Jean-Yves"). */
export const NAME_JOINERS: readonly number[] = [APOSTROPHE, RIGHT_SINGLE_QUOTE, FULL_STOP, HYPHEN];
/** The joiners of compound words ("aujourd'hui", "porte-parole"). */
export const WORD_JOINERS: readonly number[] = [HYPHEN, APOSTROPHE, RIGHT_SINGLE_QUOTE];
