import { flatMapped } from "../../domain/flat-mapped";
import { boundedMemo, boundedMemoPer } from "../../domain/bounded-memo";
import type { Span } from "../../domain/schemas/ingest";
import type { Gender, LanguagePack } from "../language/language-pack";
import { isReportingVerb } from "../language/reporting-verbs";
import { isInside } from "../text/spans";
import { joinedWords, NAME_JOINERS } from "../text/word-scan";
import { isTitleWord } from "../language/title-words";

export interface PersonMention extends Span {
  /** The fullest form of the name the article gives ("Kavan" → "Jan Kavan"), without titles or descriptors. */
  name: string;
  /** Marked by a courtesy title ("Mme", "Mr") written with the name. */
  gender: Gender | null;
  /** "Hungary's Martonyi" is not possessive, "Rutte's appointment" is: a possessive name is nobody's subject. */
  possessive: boolean;
  /** Where the titles and descriptors written with the name start ("Danish Prime Minister …"); `start` when none. */
  titleStart: number;
  /** The function those titles name, when the pack knows it ("prime minister" → head-of-government). */
  roleKey: string | null;
}

export interface NameContext {
  pack: LanguagePack;
  /** Capitalised words that never start or belong to a person's name (lexicon). */
  notPersonWords: ReadonlySet<string>;
  /** Country names, demonyms and capitals: stripped before a name ("Danish", "Hungary's"). */
  placeNames: ReadonlySet<string>;
  /** One-word names of known people (lexicon: "Putin", "Poutine"), names wherever they stand. */
  knownNames: ReadonlySet<string>;
  /** Spans that hold no mention: quotations. */
  exclude: readonly Span[];
}

interface Token extends Span {
  /** Its position among the region's tokens. */
  index: number;
  word: string;
  kind: "name" | "initial" | "particle" | "acronym" | "other";
  possessive: boolean;
}

