/**
 * Whether the code point at a position is a letter, a number or a mark (`\p{L}`, `\p{N}`, `\p{M}`), read
 * from a table filled as UTF-16 units are met: the word scans and the search words test every
 * character of every text, and a regular expression tests each against Unicode classes of hundreds
 * of ranges.
 */

export const LETTER = 1;
export const NUMBER = 2;
export const MARK = 4;
/** Set in a table entry once the unit's classes are known. */
const KNOWN = 8;

const LETTER_POINT = /^\p{L}$/u;
const NUMBER_POINT = /^\p{N}$/u;
const MARK_POINT = /^\p{M}$/u;
/** Per UTF-16 unit: 0 not yet known, else its classes with `KNOWN`. */
const unitClasses = new Uint8Array(0x10000);

/**
 * The table `codePointIn` fills, for a loop over every character to read itself: for a unit outside
 * the surrogates, a non-zero entry holds its classes; where it is 0 (not met yet), or for a surrogate,
 * call `codePointIn`. A call per character costs more than the test (V8 does not inline them here).
 */
export const UNIT_CLASSES: Readonly<Uint8Array> = unitClasses;

function classOf(codePoint: string): number {
  return (LETTER_POINT.test(codePoint) ? LETTER : 0) | (NUMBER_POINT.test(codePoint) ? NUMBER : 0) | (MARK_POINT.test(codePoint) ? MARK : 0) | KNOWN;
}

/**
 * The length (1, or 2 for a surrogate pair) of the code point at `at` when its class is one of
 * `classes`, else 0. `to` ends the text read: a pair cut there is two lone surrogates, as in a slice.
 * Called for every character a rule reads: the surrogate tests are written out, not called.
 */
export function codePointIn(text: string, at: number, to: number, classes: number): number {
  const unit = text.charCodeAt(at);
  if (unit >= 0xd800 && unit <= 0xdbff && at + 1 < to) {
    const next = text.charCodeAt(at + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return classOf(text.slice(at, at + 2)) & classes ? 2 : 0;
  }
  let known = unitClasses[unit] ?? 0;
  if (known === 0) unitClasses[unit] = known = classOf(String.fromCharCode(unit));
  return known & classes ? 1 : 0;
}
