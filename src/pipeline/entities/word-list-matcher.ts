import { flatMapped } from "../../domain/flat-mapped";
/** A whole-word occurrence of one listed name: `text.slice(start, end)` is the name as written. */
export interface WordListMatch {
  start: number;
  end: number;
  id: string;
}

/**
 * Finds the listed names in `text` between `from` and `to` as whole words (the bounds count as word
 * edges), left to right without overlaps, the longest name winning at each position.
 */
export type WordListMatcher = (text: string, from: number, to: number) => WordListMatch[];

interface TrieNode {
  children: Map<number, TrieNode>;
  /** Set when a name ends here. */
  id: string | null;
}

/**
 * The trie in flat arrays, walked once per word of every text: node `n`'s edges are
 * `edgeUnit[e]` → `edgeTarget[e]` for `e` from `edgeStart[n]` to `edgeStart[n + 1]`, and the root's
 * are a table by first unit. A node has a handful of edges, which a scan of an array finds sooner
 * than a Map's hash does.
 */
interface FlatTrie {
  /** The node after each first unit, -1 where no name begins with it. */
  rootEdge: Int32Array;
  edgeStart: Int32Array;
  edgeUnit: Uint16Array;
  edgeTarget: Int32Array;
  /** The name ending at each node, or null. */
  ids: (string | null)[];
}

const APOSTROPHE = 0x27;
/** ’ is read as ' on both sides, so either spelling of a name matches either in the text. */
const RIGHT_SINGLE_QUOTE = 0x2019;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** WORD_CHAR per UTF-16 code unit outside surrogates: 1 letter or digit, 0 neither (surrogates 0). */
const wordUnits = new Uint8Array(0x10000);
for (let unit = 0; unit < 0x10000; unit++) if ((unit < 0xd800 || unit > 0xdfff) && WORD_CHAR.test(String.fromCharCode(unit))) wordUnits[unit] = 1;