/** "d'Estaing" and "O'Brien" are name words; "L'entrée", "l'Union", "S'il" and "C'est" are not. */
const ELIDED = /^(\p{L}{1,2})['’](.+)$/u;
const INITIAL = /^\p{Lu}\.$/u;
const DOTTED_ABBREVIATION = /^(?:\p{Lu}\.){2,}$/u;
const SHORT_ACRONYM = /^\p{Lu}{2}$/u;
/** A run longer than this is a title-case headline, where names cannot be told apart. */
const MAX_RUN_TOKENS = 8;
/** Names run to at most this many words ("Luiz Inácio Lula da Silva"). */
const MAX_NAME_WORDS = 6;

const isUpper = (ch: string) => ch !== ch.toLowerCase();

/** Far above a language's distinct words. */
const MAX_CLASSIFIED_WORDS = 100_000;
/** What a word can be in a name, per pack: news repeats its words, and a look-up costs less than the tests. */
const kindOf = boundedMemoPer((pack: LanguagePack, word: string) => classify(word, pack), MAX_CLASSIFIED_WORDS);

/** What a word can be in a name, from the word itself and its language, whatever its neighbours. */
function classify(word: string, pack: LanguagePack): Token["kind"] {
  const first = word[0] ?? "";
  if (!isUpper(first)) {
    if (word.length > 2 && (word[1] === "'" || word[1] === "’" || word[2] === "'" || word[2] === "’")) {
      const elided = ELIDED.exec(word);
      // « d'Estaing » is part of a name; « d'État », « l'Union » are not.
      const rest = elided?.[2] ?? "";
      if (elided) return elided[1] !== "l" && isUpper(rest[0] ?? "") && !pack.organisationWords.has(rest) && !isTitleWord(pack, rest) ? "name" : "other";
    }
    return pack.nameParticles.includes(word) ? "particle" : "other";
  }
  if (word.length === 2 && word[1] === ".") return "initial";
  if (word.endsWith(".") && DOTTED_ABBREVIATION.test(word)) return "acronym";
  if (word[1] === "'" || word[1] === "’") {
    const elided = ELIDED.exec(word);
    if (elided) return elided[1] !== "L" && isUpper(elided[2]?.[0] ?? "") ? "name" : "other";
  }
  const rest = word.slice(1);
  if (rest.toUpperCase() === rest && rest.toLowerCase() !== rest) return SHORT_ACRONYM.test(word) ? "acronym" : "other";
  return "name";
}

/** Words: letters and digits joined by apostrophes, full stops or hyphens, with a full stop after them. */
function tokens(text: string, region: Span, pack: LanguagePack): Token[] {
  return joinedWords(text, region.start, region.end, NAME_JOINERS, true).map(({ start, end }, index) => {
    let word = text.slice(start, end);
    // A full stop after a word is the sentence's, unless the word is an initial ("W.").
    if (word.endsWith(".") && !INITIAL.test(word) && !DOTTED_ABBREVIATION.test(word)) word = word.slice(0, -1);
    const possessive = word.endsWith("'s") || word.endsWith("’s");
    if (possessive) word = word.slice(0, -2);
    return { start, end: start + word.length, index, word, kind: kindOf(pack, word), possessive };
  });
}

/**
 * A name word opening a run after an elided preposition (« le porte-parole d'Anne Durand »): the name
 * begins after the apostrophe. Inside a run, « d'Estaing » is the name's own (« Giscard d'Estaing »).
 */
function withoutElidedPreposition(token: Token): Token {
  const elided = ELIDED.exec(token.word);
  if (!elided || isUpper(elided[1]?.[0] ?? "")) return token;
  const cut = token.word.length - (elided[2] ?? "").length;
  return { ...token, start: token.start + cut, word: token.word.slice(cut) };
}

/** Runs of capitalised words, joined by single spaces and particles ("Charles de Gaulle", "Ursula von der Leyen"). */
function runs(all: readonly Token[], text: string): Token[][] {
  const out: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length > 0 && run[run.length - 1]?.kind === "particle") run.pop();
    if (run.length > 0) out.push(run);
    run = [];
  };
  for (let i = 0; i < all.length; i++) {
    const token = all[i] as Token;
    const previous = run[run.length - 1];
    // One space or no-break space between the words (after a possessive's "'s").
    const gap = previous === undefined ? -1 : previous.end + (previous.possessive ? 2 : 0);
    const joined = previous !== undefined && token.start - gap === 1 && (text.charCodeAt(gap) === 0x20 || text.charCodeAt(gap) === 0xa0);
    if (previous && (!joined || previous.possessive)) flush();
    const nextIsName = all[i + 1]?.kind === "name";
    if (token.kind === "name" && run.length === 0) run.push(withoutElidedPreposition(token));
    else if (token.kind === "name" || token.kind === "initial") run.push(token);
    else if (token.kind === "acronym" && run.length === 0 && nextIsName) run.push(token);
    else if (token.kind === "particle" && run.length > 0) run.push(token);
    else flush();
  }
  flush();
  return out;
}

interface PackWords {
  /** Articles, prepositions and the pack's sentence openers capitalised at a sentence's start ("Le", "The", "Then"): no name begins with them. */
  sentenceStarts: ReadonlySet<string>;
  /** Weekday and month names, lower-cased. */
  calendar: ReadonlySet<string>;
  /** The pack's honorifics ("M.", "Mme", "Mr") without their full stop, to the gender they mark. */
  honorifics: ReadonlyMap<string, Gender | null>;
}

const packWords = new WeakMap<LanguagePack, PackWords>();

