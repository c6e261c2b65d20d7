/**
 * Search that forgives accents, case and typography, so "geographie est tetue" finds
 * "la géographie est têtue" and "qu'on" finds "qu’on", in French as in English. The same functions
 * cut the events' texts into words when the search index is built and cut the reader's query.
 */

import { boundedMemo } from "./bounded-memo";
import { codePointIn, LETTER, MARK, NUMBER, UNIT_CLASSES } from "./code-point-classes";

/** Letters NFD does not decompose, spelled out as a reader would type them. */
const LIGATURES: Readonly<Record<string, string>> = { œ: "oe", æ: "ae", ß: "ss" };
const APOSTROPHES = /[’‘ʼ`´]/g;
const DOUBLE_QUOTES = /[«»“”„]/g;
/** What separates words once the text is normalized: anything but a letter or a digit. */
const NOT_WORD = /[^\p{L}\p{N}]+/u;

/** Text with nothing outside ASCII skips decomposition (the index normalizes every event's text). */
const NON_ASCII = /[\u0080-\uffff]/;
/** The ASCII characters Unicode counts as diacritics. */
const ASCII_DIACRITICS = /[\^`]/g;

/** Without accents, lower-cased, ligatures spelled out: what decides the words. */
function foldLetters(text: string): string {
  const folded = NON_ASCII.test(text) ? text.normalize("NFD").replace(/\p{Diacritic}/gu, "") : text.replace(ASCII_DIACRITICS, "");
  return folded.toLowerCase().replace(/[œæß]/g, (c) => LIGATURES[c] ?? c);
}

export function normalizeSearchText(text: string): string {
  return foldLetters(text)
    .replace(APOSTROPHES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The distinct words of a text, normalized, in order of first appearance. Of a query: each word must
 * begin a word of an event's text (a one-letter word must be one), in any order; a blank query, or
 * one of punctuation only, has none and matches everything.
 */
export function searchWords(text: string): string[] {
  // The apostrophes, quotation marks and spaces normalizeSearchText unifies all separate words alike.
  const words = new Set<string>();
  for (const piece of pieces(text)) for (const word of pieceWords(piece)) words.add(word);
  return [...words];
}

/** The runs of `text` that `/[\p{L}\p{N}\p{M}]+/gu` matches. */
function pieces(text: string): string[] {
  const found: string[] = [];
  let start = -1;
  for (let at = 0; at < text.length; ) {
    const unit = text.charCodeAt(at);
    // The table inline outside the surrogates: the index reads every character of every event.
    const known = unit < 0xd800 || unit > 0xdfff ? (UNIT_CLASSES[unit] as number) : 0;
    const size = known !== 0 ? ((known & PIECE_CLASSES) !== 0 ? 1 : 0) : codePointIn(text, at, text.length, PIECE_CLASSES);
    if (size > 0 && start < 0) start = at;
    else if (size === 0 && start >= 0) {
      found.push(text.slice(start, at));
      start = -1;
    }
    at += Math.max(size, 1);
  }
  if (start >= 0) found.push(text.slice(start));
  return found;
}

/**
 * Letters, digits and marks: a piece is a run of them. Folding changes neither what lies between runs
 * (spaces, punctuation) nor where a run ends, so a text's words are its runs' words: each run is
 * folded once and remembered, as the index folds the same words in event after event.
 */
const PIECE_CLASSES = LETTER | NUMBER | MARK;
/** Far above a corpus's distinct words. */
const MAX_FOLDED_PIECES = 100_000;
const pieceWords = boundedMemo((piece): readonly string[] => foldLetters(piece).split(NOT_WORD).filter((w) => w !== ""), MAX_FOLDED_PIECES);