function isWordCodePoint(codePoint: number): boolean {
  if (codePoint >= 0x10000 || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return WORD_CHAR.test(String.fromCodePoint(codePoint));
  return wordUnits[codePoint] === 1;
}

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** Whether the code point ending just before `at` is a letter or digit; `from` is the start of the text searched. */
function wordBefore(text: string, at: number, from: number): boolean {
  if (at <= from) return false;
  const unit = text.charCodeAt(at - 1);
  if (isLow(unit) && at - 2 >= from && isHigh(text.charCodeAt(at - 2))) return isWordCodePoint(text.codePointAt(at - 2) ?? unit);
  return isWordCodePoint(unit);
}

/** Whether the code point starting at `at` is a letter or digit; `to` is the end of the text searched. */
function wordAt(text: string, at: number, to: number): boolean {
  if (at >= to) return false;
  const unit = text.charCodeAt(at);
  if (isHigh(unit) && at + 1 < to && isLow(text.charCodeAt(at + 1))) return isWordCodePoint(text.codePointAt(at) ?? unit);
  return isWordCodePoint(unit);
}

const foldApostrophe = (unit: number) => (unit === RIGHT_SINGLE_QUOTE ? APOSTROPHE : unit);

function buildTrie(ids: ReadonlyMap<string, string>): TrieNode {
  const root: TrieNode = { children: new Map(), id: null };
  for (const [name, id] of ids) {
    let node = root;
    for (let i = 0; i < name.length; i++) {
      const unit = foldApostrophe(name.charCodeAt(i));
      let child = node.children.get(unit);
      if (!child) node.children.set(unit, (child = { children: new Map(), id: null }));
      node = child;
    }
    // Names equal up to the apostrophe share one entry; the last listed wins, as in a Map keyed by the folded name.
    node.id = id;
  }
  return root;
}

function flatten(root: TrieNode): FlatTrie {
  const nodes: TrieNode[] = [];
  const numbers = new Map<TrieNode, number>();
  const number = (node: TrieNode) => {
    numbers.set(node, nodes.length);
    nodes.push(node);
  };
  for (const child of root.children.values()) number(child);
  for (let n = 0; n < nodes.length; n++) for (const child of (nodes[n] as TrieNode).children.values()) number(child);
  const rootEdge = new Int32Array(0x10000).fill(-1);
  for (const [unit, child] of root.children) rootEdge[unit] = numbers.get(child) as number;
  const edgeStart = new Int32Array(nodes.length + 1);
  const edges = flatMapped(nodes, (node, n) => {
    edgeStart[n + 1] = (edgeStart[n] as number) + node.children.size;
    return [...node.children];
  });
  return {
    rootEdge,
    edgeStart,
    edgeUnit: Uint16Array.from(edges, ([unit]) => unit),
    edgeTarget: Int32Array.from(edges, ([, child]) => numbers.get(child) as number),
    ids: nodes.map((node) => node.id),
  };
}

/**
 * Where a word begins in `text` (a letter or digit not preceded by one). Every matcher of an article
 * scans the same text, span by span: the starts are found once per text, for the last text only.
 */
let indexedText: string | null = null;
let indexedStarts: number[] = [];

function wordStartsOf(text: string): readonly number[] {
  if (text !== indexedText) {
    const starts: number[] = [];
    let previous = false;
    for (let at = 0; at < text.length; at++) {
      const unit = text.charCodeAt(at);
      // Outside the surrogates the table answers (a call per character costs more than the test);
      // a surrogate pair is one code point: its low half continues what its high half decided.
      const surrogate = unit >= 0xd800 && unit <= 0xdfff;
      if (surrogate && isLow(unit) && at > 0 && isHigh(text.charCodeAt(at - 1))) continue;
      const word = surrogate ? wordAt(text, at, text.length) : wordUnits[unit] === 1;
      if (word && !previous) starts.push(at);
      previous = word;
    }
    indexedText = text;
    indexedStarts = starts;
  }
  return indexedStarts;
}

/** The index of the first entry of the ascending `starts` at or after `at`. */
function firstAtOrAfter(starts: readonly number[], at: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((starts[mid] as number) < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The same matches as the regular expression `(?<![\p{L}\p{N}])(?:longest|…|shortest)(?![\p{L}\p{N}])`
 * (flags `gu`, apostrophes as `['’]`) run on `text.slice(from, to)`, without it: V8 leaves a pattern of
 * a thousand country names to its slow bytecode interpreter, which made entity matching most of the
 * pipeline's time. A trie walk costs a few steps per word, and only words are tried: a name begins
 * with a letter or a digit (a list with any other name is scanned at every position instead).
 */
export function createWordListMatcher(ids: ReadonlyMap<string, string>): WordListMatcher {
  const root = buildTrie(ids);
  const wordInitialsOnly = [...root.children.keys()].every((unit) => isWordCodePoint(unit) && !isHigh(unit) && !isLow(unit));
  const { rootEdge, edgeStart, edgeUnit, edgeTarget, ids: nodeIds } = flatten(root);
  /**
   * The name found at `at`, the longest there; null when none ends at a word edge. Run at every word
   * of every text by several matchers: each step of the walk is written out, not called.
   */
  const matchAt = (text: string, at: number, to: number): WordListMatch | null => {
    let node = rootEdge[foldApostrophe(text.charCodeAt(at))] ?? -1;
    let end = -1;
    let id: string | null = null;
    for (let i = at + 1; node >= 0; i++) {
      const here = nodeIds[node] as string | null;
      if (here !== null && !wordAt(text, i, to)) {
        end = i;
        id = here;
      }
      if (i >= to) break;
      let unit = text.charCodeAt(i);
      if (unit === RIGHT_SINGLE_QUOTE) unit = APOSTROPHE;
      let next = -1;
      for (let e = edgeStart[node] as number, last = edgeStart[node + 1] as number; e < last; e++) {
        if (edgeUnit[e] === unit) {
          next = edgeTarget[e] as number;
          break;
        }
      }
      node = next;
    }
    return id === null ? null : { start: at, end, id };
  };
  if (!wordInitialsOnly) {
    return (text, from, to) => {
      const found: WordListMatch[] = [];
      for (let at = from; at < to; at++) {
        const match = wordBefore(text, at, from) ? null : matchAt(text, at, to);
        if (!match) continue;
        found.push(match);
        at = match.end - 1;
      }
      return found;
    };
  }
  return (text, from, to) => {
    const found: WordListMatch[] = [];
    if (from >= to) return found;
    const starts = wordStartsOf(text);
    // The bound is a word edge: a span may begin inside a word.
    let next = from;
    let k = firstAtOrAfter(starts, from + 1);
    while (next < to) {
      const match = matchAt(text, next, to);
      let after = next + 1;
      if (match) {
        found.push(match);
        after = match.end;
      }
      while (k < starts.length && (starts[k] as number) < after) k++;
      if (k >= starts.length) break;
      next = starts[k] as number;
    }
    return found;
  };
}
