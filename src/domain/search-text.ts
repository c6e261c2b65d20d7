/**
 * Search that forgives accents, case and typography, so "geographie est tetue" finds
 * "la géographie est têtue" and "qu'on" finds "qu’on", in French as in English. The same functions
 * cut the events' texts into words when the search index is built and cut the reader's query.
 */

import { boundedMemo } from "./bounded-memo";

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

/** Whether each UTF-16 unit outside the surrogates is a letter, a digit or a mark: 0 not yet known, 1 no, 2 yes. */
const pieceUnits = new Uint8Array(0x10000);

/**
 * The runs of `text` that `/[\p{L}\p{N}\p{M}]+/gu` matches, read unit by unit against a table: the
 * index reads every event's texts, and the pattern tests each character against three Unicode classes.
 */
function pieces(text: string): string[] {
  const found: string[] = [];
  let start = -1;
  for (let at = 0; at < text.length; ) {
    const unit = text.charCodeAt(at);
    let size = 1;
    let inPiece: boolean;
    const next = at + 1 < text.length ? text.charCodeAt(at + 1) : 0;
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      size = 2;
      inPiece = PIECE_POINT.test(text.slice(at, at + 2));
    } else {
      let known = pieceUnits[unit] as number;
      if (known === 0) pieceUnits[unit] = known = PIECE_POINT.test(String.fromCharCode(unit)) ? 2 : 1;
      inPiece = known === 2;
    }
    if (inPiece && start < 0) start = at;
    else if (!inPiece && start >= 0) {
      found.push(text.slice(start, at));
      start = -1;
    }
    at += size;
  }
  if (start >= 0) found.push(text.slice(start));
  return found;
}

/**
 * A letter, digit or mark: a piece is a run of them. Folding changes neither what lies between runs
 * (spaces, punctuation) nor where a run ends, so a text's words are its runs' words: each run is
 * folded once and remembered, as the index folds the same words in event after event.
 */
const PIECE_POINT = /^[\p{L}\p{N}\p{M}]$/u;
/** Far above a corpus's distinct words. */
const MAX_FOLDED_PIECES = 100_000;
const pieceWords = boundedMemo((piece): readonly string[] => foldLetters(piece).split(NOT_WORD).filter((w) => w !== ""), MAX_FOLDED_PIECES);
