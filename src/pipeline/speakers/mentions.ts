import type { Span } from "../../domain/schemas/ingest";
import type { EntityMention } from "../entities/find-entities";
import type { Lexicon } from "../entities/lexicon";
import type { Gender, HeadNoun, LanguagePack } from "../language/language-pack";
import { type Sentence, type TextDocument, isQuoted } from "../text/document";
import { escapeRegExp } from "../text/escape-regexp";
import type { PersonMention } from "./person-names";

export type MentionKind = "person" | "joint" | "role" | "pronoun" | "group" | "body" | "place";

/** Words in the text that can stand for whoever says something. */
export interface Mention extends Span {
  kind: MentionKind;
  /** Persons: the full name. Bodies: their label. Joint: "A et B". Others: the words as written. */
  label: string;
  /** Persons named (one for a person or a titled function, two or more for a joint subject). */
  persons: string[];
  gender: Gender | null;
  /** A function or body named by its noun ("the ministry"): the key of that noun. */
  headKey: string | null;
  /** "a senior official", « un diplomate »: someone new and unnamed. */
  indefinite: boolean;
  /** Neither possessive nor after a preposition: may be the subject of its clause. */
  subject: boolean;
  sentence: Sentence;
}

/** "des Affaires étrangères", "de la Défense", "of Foreign Affairs": the complement of a ministry's noun. */
const COMPLEMENT = /^\s+(?:des|de la|de l['’]|du|d['’]|of(?: the)?)\s*\p{Lu}[\p{L}-]*(?:\s+\p{Ll}+(?=[\s,.;:]|$))?/u;

/** A function's noun reaches the name it titles within this many characters ("le porte-parole de la présidence russe, Dmitri Peskov"). */
const TITLE_REACH_CHARS = 60;
/** What may stand between a function's noun and the name it titles: words and commas, no quote, no clause break. */
const TITLE_GAP = /^[^;:«»“”"()[\]]*$/u;
const IMPERSONAL = /^\s+(?:faut|faudra|faudrait|fallait|y a|y avait|y aura|s['’]agit|s['’]agira|est (?:question|temps|possible|nécessaire|vrai|clair)|semble|reste|importe|convient|paraît)(?!\p{L})/iu;

interface Patterns {
  roles: RegExp;
  bodies: RegExp;
  /** "Iran's Foreign Ministry", "China's government". */
  possessiveBodies: RegExp;
  institutions: RegExp;
  pronouns: RegExp;
  rolesByWord: Map<string, HeadNoun>;
  bodiesByWord: Map<string, HeadNoun>;
}

const patternCache = new WeakMap<LanguagePack, WeakMap<Lexicon, Patterns>>();

const alternation = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/['’]/g, "['’]")).join("|");

function patternsFor(pack: LanguagePack, lexicon: Lexicon): Patterns {
  let byLexicon = patternCache.get(pack);
  if (!byLexicon) patternCache.set(pack, (byLexicon = new WeakMap()));
  const cached = byLexicon.get(lexicon);
  if (cached) return cached;
  const determiners = alternation([...pack.definiteArticles, ...pack.indefiniteArticles]);
  const determiner = `(?<![\\p{L}])(${determiners})(?:\\s+|(?<=['’]))`;
  const roleWords = alternation([...pack.roles.map((r) => r.word), ...lexicon.roles[pack.language]]);
  const bodyWords = alternation(pack.bodies.map((b) => b.word));
  // English adjectives come before the noun ("the Hungarian PM"), French ones after ("le chancelier allemand").
  const before = pack.language === "en" ? "(?:[\\p{L}-]+\\s+){0,3}?" : "(?:[\\p{Ll}-]+\\s+){0,1}?";
  const patterns: Patterns = {
    roles: new RegExp(`${determiner}${before}(${roleWords})(?![\\p{L}])`, "giu"),
    bodies: new RegExp(`${determiner}${before}(${bodyWords})(?![\\p{L}])((?:\\s+(?:d['’]|l['’])?[\\p{L}-]+){0,4})`, "giu"),
    possessiveBodies: new RegExp(`(?<![\\p{L}])([\\p{L}-]+)['’]s\\s+((?:[\\p{L}-]+\\s+){0,2}?)(${bodyWords})(?![\\p{L}])`, "giu"),
    institutions: new RegExp(`(?<![\\p{L}])(?:${alternation(lexicon.institutions)})(?![\\p{L}])`, "gu"),
    pronouns: new RegExp(`(?<![\\p{L}])(${alternation(Object.keys(pack.pronouns))})(?![\\p{L}])`, "giu"),
    rolesByWord: new Map([...pack.roles].map((r) => [r.word.toLocaleLowerCase(), r])),
    bodiesByWord: new Map(pack.bodies.map((b) => [b.word.toLocaleLowerCase(), b])),
  };
  byLexicon.set(lexicon, patterns);
  return patterns;
}

export interface MentionInput {
  doc: TextDocument;
  lexicon: Lexicon;
  persons: readonly PersonMention[];
  /** Countries, capitals and blocs the entity matcher found: speakers by metonymy ("Moscou", "NATO"). */
  entities: readonly EntityMention[];
  /** Country names and demonyms, lower-cased: "la diplomatie russe" names a body, "la diplomatie nouvelle" does not. */
  countryWords: ReadonlySet<string>;
}

/** Articles and elided articles skipped when looking for the word that governs a noun phrase. */
const ARTICLE = /^(?:le|la|les|l|un|une|the|a|an)$/u;

/** The word right before `at`, past an article ("de l'OTAN" → "de"), lower-cased; "" after punctuation. */
function wordBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 40), at).toLocaleLowerCase();
  const words = [...before.matchAll(/[\p{L}\p{N}]+/gu)];
  let last = words.at(-1);
  if (last && ARTICLE.test(last[0])) last = words.at(-2);
  if (!last) return "";
  const gap = before.slice(last.index + last[0].length);
  return /^[\s'’]*(?:(?:le|la|les|l|un|une|the|a|an)[\s'’]+)?$/u.test(gap) ? last[0] : "";
}

