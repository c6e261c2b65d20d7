import type { Span } from "../../domain/schemas/ingest";
import type { EntityMention } from "../entities/find-entities";
import type { Lexicon } from "../entities/lexicon";
import { type PeopleIndex, peopleIndex } from "../entities/people";
import type { Gender, HeadNoun, LanguagePack } from "../language/language-pack";
import { type Sentence, type TextDocument, inQuotation } from "../text/document";
import { escapeRegExp } from "../text/escape-regexp";
import { createWordListMatcher, type WordListMatcher } from "../entities/word-list-matcher";
import { isReportingVerb } from "../language/reporting-verbs";
import type { PersonMention } from "./person-names";
import { allMatches } from "../../domain/all-matches";
import { NOT_AFTER_LETTER } from "../text/word-edges";
import { isTitleWord } from "../language/title-words";

export type MentionKind = "person" | "joint" | "role" | "pronoun" | "bodyPronoun" | "latter" | "group" | "body" | "place";

/** Words in the text that can stand for whoever says something. */
export interface Mention extends Span {
  kind: MentionKind;
  /** Persons: the full name. Bodies: their label. Joint: "A et B". Others: the words as written. */
  label: string;
  /** Persons named (one for a person or a titled function, two or more for a joint subject). */
  persons: string[];
  gender: Gender | null;
  /**
   * A person's gender as the lexicon knows it, when the text marks none: it rules out a pronoun or a
   * function of the other gender, but unlike a gender the text marks it never makes the person
   * outrank a nearer subject.
   */
  knownGender: Gender | null;
  /** A person's country as the lexicon knows it, when the text gives none with the name: it decides between people only where it is the one that fits. */
  knownCountry: string | null;
  /** A function or body named by its noun ("the ministry"): the key of that noun. */
  headKey: string | null;
  /** The country the words give with the mention: « le président russe », "Danish Prime Minister …", « la diplomatie chinoise ». */
  country: string | null;
  /** "a senior official", « un diplomate »: someone new and unnamed. */
  indefinite: boolean;
  /** Neither possessive nor after a preposition: may be the subject of its clause. */
  subject: boolean;
  sentence: Sentence;
  /** A joint subject's people as the text names them, each with the function and country it gives them. */
  members?: readonly Mention[];
  /** A person's titles written before the name and outside the mention ("German Chancellor"). */
  title?: string;
}

