/**
 * Every match of the global `pattern` in `text`, from its `lastIndex`, as `[...text.matchAll(pattern)]`
 * gives them, the pattern's `lastIndex` left as it was. `matchAll` builds a new regular expression
 * object from the pattern on each call (the specification's species constructor), which in V8 costs
 * more than a short text's scan: the analysis calls it tens of times a sentence.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: /${pattern.source}/${pattern.flags}`);
  const unicode = pattern.unicode || pattern.flags.includes("v");
  const from = pattern.lastIndex;
  const found: RegExpExecArray[] = [];
  try {
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      found.push(match);
      // An empty match moves on by one character, a whole surrogate pair under the u or v flag, as matchAll does.
      if (match[0] === "") pattern.lastIndex = advance(text, pattern.lastIndex, unicode);
    }
  } finally {
    pattern.lastIndex = from;
  }
  return found;
}

function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const unit = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1;
}