function wordsOf(pack: LanguagePack): PackWords {
  let words = packWords.get(pack);
  if (!words) {
    const capitalised = [...pack.definiteArticles, ...pack.indefiniteArticles, ...pack.prepositions].map((w) => w.replace(/['’]$/u, "")).map((w) => w.charAt(0).toUpperCase() + w.slice(1));
    words = {
      sentenceStarts: new Set([...capitalised, ...pack.sentenceOpeners]),
      calendar: new Set([...pack.weekdays, ...pack.months.flat()].map((w) => w.toLowerCase())),
      honorifics: new Map(Object.entries(pack.honorifics)),
    };
    packWords.set(pack, words);
  }
  return words;
}

interface Candidate {
  words: Token[];
  titles: Token[];
  gender: Gender | null;
}

/** Strips what is written before a name (articles, titles, nationalities, courtesy titles); null for no name at all. */
function candidate(run: readonly Token[], context: NameContext): Candidate | null {
  if (run.length > MAX_RUN_TOKENS) return null;
  const { pack } = context;
  const { sentenceStarts, calendar, honorifics } = wordsOf(pack);
  let gender: Gender | null = null;
  let i = 0;
  while (i < run.length) {
    const word = run[i]?.word ?? "";
    const honorific = honorifics.get(word.endsWith(".") ? word.slice(0, -1) : word);
    const descriptor =
      sentenceStarts.has(word) ||
      context.notPersonWords.has(word) ||
      isTitleWord(pack, word) ||
      calendar.has(word.toLowerCase()) ||
      context.placeNames.has(word) ||
      run[i]?.kind === "acronym" ||
      run[i]?.kind === "particle" ||
      ((word.endsWith("man") || word.endsWith("men")) && context.placeNames.has(word.replace(/(?:man|woman|men)$/u, "")));
    if (honorific !== undefined) gender = honorific;
    else if (!descriptor) break;
    i++;
  }
  const words = run.slice(i);
  if (words.length === 0 || words.some((w) => pack.organisationWords.has(w.word) || context.notPersonWords.has(w.word))) return null;
  if (words.filter((w) => w.kind !== "particle").length > MAX_NAME_WORDS) return null;
  return { words, titles: run.slice(0, i), gender };
}

const nameOf = (words: readonly Token[]) => words.map((w) => w.word).join(" ");

/** Keys of names seen, kept across articles: the same names recur. */
const MAX_KEYS = 20_000;
const keyOf = boundedMemo((name) => name.toLowerCase().normalize("NFD").replace(/\p{M}/gu, ""), MAX_KEYS);

/** The longest full name ending with `name`'s words ("Lula da Silva" → "Luiz Inácio Lula da Silva"). */
function fullestForm(name: string, fullNames: readonly string[]): string {
  const key = ` ${keyOf(name)}`;
  let fullest = name;
  for (const f of fullNames) if (f.length > fullest.length && ` ${keyOf(f)}`.endsWith(key)) fullest = f;
  return fullest;
}

const rolesByLength = new WeakMap<LanguagePack, LanguagePack["roles"]>();

function roleKeyOf(titles: readonly Token[], pack: LanguagePack): string | null {
  if (titles.length === 0) return null;
  let roles = rolesByLength.get(pack);
  if (!roles) rolesByLength.set(pack, (roles = [...pack.roles].sort((a, b) => b.word.length - a.word.length)));
  const written = ` ${titles.map((t) => t.word).join(" ").toLowerCase()} `;
  return roles.find((r) => written.includes(` ${r.word.toLowerCase()} `))?.key ?? null;
}

/**
 * A name right after an article modifies what follows it ("the Modi government", "The Xi era"), and
 * one right after the noun of a place named after someone names the place (« l'Hôtel Marcel Dassault
 * », « avenue Charles de Gaulle »): either way it names no one as a person. "that Putin" is the
 * conjunction's.
 */
function notAPerson(text: string, f: { words: readonly Token[]; titles: readonly Token[]; before: Token | undefined }, pack: LanguagePack): boolean {
  const first = f.words[0] as Token;
  const previous = f.titles.at(-1) ?? f.before;
  if (!previous || text.slice(previous.end, first.start) !== " ") return false;
  const noun = ELIDED.exec(previous.word)?.[2] ?? previous.word;
  return pack.articlesProper.includes(previous.word.toLowerCase()) || pack.namedPlaceNouns.has(noun.toLowerCase());
}

/**
 * Persons named in the regions: full names (two words or more, titles stripped), then single words
 * that are part of exactly one full name ("Rutte", "Zhao"), or that a courtesy title or a reporting
 * verb marks as a person ("M. Peskov", "Vance said", « a déclaré Weber », "Weber, 63, told"). Each
 * mention carries the fullest form of the name in the article.
 */
export function findPersonMentions(text: string, regions: readonly Span[], context: NameContext): PersonMention[] {
  const found = flatMapped(regions, (region) => {
    const all = tokens(text, region, context.pack);
    return flatMapped(runs(all, text), (run) => {
      const c = candidate(run, context);
      if (!c || isInside(run[0]?.start ?? 0, context.exclude)) return [];
      const last = run[run.length - 1];
      let after = all[(last?.index ?? all.length) + 1];
      // "Weber, 63, told reporters": an age in apposition stands between the name and its verb.
      const beyond = after && /^\d{1,3}$/u.test(after.word) ? all[after.index + 1] : undefined;
      if (last && beyond && /^,\s*\d{1,3}\s*,\s*$/u.test(text.slice(last.end, beyond.start))) after = beyond;
      const before = run[0] && run[0].index > 0 ? all[run[0].index - 1] : undefined;
      return [{ words: c.words, titles: c.titles, gender: c.gender, run, after, before }];
    });
  });
  const fullNames = [...new Set(found.filter((f) => f.words.length >= 2).map((f) => nameOf(f.words)))];
  const fullest = new Map(fullNames.map((n) => [n, fullestForm(n, fullNames)]));
  const canonical = [...new Set(fullest.values())];
  const byWord = new Map<string, Set<string>>();
  for (const name of canonical) {
    for (const word of name.split(" ").filter((w) => !context.pack.nameParticles.includes(w))) {
      const set = byWord.get(keyOf(word)) ?? new Set();
      set.add(name);
      byWord.set(keyOf(word), set);
    }
  }
  const { sentenceStarts } = wordsOf(context.pack);
  // Words the text capitalises where a sentence does not begin: names, not capitals of position.
  let midSentence: ReadonlySet<string> | undefined;
  const writtenMidSentence = (word: string) => {
    midSentence ??= new Set(flatMapped(found.filter((f) => f.before !== undefined), (f) => f.run.map((t) => keyOf(t.word))));
    return midSentence.has(keyOf(word));
  };
  return flatMapped(found, (f): PersonMention[] => {
    const first = f.words[0] as Token;
    const last = f.words[f.words.length - 1] as Token;
    if (notAPerson(text, f, context.pack)) return [];
    const roleKey = roleKeyOf(f.titles, context.pack);
    const titleStart = f.run[0]?.start ?? first.start;
    const mention = (name: string, start = first.start): PersonMention => ({ start, end: last.end, gender: f.gender, possessive: last.possessive, titleStart: Math.min(start, titleStart), name, roleKey });
    if (f.words.length >= 2) return [mention(fullest.get(nameOf(f.words)) ?? nameOf(f.words))];
    const owners = byWord.get(keyOf(first.word));
    if (owners?.size === 1) {
      const name = [...owners][0] as string;
      // "de Gaulle": the particle the full name writes before the surname belongs to the mention.
      const particle = /(\p{Ll}+(?: \p{Ll}+)?) $/u.exec(text.slice(Math.max(0, first.start - 10), first.start))?.[1];
      return [mention(name, particle && name.includes(`${particle} ${first.word}`) ? first.start - particle.length - 1 : first.start)];
    }
    // "Vance said", and the inverted « a déclaré Weber », "said Weber"; at a sentence's start, only a
    // word the text also capitalises elsewhere: "Officials said", "It said" name no one.
    const speaks = [f.after, f.before].some((w) => w !== undefined && isReportingVerb(context.pack, w.word)) && (f.before !== undefined || writtenMidSentence(first.word));
    // An article alone marks no person: « Le Figaro », "The Guardian".
    const titled = f.titles.some((t) => !sentenceStarts.has(t.word));
    // The lexicon lists a surname alone only where it names one person ("Putin met reporters").
    const known = context.knownNames.has(first.word);
    return f.gender !== null || titled || speaks || known ? [mention(first.word)] : [];
  });
}