/** A function's noun reaches the name it titles within this many characters ("le porte-parole de la présidence russe, Dmitri Peskov"). */
const TITLE_REACH_CHARS = 60;
/** What may stand between a function's noun and the name it titles: words and commas, no quote, no clause break. */
const TITLE_GAP = /^[^;:«»“”"()[\]]*$/u;

interface Patterns {
  /** Function and body nouns as whole words, in any of their written cases: a trie walk, not a long alternation. */
  roleWords: WordListMatcher;
  bodyWords: WordListMatcher;
  institutions: WordListMatcher;
  /** What may stand before a head noun, anchored at the noun: group 1 the article. */
  determinerBefore: RegExp;
  /** "Iran's Foreign Ministry": a country's possessive before a body noun, anchored at the noun. */
  possessiveBefore: RegExp;
  /** Up to four words after a body noun, where a French country adjective or complement stands. */
  tailAfter: RegExp;
  pronouns: RegExp;
  /** A body pronoun and the word after it (the verb it is the subject of), or null for a language without them. */
  bodyPronouns: RegExp | null;
  latter: RegExp;
  rolesByWord: Map<string, HeadNoun>;
  bodiesByWord: Map<string, HeadNoun>;
  /** Articles as `previousWord` reads them: lower-case, an elided one without its apostrophe (« l' » reads "l"). */
  articles: ReadonlySet<string>;
  /** What joins two names into one subject, between them: "and", « , et ». */
  coordination: RegExp;
}

const patternCache = new WeakMap<LanguagePack, WeakMap<Lexicon, Patterns>>();

const alternation = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/['’]/g, "['’]")).join("|");

/** A word list in the cases running text writes it: as listed, lower-case, capitalised at a sentence start, and as an acronym ("PM"). */
function casedMatcher(words: readonly string[]): WordListMatcher {
  const forms = new Map<string, string>();
  for (const word of words) {
    const lower = word.toLowerCase();
    for (const form of [word, lower, lower.toUpperCase(), lower.charAt(0).toUpperCase() + lower.slice(1)]) forms.set(form, lower);
  }
  return createWordListMatcher(forms);
}

function patternsFor(pack: LanguagePack, lexicon: Lexicon): Patterns {
  let byLexicon = patternCache.get(pack);
  if (!byLexicon) patternCache.set(pack, (byLexicon = new WeakMap()));
  const cached = byLexicon.get(lexicon);
  if (cached) return cached;
  const determiners = alternation([...pack.definiteArticles, ...pack.indefiniteArticles]);
  // English adjectives come before the noun ("the Hungarian PM"), French ones after ("le chancelier allemand").
  const before = pack.language === "en" ? "(?:[\\p{L}-]+\\s+){0,3}" : "(?:[\\p{Ll}-]+\\s+){0,1}";
  const patterns: Patterns = {
    roleWords: casedMatcher([...pack.roles.map((r) => r.word), ...lexicon.roles[pack.language]]),
    bodyWords: casedMatcher(pack.bodies.map((b) => b.word)),
    institutions: createWordListMatcher(new Map(lexicon.institutions.map((n) => [n, n]))),
    determinerBefore: new RegExp(`${NOT_AFTER_LETTER}(${determiners}|\\p{Lu}[\\p{L}-]*['’]s)(?:\\s+|(?<=['’]))${before}$`, "iu"),
    possessiveBefore: new RegExp(`${NOT_AFTER_LETTER}([\\p{L}-]+)['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}$`, "u"),
    tailAfter: /^(?:\s+(?:d['’]|l['’])?[\p{L}-]+){0,4}/u,
    pronouns: new RegExp(`${NOT_AFTER_LETTER}(${alternation([...Object.keys(pack.pronouns), ...Object.keys(pack.sourcePronouns)])})(?![\\p{L}])`, "giu"),
    bodyPronouns: pack.bodyPronouns.size > 0 ? new RegExp(`${NOT_AFTER_LETTER}(?:${alternation([...pack.bodyPronouns])})\\s+(?:also\\s+|further\\s+)?([\\p{L}'’-]+)`, "giu") : null,
    latter: new RegExp(`${NOT_AFTER_LETTER}(${alternation(Object.keys(pack.latter))})(?![\\p{L}])`, "giu"),
    rolesByWord: new Map([...pack.roles].map((r) => [r.word.toLowerCase(), r])),
    bodiesByWord: new Map(pack.bodies.map((b) => [b.word.toLowerCase(), b])),
    articles: new Set([...pack.definiteArticles, ...pack.indefiniteArticles].map((a) => a.replace(/['’]$/u, ""))),
    coordination: new RegExp(`^\\s*(?:,\\s*)?(?:${pack.coordination.join("|")})\\s+$`, "u"),
  };
  byLexicon.set(lexicon, patterns);
  return patterns;
}

/** How far before a head noun its article may stand, in characters. */
const DETERMINER_REACH_CHARS = 60;

export interface MentionInput {
  doc: TextDocument;
  lexicon: Lexicon;
  persons: readonly PersonMention[];
  /** Countries, capitals and blocs the entity matcher found: speakers by metonymy ("Moscou", "NATO"). */
  entities: readonly EntityMention[];
  /** Country names and demonyms, lower-cased, to their code: "la diplomatie russe" names a body, "la diplomatie nouvelle" does not. */
  countries: ReadonlyMap<string, string>;
}


/** Per UTF-16 unit: 0 not yet known, 1 a word character (a cased letter or a digit), 2 not. */
const wordUnits = new Uint8Array(0x10000);

/** A cased letter (one whose cases differ) or an ASCII digit; asked of every character before a mention, so remembered per unit. */
function isWordChar(unit: number): boolean {
  let known = wordUnits[unit] ?? 2;
  if (known === 0) {
    const ch = String.fromCharCode(unit);
    wordUnits[unit] = known = ch.toLowerCase() !== ch.toUpperCase() || (ch >= "0" && ch <= "9") ? 1 : 2;
  }
  return known === 1;
}

/** Space, no-break space, apostrophes, line break, tab. */
const isGap = (unit: number) => unit === 0x20 || unit === 0xa0 || unit === 0x27 || unit === 0x2019 || unit === 0x0a || unit === 0x09;

/** The word ending at or before `end` past spaces and apostrophes, or null at punctuation or the text's start. */
function previousWord(text: string, end: number): { word: string; start: number } | null {
  let i = end;
  while (i > 0 && isGap(text.charCodeAt(i - 1))) i--;
  const wordEnd = i;
  while (i > 0 && isWordChar(text.charCodeAt(i - 1))) i--;
  return i < wordEnd ? { word: text.slice(i, wordEnd).toLowerCase(), start: i } : null;
}

/** Words after "the latter", « ce dernier » when it stands for someone, besides auxiliaries and reporting verbs. */
const LATTER_FOLLOWERS = new Set(["ne", "se", "y", "en", "lui", "leur", "has", "had", "was", "is", "will", "would", "also", "then", "later"]);

/** Whether "the latter" ending at `end` stands for someone (« ce dernier a salué »), not a noun's adjective (« ce dernier point »). */
function standsAlone(text: string, pack: LanguagePack, end: number): boolean {
  const next = /^\s*([,.;:]|[\p{L}'’-]+)/u.exec(text.slice(end, end + 40))?.[1]?.toLowerCase();
  if (!next) return false;
  return /^[,.;:]$/u.test(next) || /^[snly]['’]/u.test(next) || LATTER_FOLLOWERS.has(next) || pack.tense.auxiliaries.has(next) || isReportingVerb(pack, next);
}

/** The word right before `at`, past an article ("de l'OTAN" → "de"), lower-cased; "" after punctuation. */
function wordBefore(articles: ReadonlySet<string>, text: string, at: number): string {
  const last = previousWord(text, at);
  if (!last || !articles.has(last.word)) return last?.word ?? "";
  return previousWord(text, last.start)?.word ?? "";
}


/** What every mention rule of one article reads, built once per article. */
interface Scope {
  doc: TextDocument;
  text: string;
  pack: LanguagePack;
  patterns: Patterns;
  input: MentionInput;
  people: PeopleIndex;
}

/** The mentions of one sentence so far, each with the same fields in the same order: one object shape for all of them. */
type Add = (m: Omit<Mention, "sentence" | "country" | "knownGender" | "knownCountry"> & { country?: string | null; knownGender?: Gender | null; knownCountry?: string | null }) => void;

const outside = (scope: Scope, position: number) => !inQuotation(scope.doc, position);
const genderOf = (scope: Scope, article: string): Gender | null => scope.pack.articleGenders[article.toLowerCase()] ?? null;

/** Not after a preposition; the source after « selon » or "according to" is the one who speaks, subject-like for what follows. */
function subjectAt({ pack, patterns, text }: Scope, start: number): boolean {
  return !pack.prepositions.has(wordBefore(patterns.articles, text, start)) || pack.accordingTo.test(text.slice(Math.max(0, start - 20), start));
}

/** The first country name or demonym among `words`, as its code. */
function countryIn({ input }: Scope, words: string): string | null {
  for (const w of words.toLowerCase().split(/[^\p{L}-]+/u)) {
    const code = input.countries.get(w);
    if (code) return code;
  }
  return null;
}

/** The article (and the words between it and `head`) a head noun takes, within its sentence. */
function determinerOf({ patterns, text }: Scope, sentence: Sentence, head: Span): { start: number; article: string } | null {
  const from = Math.max(sentence.start, head.start - DETERMINER_REACH_CHARS);
  const m = patterns.determinerBefore.exec(text.slice(from, head.start));
  return m ? { start: from + m.index, article: m[1] ?? "" } : null;
}

/** A title word and its connector before a name's title ("Secretary of State Jane Brown"): the title begins with them. */
const TITLE_HEAD = /(\p{Lu}[\p{L}.-]*)\s+(\p{Ll}+)\s+$/u;
/** How far back a title's words are looked for, in characters. */
const TITLE_HEAD_REACH_CHARS = 40;

/** Where the title of a name begins, its connectors ("of", « de ») and the title words before them included. */
function titleStartOf({ pack, text }: Scope, start: number): number {
  for (;;) {
    const m = TITLE_HEAD.exec(text.slice(Math.max(0, start - TITLE_HEAD_REACH_CHARS), start));
    if (!m || !pack.titleConnectors.has(m[2] ?? "") || !isTitleWord(pack, (m[1] ?? "").replace(/\.$/u, ""))) return start;
    start -= m[0].length;
  }
}

function addPersons(scope: Scope, sentence: Sentence, persons: readonly PersonMention[], add: Add): void {
  const { pack, text } = scope;
  for (const p of persons) {
    const titleStart = p.titleStart < p.start ? titleStartOf(scope, p.titleStart) : p.titleStart;
    const known = scope.people.personOf(p.name);
    add({ start: p.start, end: p.end, kind: "person", label: p.name, persons: [p.name], gender: p.gender ?? (pack.feminineAgreement?.test(text.slice(p.end, Math.min(sentence.end, p.end + 60))) ? "f" : null), knownGender: known?.gender ?? null, knownCountry: known?.country ?? null, headKey: p.roleKey, country: countryIn(scope, text.slice(titleStart, p.start)), indefinite: false, subject: !p.possessive && subjectAt(scope, titleStart), title: text.slice(titleStart, p.start) });
  }
}

function addRoles(scope: Scope, sentence: Sentence, add: Add): void {
  const { pack, patterns, text } = scope;
  for (const head of patterns.roleWords(text, sentence.start, sentence.end)) {
    const np = determinerOf(scope, sentence, head);
    if (!np || !outside(scope, np.start)) continue;
    const role = patterns.rolesByWord.get(head.id);
    // "Karl Weber's spokesman", "a senior official": someone the text does not name. "Britain's defence
    // secretary" is the British one: a country's possessive is a nationality, and a bloc's ("the EU's top
    // diplomat") gives the function the name after it holds.
    const owner = /^(.+)['’]s$/u.exec(np.article)?.[1];
    const ownerCountry = owner === undefined ? null : countryIn(scope, owner);
    const ownerBloc = owner !== undefined && scope.input.entities.some((e) => e.kind === "bloc" && e.start === np.start && e.end === np.start + owner.length);
    const indefinite = pack.indefiniteArticles.includes(np.article.toLowerCase()) || (owner !== undefined && ownerCountry === null && !ownerBloc);
    // The nationality stands before the noun in English, after it in French, where it is part of the
    // words: « le président français a plaidé » is the president speaking, not a place.
    const before = ownerCountry ?? countryIn(scope, text.slice(np.start + np.article.length, head.start));
    // …also after a complement of the function (« la présidente du Conseil italien », « le ministre de la Défense ukrainien »).
    const after = before ? null : /^\s+(?:d(?:u|es|e la|e l['’]|['’])\s*\p{Lu}[\p{L}-]*\s+)?([\p{L}-]+)/u.exec(text.slice(head.end, sentence.end));
    const afterCountry = after ? countryIn(scope, after[1] ?? "") : null;
    const end = afterCountry && after ? head.end + after[0].length : head.end;
    const vowelAfter = pack.genderlessBeforeVowel.has(np.article.toLowerCase()) && /^[aeiouyhâàéèêëîïôöûüœ]/iu.test(text.slice(head.start, head.end));
    const gender = role?.gender ?? (vowelAfter ? null : genderOf(scope, np.article));
    add({ start: np.start, end, kind: "role", label: text.slice(np.start, end), persons: [], gender, headKey: role?.key ?? null, country: before ?? afterCountry, indefinite, subject: subjectAt(scope, np.start) });
  }
}

function addPronouns(scope: Scope, sentence: Sentence, slice: string, add: Add): void {
  const { pack, patterns, text } = scope;
  for (const m of allMatches(patterns.pronouns, slice)) {
    const start = sentence.start + m.index;
    if (!outside(scope, start)) continue;
    const word = m[0].toLowerCase();
    if (pack.impersonal && word === pack.impersonal.pronoun && pack.impersonal.after.test(text.slice(start + word.length, start + 30))) continue;
    const isSource = () => pack.accordingTo.test(text.slice(Math.max(0, start - 20), start));
    const sourceOnly = pack.sourcePronouns[word];
    const form = pack.pronouns[word] ?? (sourceOnly && isSource() ? sourceOnly : undefined);
    if (!form) continue;
    const kind = form.number === "plural" ? "group" : "pronoun";
    // « lui » stands for a speaker only as a source (« selon lui »), never as a subject.
    const subject = word === "lui" ? isSource() : true;
    add({ start, end: start + m[0].length, kind, label: m[0], persons: [], gender: form.gender, headKey: null, indefinite: false, subject });
  }
  if (!patterns.bodyPronouns) return;
  for (const m of allMatches(patterns.bodyPronouns, slice)) {
    const start = sentence.start + m.index;
    if (!outside(scope, start) || !isReportingVerb(pack, m[1] ?? "")) continue;
    const end = start + (/^\p{L}+/u.exec(m[0])?.[0].length ?? 0);
    add({ start, end, kind: "bodyPronoun", label: text.slice(start, end), persons: [], gender: null, headKey: null, indefinite: false, subject: true });
  }
}

function addLatterAndGroups(scope: Scope, sentence: Sentence, slice: string, add: Add): void {
  const { pack, patterns, text } = scope;
  for (const m of allMatches(patterns.latter, slice)) {
    const start = sentence.start + m.index;
    if (!outside(scope, start) || !standsAlone(text, pack, start + m[0].length)) continue;
    add({ start, end: start + m[0].length, kind: "latter", label: m[0], persons: [], gender: pack.latter[m[0].toLowerCase()] ?? null, headKey: null, indefinite: false, subject: subjectAt(scope, start) });
  }
  for (const m of allMatches(pack.groupPattern, slice)) {
    const start = sentence.start + m.index;
    if (!outside(scope, start)) continue;
    add({ start, end: start + m[0].length, kind: "group", label: m[0], persons: [], gender: null, headKey: null, indefinite: false, subject: subjectAt(scope, start) });
  }
}

function addInstitutions(scope: Scope, sentence: Sentence, add: Add): void {
  const { patterns, text } = scope;
  for (const m of patterns.institutions(text, sentence.start, sentence.end)) {
    if (!outside(scope, m.start)) continue;
    add({ start: m.start, end: m.end, kind: "body", label: capitalise(text.slice(m.start, m.end)), persons: [], gender: genderOf(scope, wordBefore(patterns.articles, text, m.start)), headKey: "institution", indefinite: false, subject: subjectAt(scope, m.start) });
  }
}

function addBodies(scope: Scope, sentence: Sentence, add: Add): void {
  const { input, pack, patterns, text } = scope;
  for (const head of patterns.bodyWords(text, sentence.start, sentence.end)) {
    const body = patterns.bodiesByWord.get(head.id);
    const from = Math.max(sentence.start, head.start - DETERMINER_REACH_CHARS);
    const possessive = patterns.possessiveBefore.exec(text.slice(from, head.start));
    if (possessive && input.countries.has((possessive[1] ?? "").toLowerCase())) {
      const start = from + possessive.index;
      if (outside(scope, start)) add({ start, end: head.end, kind: "body", label: text.slice(start, head.end), persons: [], gender: body?.gender ?? null, headKey: body?.key ?? null, country: countryIn(scope, possessive[1] ?? ""), indefinite: false, subject: subjectAt(scope, start) });
      continue;
    }
    // After a contraction the body begins at its noun (« selon un communiqué du ministère chinois … »):
    // the words before it are the source's, not the body's.
    const np = determinerOf(scope, sentence, head) ?? (pack.definiteContractions.includes(previousWord(text, head.start)?.word ?? "") ? { start: head.start, article: "" } : null);
    if (!np || !outside(scope, np.start)) continue;
    const start = np.start;
    const article = np.article;
    // The country names the body: before the noun in English ("the Chinese foreign ministry"), after it in French,
    // possibly past its complement (« le ministère des Affaires étrangères chinois »).
    const beforeWords = text.slice(start + article.length, head.start).trim().split(/\s+/u).filter(Boolean);
    const tailText = patterns.tailAfter.exec(text.slice(head.end, sentence.end))?.[0] ?? "";
    const tail = allMatches(/[\p{L}-]+/gu, tailText);
    // A French country adjective follows the noun (« la diplomatie russe ») or its complement (« le ministère des Affaires étrangères chinois »).
    const complementWords = pack.bodyComplement.exec(tailText)?.[0].match(/[\p{L}-]+/gu)?.length ?? 0;
    const countryAfter = [0, complementWords].find((i) => input.countries.has((tail[i]?.[0] ?? "").toLowerCase())) ?? -1;
    const named = countryAfter >= 0 || beforeWords.some((w) => input.countries.has(w.toLowerCase()));
    const countryEnd = countryAfter >= 0 ? head.end + (tail[countryAfter]?.index ?? 0) + (tail[countryAfter]?.[0].length ?? 0) : head.end;
    // « le ministère russe des Affaires étrangères »: the complement naming the ministry belongs to the label.
    const complement = pack.bodyComplement.exec(text.slice(countryEnd, sentence.end));
    const end = named && complement ? countryEnd + complement[0].length : countryEnd;
    const label = named ? capitalise(text.slice(start + article.length, end).trim()) : "";
    add({ start, end, kind: "body", label, persons: [], gender: body?.gender ?? genderOf(scope, article), headKey: body?.key ?? null, country: named ? countryIn(scope, text.slice(start, end)) : null, indefinite: pack.indefiniteArticles.includes(article.toLowerCase()), subject: subjectAt(scope, start) });
  }
}

function addPlacesAndBlocs(scope: Scope, sentence: Sentence, add: Add): void {
  const { input, text } = scope;
  for (const e of input.entities) {
    // People are the person-name rule's: it reads their titles and first names too.
    if (e.kind === "person" || e.start < sentence.start || e.end > sentence.end || !outside(scope, e.start)) continue;
    add({ start: e.start, end: e.end, kind: e.kind === "bloc" ? "body" : "place", label: text.slice(e.start, e.end), persons: [], gender: null, headKey: e.kind === "bloc" ? "alliance" : null, indefinite: false, subject: subjectAt(scope, e.start) });
  }
}

/**
 * Every mention in the article's sentences, outside quotations, in text order. Each kind of mention
 * has its own function: small functions are compiled (and, when an article takes a path none took
 * before, compiled again) at a fraction of one large function's cost.
 */
export function findMentions(input: MentionInput): Mention[] {
  const { doc, lexicon } = input;
  const { text, pack } = doc;
  const scope: Scope = { doc, text, pack, patterns: patternsFor(pack, lexicon), input, people: peopleIndex(lexicon) };
  const out: Mention[] = [];
  let nextPerson = 0;
  const personsIn = (s: Sentence) => {
    const found: PersonMention[] = [];
    while (nextPerson < input.persons.length && (input.persons[nextPerson]?.start ?? 0) < s.start) nextPerson++;
    for (let i = nextPerson; i < input.persons.length; i++) {
      const p = input.persons[i] as PersonMention;
      if (p.start >= s.end) break;
      if (p.end <= s.end && outside(scope, p.start)) found.push(p);
    }
    return found;
  };

  for (const sentence of doc.sentences) {
    const slice = text.slice(sentence.start, sentence.end);
    const local: Mention[] = [];
    const add: Add = (m) => {
      local.push({ start: m.start, end: m.end, kind: m.kind, label: m.label, persons: m.persons, gender: m.gender, knownGender: m.knownGender ?? null, knownCountry: m.knownCountry ?? null, headKey: m.headKey, country: m.country ?? null, indefinite: m.indefinite, subject: m.subject, sentence, title: m.title });
    };
    addPersons(scope, sentence, personsIn(sentence), add);
    addRoles(scope, sentence, add);
    addPronouns(scope, sentence, slice, add);
    addLatterAndGroups(scope, sentence, slice, add);
    addInstitutions(scope, sentence, add);
    addBodies(scope, sentence, add);
    addPlacesAndBlocs(scope, sentence, add);
    out.push(...settle(text, pack, scope.patterns, local));
  }
  return out;
}

function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1).replace(/\s+/gu, " ");
}

/**
 * Within one sentence: a mention inside a longer one gives way (a body inside a role's words), except a
 * name; a function's noun right before a name titles it and becomes one mention with it ("le
 * chancelier allemand Olaf Scholz", "le porte-parole de la présidence russe, Dmitri Peskov"); and
 * names joined by "et"/"and" speak together.
 */
function settle(text: string, pack: LanguagePack, patterns: Patterns, local: Mention[]): Mention[] {
  const kept: Mention[] = [];
  for (const m of local.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) {
      // "Karl Weber's spokesman": the function is who speaks, not the person it belongs to.
      const ownersFunction = m.kind === "role" && last.kind === "person" && /^['’]s/u.test(text.slice(last.end, last.end + 2));
      if ((m.kind === "person" && last.kind !== "person") || ownersFunction) kept[kept.length - 1] = m;
      // "NATO" is both a seat that speaks and a bloc: "the alliance" later stands for it.
      else if (m.kind === "body" && last.kind === "body" && m.headKey === "alliance") last.headKey = "alliance";
      continue;
    }
    kept.push(m);
  }
  const titled: Mention[] = [];
  for (const m of kept) {
    if (m.kind === "person") {
      const roleAt = titled.findLastIndex((r) => r.kind === "role" && r.persons.length === 0);
      const role = titled[roleAt];
      const gap = role ? text.slice(role.end, m.start) : "";
      // « le porte-parole de Karl Weber », "a spokesman for Karl Weber": a relation, not a title.
      const relation = pack.relation.test(gap);
      // "the spokesman of Karl Weber" is someone the text does not name.
      if (role && relation) role.indefinite = true;
      if (role && !relation && !role.indefinite && m.start - role.end <= TITLE_REACH_CHARS && TITLE_GAP.test(gap) && !otherWordsAfterComma(pack, gap) && titled.slice(roleAt + 1).every((x) => x.kind === "body" || x.kind === "place")) {
        titled.splice(roleAt, titled.length - roleAt, { ...m, start: role.start, gender: m.gender ?? role.gender, headKey: m.headKey ?? role.headKey, country: role.country ?? m.country, subject: role.subject });
        continue;
      }
    }
    titled.push(m);
  }
  return joinCoordinated(text, pack, patterns.coordination, withoutOwnerBodies(text, pack, patterns, withAppositions(text, titled)));
}

/**
 * Whether words other than titles stand after the last comma between a function and a name: "the
 * British foreign secretary, met Paul Weber" is not a title of Paul Weber, « le porte-parole du
 * Kremlin, M. Peskov » is.
 */
function otherWordsAfterComma(pack: LanguagePack, gap: string): boolean {
  const comma = gap.lastIndexOf(",");
  if (comma < 0) return false;
  const words = gap.slice(comma + 1).split(/\s+/u).filter((w) => w !== "");
  return words.some((w) => /^\p{Ll}/u.test(w) && !pack.definiteArticles.includes(w) && !pack.titleConnectors.has(w));
}

/** What ends a function set in apposition: a comma, the sentence's end, a closing bracket. */
const APPOSITION_END = /[,.;)]/u;
/** The words a function in apposition may have after its noun's mention (« la ministre britannique des Affaires étrangères »). */
const APPOSITION_TAIL_WORDS = 4;

/**
 * "Jane Brown, the British foreign secretary, met …", « … a reçu Karl Weber, le chancelier allemand. »:
 * a function set between commas right after a name is that person's, so "the foreign secretary"
 * later stands for them; the name keeps the function its title gave it, if any.
 */
function withAppositions(text: string, mentions: Mention[]): Mention[] {
  return mentions.map((m, i) => {
    const role = mentions[i + 1];
    if (m.kind !== "person" || role?.kind !== "role" || role.indefinite || role.headKey === null) return m;
    const rest = text.slice(role.end, role.sentence.end);
    const found = rest.search(APPOSITION_END);
    const stop = role.end + (found < 0 ? rest.length : found);
    const tail = text.slice(role.end, stop).split(/\s+/u).filter((w) => w !== "");
    const after = mentions[i + 2];
    const closed = tail.length <= APPOSITION_TAIL_WORDS && !(after && after.start < stop);
    if (!/^\s*,\s*$/u.test(text.slice(m.end, role.start)) || !closed) return m;
    return { ...m, headKey: m.headKey ?? role.headKey, country: m.country ?? role.country };
  });
}

/**
 * "Kremlin spokesman Dmitry Peskov", "NATO Secretary General Jens Stoltenberg", "NATO's Rutte": a body
 * right before a titled name says whose function it is; the person speaks, in the subject's place the
 * phrase holds. A name with no title right after a body is not its holder: in French it modifies the
 * body (« le gouvernement Modi », which speaks), in English it opens something else.
 */
function withoutOwnerBodies(text: string, pack: LanguagePack, patterns: Patterns, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  // "NATO's Rutte", "the Kremlin's spokesman Dmitry Peskov": the possessive says the same.
  const titleWord = (w: string) => pack.titleWords.has(w) || patterns.rolesByWord.has(w.toLowerCase()) || /^['’]s$/u.test(w);
  for (const m of mentions) {
    const last = out[out.length - 1];
    const titles = last?.kind === "body" && m.kind === "person" ? text.slice(last.end, m.start).split(/\s+/u).filter((w) => w !== "") : null;
    if (last && titles && titles.length > 0 && titles.every(titleWord)) {
      out[out.length - 1] = { ...m, subject: last.subject || m.subject };
      continue;
    }
    out.push(titles?.length === 0 && pack.namesAfterNounModify ? { ...m, subject: false } : m);
  }
  return out;
}

const named = (x: Mention) => (x.kind === "person" || x.kind === "joint") && x.persons.length > 0;

/**
 * Whether the words between two names join them into one subject: "and", « , et », also with the
 * second name's title and its country ("Joe Biden and German Chancellor Olaf Scholz") or its courtesy
 * title (« et M. Paul Girard »), whose words a person mention leaves out. `places` are the place
 * mentions in between ("German", "Ukraine's").
 */
function coordinates(text: string, pack: LanguagePack, coordination: RegExp, from: number, to: number, places: readonly Mention[]): boolean {
  const between = text.slice(from, to);
  if (coordination.test(between)) return true;
  let gap = between;
  for (const p of places) gap = gap.slice(0, p.start - from) + " ".repeat(p.end - p.start) + gap.slice(p.end - from);
  // "and Ukraine's President …": a blanked place leaves its possessive alone.
  const words = gap.replace(/^\s*,/u, "").split(/\s+/u).filter((w) => w !== "" && !/^['’]s$/u.test(w));
  const [first, ...title] = words;
  const isTitle = (word: string) => isTitleWord(pack, word) || Object.hasOwn(pack.honorifics, word);
  return first !== undefined && pack.coordination.includes(first) && title.length > 0 && title.every((w) => isTitle(w.replace(/\.$/u, "")));
}

function joinCoordinated(text: string, pack: LanguagePack, coordination: RegExp, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    // A title's country between the names ("and German Chancellor …") is read with the title.
    let at = out.length - 1;
    while (named(m) && at > 0 && out[at]?.kind === "place") at -= 1;
    const last = out[at];
    const places = out.slice(at + 1);
    if (last && named(last) && named(m) && coordinates(text, pack, coordination, last.end, m.start, places) && !last.persons.includes(m.persons[0] ?? "")) {
      const persons = [...last.persons, ...m.persons];
      const joiner = ` ${pack.coordination[0] ?? "&"} `;
      const members = [...(last.members ?? [last]), m];
      out.splice(at, out.length - at, { ...last, end: m.end, kind: "joint", persons, label: persons.join(joiner), gender: null, knownGender: null, knownCountry: null, members });
      continue;
    }
    out.push(m);
  }
  return out;
}
