/**
 * Words read character by character, as the rules' word patterns (`[\p{L}\p{N}]+…`, flag `u`) would
 * match them: every sentence is read word by word by several rules, and a regular expression call and
 * its match array per word cost more than the reading.
 */

import { codePointIn, LETTER, NUMBER, UNIT_CLASSES } from "../../domain/code-point-classes";

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
  let start = -1;
  let at = from;
  while (at < to) {
    const unit = text.charCodeAt(at);
    let step = 1;
    if (unit !== APOSTROPHE && unit !== RIGHT_SINGLE_QUOTE && unit !== HYPHEN) {
      const known = unit < 0xd800 || unit > 0xdfff ? (UNIT_CLASSES[unit] as number) : 0;
      step = known !== 0 ? ((known & LETTER) !== 0 ? 1 : 0) : codePointIn(text, at, to, LETTER);
    }
    if (step > 0) {
      if (start < 0) start = at;
      at += step;
    } else {
      if (start >= 0) words.push({ start, end: at });
      start = -1;
      at++;
    }
  }
  if (start >= 0) words.push({ start, end: at });
  return words;
}

/** The end of the run of letters and digits starting at `at` (`at` itself when there is none). */
function alphanumericRunEnd(text: string, at: number, to: number): number {
  let end = at;
  while (end < to) {
    const unit = text.charCodeAt(end);
    const known = unit < 0xd800 || unit > 0xdfff ? (UNIT_CLASSES[unit] as number) : 0;
    const step = known !== 0 ? ((known & (LETTER | NUMBER)) !== 0 ? 1 : 0) : codePointIn(text, end, to, LETTER | NUMBER);
    if (step === 0) break;
    end += step;
  }
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
