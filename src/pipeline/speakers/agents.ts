import type { Language, Span } from "../../domain/schemas/ingest";
import type { Lexicon } from "../entities/lexicon";
import { isInside } from "../text/spans";
import type { PersonMention } from "./person-names";
import { hasSpeechVerb } from "./speech-verbs";
import { escapeRegExp } from "../text/escape-regexp";
import { libraryCountryNames } from "../entities/country-names";

/** Someone or something that can be the subject of a statement; `name` null when it cannot be named. */
export interface Agent extends Span {
  kind: "person" | "role" | "pronoun" | "group" | "institution";
  name: string | null;
}

export interface AgentContext {
  text: string;
  language: Language;
  lexicon: Lexicon;
  persons: readonly PersonMention[];
  /** Outer spans of quotes: words inside a quote are the speaker's, not the narrator's. */
  quotes: readonly Span[];
}

/** A title stands for the name that follows it within this many characters ("le président français Emmanuel Macron"). */
const TITLE_REACH_CHARS = 60;
/** An institution speaks when a speech verb follows within this many characters ("le Kremlin a déclaré"). */
const INSTITUTION_VERB_REACH_CHARS = 30;

const PRONOUN = /(?<![\p{L}])(il|elle|lui|he|she)(?![\p{L}])/giu;
const IMPERSONAL = /^\s+(faut|faudra|faudrait|fallait|y a|y avait|s['’]agit|est (question|temps|possible|nécessaire)|semble|reste)(?![\p{L}])/iu;
const GROUP = /(?<![\p{L}])(ils|elles|they|les deux (pays|dirigeants|hommes|présidents)|both (countries|leaders|men)|the two (countries|leaders|men))(?![\p{L}])/giu;
/**
 * A country's ministry or chancellery: "the Chinese foreign ministry", "le ministère russe des Affaires
 * étrangères", "la chancellerie allemande". Group 1 is the country's adjective, checked against the
 * country names and demonyms: "the new foreign ministry" names no one.
 */
const MINISTRY: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:[Tt]he\s+)?(\p{Lu}\p{Ll}+)\s+(?:[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior)\s+[Mm]inistry(?![\p{L}])/gu,
  fr: /(?<![\p{L}])(?:[Ll]e\s+)?[Mm]inistère\s+(\p{Ll}+)\s+(?:des\s+[Aa]ffaires\s+étrangères|de\s+la\s+[Dd]éfense|des\s+[Aa]rmées|de\s+l['’][Ii]ntérieur)(?![\p{L}])|(?<![\p{L}])(?:[Ll]a\s+)?(?:chancellerie|diplomatie)\s+(\p{Ll}+)(?![\p{L}])/gu,
};
const LEADING_ARTICLE = /^(?:the|le|la)\s+/i;
/** A speech verb just before an institution makes it the inverted subject ("a précisé la chancellerie", "said the Kremlin"). */
const VERB_BEFORE = /(\p{L}+)\s+(?:(?:le|la|l['’]|the)\s*)?$/u;
const COORDINATION = /^[\s,]*(et|and) (?:(?:le|la|l['’]|the) ?)?(?:[\p{Ll}-]+ ){0,3}$/u;

function escape(word: string): string {
  return escapeRegExp(word).replace(/['’]/g, "['’]");
}

/**
 * The persons named inside a quote, worked out once per context: an article looks for agents in many
 * segments, each asking of every person whether a quote holds it.
 */
const quotedPersonsByContext = new WeakMap<AgentContext, ReadonlySet<PersonMention>>();

function quotedPersons(context: AgentContext): ReadonlySet<PersonMention> {
  let quoted = quotedPersonsByContext.get(context);
  if (!quoted) {
    quoted = new Set(context.persons.filter((p) => isInside(p.start, context.quotes)));
    quotedPersonsByContext.set(context, quoted);
  }
  return quoted;
}

/** Agents in `segment`, outside quotes, in text order; titles, pronouns and roles resolved to people. */
export function findAgents(segment: Span, context: AgentContext): Agent[] {
  const { text } = context;
  const outside = (s: Span) => s.start >= segment.start && s.end <= segment.end && !isInside(s.start, context.quotes);
  const quoted = quotedPersons(context);
  const inSegment = context.persons.filter((p) => p.start >= segment.start && p.end <= segment.end && !quoted.has(p));
  const persons = coordinate(text, inSegment, context.language);
  const found: Agent[] = [...persons];
  const slice = text.slice(segment.start, segment.end);
  const at = (m: RegExpMatchArray) => segment.start + (m.index ?? 0);
  for (const m of slice.matchAll(lexiconPatterns(context.lexicon).roles[context.language])) {
    const start = at(m);
    const end = start + m[0].length;
    const titled = persons.some((p) => p.start >= end && p.start - end <= TITLE_REACH_CHARS && !hasSpeechVerb(text.slice(end, p.start)));
    if (!titled) found.push({ start, end, kind: "role", name: lastNamedBefore(start, context) });
  }
  for (const m of slice.matchAll(PRONOUN)) {
    const start = at(m);
    if (IMPERSONAL.test(text.slice(start + m[0].length, start + m[0].length + 20))) continue;
    found.push({ start, end: start + m[0].length, kind: "pronoun", name: lastNamedBefore(start, context) });
  }
  for (const m of slice.matchAll(GROUP)) found.push({ start: at(m), end: at(m) + m[0].length, kind: "group", name: null });
  const speaks = (start: number, end: number) => {
    const following = text.slice(end, end + INSTITUTION_VERB_REACH_CHARS).split(",")[0] ?? "";
    const verbBefore = VERB_BEFORE.exec(text.slice(Math.max(0, start - INSTITUTION_VERB_REACH_CHARS), start))?.[1];
    return hasSpeechVerb(following) || (verbBefore !== undefined && hasSpeechVerb(verbBefore));
  };
  for (const m of slice.matchAll(lexiconPatterns(context.lexicon).institutions)) {
    const start = at(m);
    const end = start + m[0].length;
    if (speaks(start, end)) found.push({ start, end, kind: "institution", name: m[0] });
  }
  for (const m of slice.matchAll(MINISTRY[context.language])) {
    const start = at(m);
    const end = start + m[0].length;
    const adjective = m[1] ?? m[2] ?? "";
    if (libraryCountryNames().has(adjective) && speaks(start, end)) found.push({ start, end, kind: "institution", name: institutionName(m[0]) });
  }
  return found.filter(outside).sort((a, b) => a.start - b.start);
}

/** "la chancellerie allemande" → "Chancellerie allemande": a label, as "Kremlin" is. */
function institutionName(matched: string): string {
  const name = matched.replace(LEADING_ARTICLE, "").replace(/\s+/g, " ");
  return name.charAt(0).toUpperCase() + name.slice(1);
}

interface LexiconPatterns {
  roles: Record<Language, RegExp>;
  institutions: RegExp;
}

/** Built once per lexicon (it lives as long as the run), not on every segment an agent is looked for in. */
const patternsByLexicon = new WeakMap<Lexicon, LexiconPatterns>();

function lexiconPatterns(lexicon: Lexicon): LexiconPatterns {
  const cached = patternsByLexicon.get(lexicon);
  if (cached) return cached;
  const role = (language: Language) =>
    new RegExp(`(?<![\\p{L}])(?:le|la|l['’]|the|a|an|un|une) ?(?:\\p{Ll}+ )?(?:${lexicon.roles[language].map(escape).join("|")})(?![\\p{L}])`, "giu");
  const patterns: LexiconPatterns = {
    roles: { fr: role("fr"), en: role("en") },
    institutions: new RegExp(`(?<![\\p{L}])(?:${lexicon.institutions.map(escape).join("|")})(?![\\p{L}])`, "gu"),
  };
  patternsByLexicon.set(lexicon, patterns);
  return patterns;
}

/** "Vladimir Poutine et le président chinois Xi Jinping" speak together: one agent naming both. */
function coordinate(text: string, persons: readonly PersonMention[], language: Language): Agent[] {
  const agents: Agent[] = [];
  for (const person of persons) {
    const last = agents[agents.length - 1];
    if (last && last.name && COORDINATION.test(text.slice(last.end, person.start)) && last.name !== person.name) {
      agents[agents.length - 1] = { ...last, end: person.end, name: `${last.name} ${language === "fr" ? "et" : "and"} ${person.name}` };
    } else {
      agents.push({ start: person.start, end: person.end, kind: "person", name: person.name });
    }
  }
  return agents;
}

/** The last person named before `position` outside quotes: what "il", "the politician" or "le leader" refer to. */
function lastNamedBefore(position: number, context: AgentContext): string | null {
  const quoted = quotedPersons(context);
  let name: string | null = null;
  for (const p of context.persons) {
    if (p.start >= position) break;
    if (!quoted.has(p)) name = p.name;
  }
  return name;
}