function genderOfArticle(article: string): Gender | null {
  const a = article.toLocaleLowerCase();
  if (a === "le" || a === "un" || a === "ce" || a === "cet" || a === "son") return "m";
  if (a === "la" || a === "une" || a === "cette" || a === "sa") return "f";
  return null;
}

/** Every mention in the article's sentences, outside quotations, in text order. */
export function findMentions(input: MentionInput): Mention[] {
  const { doc, lexicon } = input;
  const { text, pack } = doc;
  const patterns = patternsFor(pack, lexicon);
  const out: Mention[] = [];
  const outside = (span: Span) => !isQuoted(doc, span) && !doc.quotes.some((q) => q.outer.start <= span.start && span.start < q.outer.end);
  // The source after « selon » or "according to" is the one who speaks: subject-like for what follows.
  const subjectAt = (start: number) => !pack.prepositions.has(wordBefore(text, start)) || pack.accordingTo.test(text.slice(Math.max(0, start - 20), start));
  const personsIn = (s: Sentence) => input.persons.filter((p) => p.start >= s.start && p.end <= s.end && outside(p));

  for (const sentence of doc.sentences) {
    const slice = text.slice(sentence.start, sentence.end);
    const local: Mention[] = [];
    const add = (m: Omit<Mention, "sentence">) => {
      if (outside(m)) local.push({ ...m, sentence });
    };
    const persons = personsIn(sentence);
    for (const p of persons) {
      add({ start: p.start, end: p.end, kind: "person", label: p.name, persons: [p.name], gender: p.gender, headKey: p.roleKey, indefinite: false, subject: !p.possessive && subjectAt(p.titleStart) });
    }
    for (const m of slice.matchAll(patterns.roles)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      const article = m[1] ?? "";
      const head = patterns.rolesByWord.get((m[2] ?? "").toLocaleLowerCase());
      const indefinite = pack.indefiniteArticles.includes(article.toLocaleLowerCase());
      add({ start, end, kind: "role", label: m[0], persons: [], gender: head?.gender ?? genderOfArticle(article), headKey: head?.key ?? null, indefinite, subject: subjectAt(start) });
    }
    for (const m of slice.matchAll(patterns.pronouns)) {
      const start = sentence.start + m.index;
      const word = m[0].toLocaleLowerCase();
      if (word === "il" && IMPERSONAL.test(text.slice(start + 2, start + 30))) continue;
      const form = pack.pronouns[word];
      if (!form) continue;
      const kind = form.number === "plural" ? "group" : "pronoun";
      add({ start, end: start + m[0].length, kind, label: m[0], persons: [], gender: form.gender, headKey: null, indefinite: false, subject: true });
    }
    for (const m of slice.matchAll(pack.groupPattern)) {
      const start = sentence.start + m.index;
      add({ start, end: start + m[0].length, kind: "group", label: m[0], persons: [], gender: null, headKey: null, indefinite: false, subject: subjectAt(start) });
    }
    for (const m of slice.matchAll(patterns.institutions)) {
      const start = sentence.start + m.index;
      add({ start, end: start + m[0].length, kind: "body", label: m[0], persons: [], gender: genderOfArticle(wordBefore(text, start)), headKey: "institution", indefinite: false, subject: subjectAt(start) });
    }
    for (const m of slice.matchAll(patterns.bodies)) {
      const start = sentence.start + m.index;
      const article = m[1] ?? "";
      const headWord = m[2] ?? "";
      const head = patterns.bodiesByWord.get(headWord.toLocaleLowerCase());
      const headEnd = start + m[0].length - (m[3] ?? "").length;
      const headStart = headEnd - headWord.length;
      // The country names the body: before the noun in English ("the Chinese foreign ministry"), after it in French,
      // possibly past its complement (« le ministère des Affaires étrangères chinois »).
      const beforeWords = text.slice(start + article.length, headStart).trim().split(/\s+/u).filter(Boolean);
      const tail = [...(m[3] ?? "").matchAll(/[\p{L}-]+/gu)];
      const countryAfter = tail.findIndex((w) => input.countryWords.has(w[0].toLocaleLowerCase()));
      const named = countryAfter >= 0 || beforeWords.some((w) => input.countryWords.has(w.toLocaleLowerCase()));
      const countryEnd = countryAfter >= 0 ? headEnd + (tail[countryAfter]?.index ?? 0) + (tail[countryAfter]?.[0].length ?? 0) : headEnd;
      // « le ministère russe des Affaires étrangères »: the complement naming the ministry belongs to the label.
      const complement = COMPLEMENT.exec(text.slice(countryEnd, sentence.end));
      const tailEnd = named && complement ? countryEnd + complement[0].length : countryEnd;
      const label = named ? capitalise(text.slice(start + article.length, tailEnd).trim()) : "";
      add({ start, end: tailEnd, kind: "body", label, persons: [], gender: head?.gender ?? genderOfArticle(article), headKey: head?.key ?? null, indefinite: pack.indefiniteArticles.includes(article.toLocaleLowerCase()), subject: subjectAt(start) });
    }
    for (const m of slice.matchAll(patterns.possessiveBodies)) {
      if (!input.countryWords.has((m[1] ?? "").toLocaleLowerCase())) continue;
      const start = sentence.start + m.index;
      const head = patterns.bodiesByWord.get((m[3] ?? "").toLocaleLowerCase());
      add({ start, end: start + m[0].length, kind: "body", label: m[0], persons: [], gender: head?.gender ?? null, headKey: head?.key ?? null, indefinite: false, subject: subjectAt(start) });
    }
    for (const e of input.entities) {
      if (e.start < sentence.start || e.end > sentence.end) continue;
      add({ start: e.start, end: e.end, kind: e.kind === "bloc" ? "body" : "place", label: text.slice(e.start, e.end), persons: [], gender: null, headKey: e.kind === "bloc" ? "alliance" : null, indefinite: false, subject: subjectAt(e.start) });
    }
    out.push(...settle(text, local));
  }
  return out;
}

function capitalise(words: string): string {
  return words.charAt(0).toLocaleUpperCase() + words.slice(1).replace(/\s+/gu, " ");
}

/**
 * Within one sentence: a mention inside a longer one gives way (a body inside a role's words), except a
 * name; a function's noun right before a name titles it and becomes one mention with it ("le
 * chancelier allemand Olaf Scholz", "le porte-parole de la présidence russe, Dmitri Peskov"); and
 * names joined by "et"/"and" speak together.
 */
function settle(text: string, local: Mention[]): Mention[] {
  const kept: Mention[] = [];
  for (const m of local.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) {
      if (m.kind === "person" && last.kind !== "person") kept[kept.length - 1] = m;
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
      if (role && m.start - role.end <= TITLE_REACH_CHARS && TITLE_GAP.test(text.slice(role.end, m.start)) && titled.slice(roleAt + 1).every((x) => x.kind === "body" || x.kind === "place")) {
        titled.splice(roleAt, titled.length - roleAt, { ...m, start: role.start, gender: m.gender ?? role.gender, headKey: m.headKey ?? role.headKey, subject: role.subject });
        continue;
      }
    }
    titled.push(m);
  }
  return joinCoordinated(text, titled);
}

const COORDINATION = /^\s*(?:,\s*)?(?:et|and)\s+$/u;

function joinCoordinated(text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const last = out[out.length - 1];
    const named = (x: Mention) => (x.kind === "person" || x.kind === "joint") && x.persons.length > 0;
    if (last && named(last) && named(m) && COORDINATION.test(text.slice(last.end, m.start)) && !last.persons.includes(m.persons[0] ?? "")) {
      const persons = [...last.persons, ...m.persons];
      const joiner = /\bet\b/u.test(text.slice(last.end, m.start)) ? " et " : " and ";
      out[out.length - 1] = { ...last, end: m.end, kind: "joint", persons, label: persons.join(joiner), gender: null };
      continue;
    }
    out.push(m);
  }
  return out;
}
