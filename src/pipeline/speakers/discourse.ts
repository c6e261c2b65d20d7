import { flatMapped } from "../../domain/flat-mapped";
import type { Span } from "../../domain/schemas/ingest";
import { COUNTERPART, type Gender } from "../language/language-pack";
import type { TextDocument } from "../text/document";
import { startingIn } from "../text/sorted-spans";
import type { Mention } from "./mentions";

/** Who a mention stands for, as a quote's speaker. */
export interface Speaker {
  /** Display form: the person's fullest name, "A et B" for a joint statement, a body's label. */
  name: string;
  /** Each person or body separately. */
  speakers: string[];
  /** The words that identify the speaker: the name, or the antecedent of a pronoun or function. */
  evidence: Span;
  /** The mention resolved, for gender learning and continuation. */
  gender: Gender | null;
}

/**
 * The article's mentions in text order, and what each stands for. A pronoun or a definite function
 * ("il", "she", « le chef de l'État », "the Hungarian PM") stands for the most salient compatible
 * person before it: in its own sentence before it, else in the nearest sentence back that has one,
 * subjects first; a function first looks for the last person who held it. "The alliance", « le
 * ministère » stand for the last body of that kind. "The two leaders", « les deux hommes » stand for
 * the two people just named, "they" for people just named together as a subject. Other plural and
 * indefinite mentions ("an official", "they" after anything else) stand for no one: an unknown
 * speaker is never guessed.
 */
/** How many sentences back a pronoun looks for a person of its marked gender before taking the most salient one. */
const GENDER_REACH_SENTENCES = 3;
/** …and how far back such a person still wins over a body of the pronoun's gender (« elle » after « la présidence »). */
const BODY_YIELDS_REACH_SENTENCES = 6;
/** How many sentences back "the latter" looks for the person it stands for. */
const LATTER_REACH_SENTENCES = 2;
/** How many sentences back "it" looks for the body or country it stands for. */
const BODY_PRONOUN_REACH_SENTENCES = 2;
/** How many sentences back "the two leaders" looks for the two people it stands for. */
const PAIR_REACH_SENTENCES = 2;

/** The people a mention names one by one: a person, each of a joint subject (« Emmanuel Macron et Olaf Scholz »), else none. */
const peopleIn = (m: Mention): readonly Mention[] => (m.kind === "person" ? [m] : m.kind === "joint" ? (m.members ?? []) : []);

/** The last of a mention's words, lower-cased: a function's noun ("the German chancellor", « la ministre »). */
const headNoun = (m: Mention) => m.label.toLowerCase().split(/\s+/u).at(-1) ?? "";

export class Discourse {
  private readonly resolved = new Map<Mention, Speaker | null>();
  /** Genders the text marks (a courtesy title, a gendered function, an agreeing participle), that the lexicon knows, or that a resolved pronoun implies. */
  private readonly genders = new Map<string, Gender>();
  /** Only those the text marks: they may outrank a nearer subject. */
  private readonly marked = new Map<string, Gender>();
  private readonly roles = new Map<string, string>();

  constructor(
    private readonly doc: TextDocument,
    readonly mentions: readonly Mention[],
  ) {
    for (const m of mentions) {
      if (m.kind === "person" && m.gender) {
        this.genders.set(m.label, m.gender);
        this.marked.set(m.label, m.gender);
      } else if (m.kind === "person" && m.knownGender && !this.marked.has(m.label)) {
        this.genders.set(m.label, m.knownGender);
      }
      if (m.kind === "person" && m.headKey) this.roles.set(m.headKey, m.label);
    }
  }

  /** Mentions whose start lies in [start, end), in text order. */
  within(start: number, end: number): Mention[] {
    return startingIn(this.mentions, start, end);
  }

  speakerOf(mention: Mention): Speaker | null {
    if (this.resolved.has(mention)) return this.resolved.get(mention) ?? null;
    this.resolved.set(mention, null);
    const speaker = this.resolve(mention);
    this.resolved.set(mention, speaker);
    if (speaker && speaker.speakers.length === 1) {
      const name = speaker.speakers[0] as string;
      if (mention.gender && (mention.kind === "pronoun" || mention.kind === "role")) this.genders.set(name, mention.gender);
      if (mention.headKey && mention.kind === "role") this.roles.set(mention.headKey, name);
    }
    return speaker;
  }

  private resolve(m: Mention): Speaker | null {
    switch (m.kind) {
      case "person":
        return { name: m.label, speakers: [m.label], evidence: m, gender: this.genders.get(m.label) ?? m.gender };
      case "joint":
        return { name: m.label, speakers: m.persons, evidence: m, gender: null };
      case "group":
        return this.pairFor(m);
      case "place":
        // « la Chine », "Moscow" speak; an adjective (« français », « russe ») names no one.
        return /^\p{Ll}/u.test(m.label) ? null : { name: m.label, speakers: [m.label], evidence: m, gender: null };
      case "body":
        return m.label ? { name: m.label, speakers: [m.label], evidence: m, gender: m.gender } : this.lastBody(m);
      case "role":
        if (m.indefinite) return null;
        if (m.country) return this.holderOf(m) ?? this.onlyPersonBefore(m);
        if (this.ofBody(m)) return this.holderOf(m);
        if (this.introducedUnnamed(m)) return null;
        return this.holderOf(m) ?? (m.headKey === COUNTERPART ? this.counterpartOf(m) : this.salient(m));
      case "pronoun":
        return this.salient(m);
      case "latter":
        return this.latest(m);
      case "bodyPronoun":
        return this.salientBody(m);
    }
  }

  /**
   * The last person named before `m` who held its function ("le chancelier" → Olaf Scholz); when the
   * words give a country (« le président russe », "the German minister"), the last person of that
   * country, whatever function the text gave them (« son homologue allemand Karl Weber »).
   */
  private holderOf(m: Mention): Speaker | null {
    // « … a reçu le chancelier allemand Olaf Scholz et le Premier ministre polonais Donald Tusk »: each keeps his function.
    const before = flatMapped(this.mentions.filter((x) => x.start < m.start), peopleIn);
    const last = m.country ? before.filter((x) => x.country === m.country).at(-1) : m.headKey ? this.byTitle(m, before.filter((x) => x.headKey === m.headKey)).at(-1) : undefined;
    return last ? this.speakerOf(last) : null;
  }

  /**
   * Of the people who held a function, those the text titled with the same noun (« le chancelier » is
   * Olaf Scholz, not the Polish Premier ministre beside him, though both head a government); all of them
   * when none was.
   */
  private byTitle(m: Mention, holders: readonly Mention[]): readonly Mention[] {
    const noun = headNoun(m);
    const titled = holders.filter((x) => `${x.title ?? ""} ${this.doc.text.slice(x.start, x.end)}`.toLowerCase().includes(noun));
    return titled.length > 0 ? titled : holders;
  }

  /**
   * Whether the function is a body's, named right after it (« le porte-parole du ministère chinois »,
   * "the spokesman for the Kremlin") or before it ("NATO's chief"): its holder is the person the text
   * gave that function, not whoever was named last.
   */
  private ofBody(m: Mention): boolean {
    // "the EU's top diplomat", "NATO's chief": a bloc's possessive before it (a country's gives `country`).
    if (m.country === null && /^\S+['’]s\s/u.test(m.label)) return true;
    const next = this.mentions.find((x) => x.start >= m.end);
    return next !== undefined && next.sentence === m.sentence && next.kind === "body" && this.doc.pack.relation.test(this.doc.text.slice(m.end, next.start));
  }

  /**
   * « Son homologue », "his counterpart": not the person whose counterpart it is (the most salient one),
   * but the one other person the article named before, when there is exactly one.
   */
  private counterpartOf(m: Mention): Speaker | null {
    const owner = this.salient(m);
    if (!owner) return null;
    const others = new Map<string, Speaker>();
    for (const x of this.mentions) {
      if (x.start >= m.start) break;
      const speaker = x.kind === "person" ? this.speakerOf(x) : null;
      if (speaker && speaker.name !== owner.name) others.set(speaker.name, speaker);
    }
    return others.size === 1 ? ([...others.values()][0] ?? null) : null;
  }

  /**
   * "A spokesperson for the State Department … the spokesperson said", "his foreign minister … the
   * minister said": the function was last introduced as someone unnamed (after anyone the text gave
   * it, under its key or its noun), so the words name no one. A counterpart is the other person, named
   * or not (`counterpartOf`).
   */
  private introducedUnnamed(m: Mention): boolean {
    if (m.headKey === null || m.headKey === COUNTERPART) return false;
    const noun = ` ${headNoun(m)}`;
    const sameFunction = (x: Mention) =>
      x.headKey === m.headKey || (x.kind === "role" ? ` ${x.label.toLowerCase()}`.endsWith(noun) : ` ${(x.title ?? "").toLowerCase()}`.includes(noun));
    const last = this.mentions.filter((x) => x.start < m.start && (x.kind === "person" || x.kind === "role") && sameFunction(x)).at(-1);
    if (last === undefined || last.kind !== "role") return false;
    const determiner = last.label.split(/\s+/u)[0]?.toLowerCase() ?? "";
    return last.indefinite || this.doc.pack.possessives.includes(determiner);
  }

  /** The index of the sentence `m` starts in. */
  private sentenceIndexOf(m: Mention): number {
    return this.doc.sentences.findIndex((s) => s.start <= m.start && m.start < s.end);
  }

  /**
   * "The two leaders", « les deux hommes »: the two people named together just before ("Biden and
   * Scholz"), else the two people of the nearest sentence back that names people, when it names exactly
   * two (« Xi Jinping a reçu Vladimir Poutine »). Any other group, or three people, stands for no one.
   */
  private pairFor(m: Mention): Speaker | null {
    if (this.doc.pack.pronouns[m.label.toLowerCase()]?.number === "plural") return this.jointBefore(m);
    if (!this.doc.pack.pairOfPeople.test(m.label)) return null;
    const sentences = this.doc.sentences;
    const from = this.sentenceIndexOf(m);
    for (let index = from; index >= Math.max(0, from - PAIR_REACH_SENTENCES); index--) {
      const sentence = sentences[index];
      if (!sentence) break;
      const named = this.within(sentence.start, Math.min(sentence.end, m.start)).filter((x) => x.kind === "person" || x.kind === "joint");
      if (named.length === 0) continue;
      const people = flatMapped(named, (x) => this.speakerOf(x)?.speakers ?? []);
      if (new Set(people).size !== 2) return null;
      const [first, second] = [...new Set(people)] as [string, string];
      const evidence = { start: (named[0] as Mention).start, end: (named.at(-1) as Mention).end };
      return { name: `${first} ${this.doc.pack.coordination[0] ?? "&"} ${second}`, speakers: [first, second], evidence, gender: null };
    }
    return null;
  }

  /**
   * « Anne Durand et Paul Girard ont signé l'accord. « … », ont-ils déclaré »: a plural pronoun stands for
   * the people named together as the subject of its sentence or of the one before, and for no one else.
   */
  private jointBefore(m: Mention): Speaker | null {
    const from = this.sentenceIndexOf(m);
    for (let index = from; index >= Math.max(0, from - 1); index--) {
      const sentence = this.doc.sentences[index];
      if (!sentence) break;
      const subjects = this.within(sentence.start, Math.min(sentence.end, m.start)).filter((x) => x.subject && x !== m);
      const joint = subjects.find((x) => x.kind === "joint");
      if (joint) return this.speakerOf(joint);
      if (subjects.length > 0) return null;
    }
    return null;
  }

  /**
   * « Le chancelier allemand » when no one was named as German: the one person whose country the text
   * does not give in the nearest sentence back that names such people; no one when it names two
   * (« Emmanuel Macron a reçu Karl Weber »), for either may be the German, unless the lexicon makes
   * one of them the one of that country (« Vladimir Poutine a reçu Xi Jinping » → « le président
   * chinois »). A person the text gave another function, or the lexicon another country, is not a
   * candidate ("Secretary General Mark Rutte" is not "the Dutch king", Emmanuel Macron not « le
   * chancelier allemand »).
   */
  private onlyPersonBefore(m: Mention): Speaker | null {
    const sentences = this.doc.sentences;
    const from = this.sentenceIndexOf(m);
    for (let index = from; index >= 0; index--) {
      const sentence = sentences[index];
      if (!sentence) break;
      const people = flatMapped(this.within(sentence.start, Math.min(sentence.end, m.start)), peopleIn).filter(
        (x) => x.kind === "person" && x.country === null && (x.knownCountry === null || x.knownCountry === m.country) && (x.headKey === null || x.headKey === m.headKey),
      );
      if (people.length === 0) continue;
      return this.onlyOne(people) ?? this.onlyOne(people.filter((x) => x.knownCountry === m.country));
    }
    return null;
  }

  /** The speaker the mentions name when they all name one, else null. */
  private onlyOne(mentions: readonly Mention[]): Speaker | null {
    const speakers = flatMapped(mentions, (x) => this.speakerOf(x) ?? []);
    return new Set(speakers.map((x) => x.name)).size === 1 ? (speakers[0] ?? null) : null;
  }

  /** "the ministry" → the last body of the same kind that has a name; "the alliance" → the last bloc named. */
  private lastBody(m: Mention): Speaker | null {
    const before = this.mentions.filter((x) => x.start < m.start && x.kind === "body" && x.label !== "" && x.headKey === m.headKey);
    const last = before.at(-1);
    return last ? this.speakerOf(last) : null;
  }

  private compatible(m: Mention, candidate: Mention): boolean {
    if (candidate === m || candidate.start >= m.start) return false;
    // A body stands for a pronoun only when the text gives its gender (« la diplomatie russe … elle »).
    const body = candidate.kind === "body" && candidate.label !== "" && candidate.gender !== null;
    // In English "he" and "she" stand for people; French « elle » may stand for « la diplomatie ».
    if (!(candidate.kind === "person" || candidate.kind === "pronoun" || (candidate.kind === "role" && !candidate.indefinite) || (body && this.doc.language === "fr" && m.kind === "pronoun"))) return false;
    if (!m.gender) return true;
    const known = candidate.kind === "person" ? (this.genders.get(candidate.label) ?? candidate.gender) : candidate.gender;
    return known === null || known === m.gender;
  }

  /**
   * The most salient compatible mention before `m`: the subjects of its own sentence (before it), then
   * of each sentence back; only when no subject fits, a person named elsewhere in a sentence.
   */
  private salient(m: Mention): Speaker | null {
    const sentences = this.doc.sentences;
    const from = this.sentenceIndexOf(m);
    // "Karl Weber a rencontré Mme Durand. Elle a …": a person whose gender the text marks as the
    // pronoun's wins over a nearer subject whose gender it does not mark, within a few sentences.
    const marked = m.gender ? this.markedPerson(m, from, GENDER_REACH_SENTENCES) : null;
    if (marked) return marked;
    for (const subjectsOnly of [true, false]) {
      for (let index = from; index >= 0; index--) {
        const sentence = sentences[index];
        if (!sentence) break;
        const candidates = this.within(sentence.start, sentence.end).filter(
          (c) => this.compatible(m, c) && (subjectsOnly ? c.subject : c.kind === "person"),
        );
        for (const candidate of candidates) {
          const speaker = this.speakerOf(candidate);
          // « Le porte-parole du ministère a déclaré … Il a ajouté »: the function nobody was named to is who speaks, unnamed.
          if (!speaker && subjectsOnly && candidate.kind === "role") return null;
          if (!speaker || speaker.speakers.length !== 1 || !this.genderAgrees(m, speaker)) continue;
          // « … selon la présidence ukrainienne. Elle a promis »: a woman the text named a little earlier is likelier than the body.
          const person = candidate.kind === "body" && m.gender ? this.markedPerson(m, from, BODY_YIELDS_REACH_SENTENCES) : null;
          return person ?? speaker;
        }
      }
    }
    return null;
  }

  /**
   * "It said": the nearest body or country that was a subject before it (the first of its sentence),
   * this sentence or a few back; a person is never "it".
   */
  private salientBody(m: Mention): Speaker | null {
    const sentences = this.doc.sentences;
    const from = this.sentenceIndexOf(m);
    for (let index = from; index >= Math.max(0, from - BODY_PRONOUN_REACH_SENTENCES); index--) {
      const sentence = sentences[index];
      if (!sentence) break;
      const subject = this.within(sentence.start, Math.min(sentence.end, m.start)).find((c) => c.subject && (c.kind === "body" || c.kind === "place" || c.kind === "bodyPronoun"));
      if (subject) return this.speakerOf(subject);
    }
    return null;
  }

  /**
   * "The latter", « ce dernier »: the person named last before it, a sentence or two back at most, of
   * the gender the words mark; not the most salient one, as a pronoun would be.
   */
  private latest(m: Mention): Speaker | null {
    const sentences = this.doc.sentences;
    const from = this.sentenceIndexOf(m);
    const reach = sentences[Math.max(0, from - LATTER_REACH_SENTENCES)]?.start ?? 0;
    const named = this.mentions.filter((x) => x.end <= m.start && x.start >= reach && (x.kind === "person" || (x.kind === "role" && !x.indefinite)));
    for (const candidate of named.reverse()) {
      const speaker = this.speakerOf(candidate);
      if (speaker && speaker.speakers.length === 1 && this.genderAgrees(m, speaker)) return speaker;
    }
    return null;
  }

  /** The nearest person, `reach` sentences back at most, whose gender the text marks as the pronoun's. */
  private markedPerson(m: Mention, from: number, reach: number): Speaker | null {
    const sentences = this.doc.sentences;
    for (let index = from; index >= Math.max(0, from - reach); index--) {
      const sentence = sentences[index];
      if (!sentence) break;
      for (const candidate of this.within(sentence.start, sentence.end).filter((c) => this.compatible(m, c))) {
        const speaker = this.speakerOf(candidate);
        // A function whose noun marks the gender (« le chancelier ») marks its holder as much as a courtesy title.
        const marked = this.marked.get(speaker?.name ?? "") ?? (candidate.kind === "role" ? candidate.gender : null);
        if (speaker && speaker.speakers.length === 1 && marked === m.gender) return speaker;
      }
    }
    return null;
  }

  private genderAgrees(m: Mention, speaker: Speaker): boolean {
    if (!m.gender) return true;
    const known = this.genders.get(speaker.name) ?? speaker.gender;
    return known === null || known === m.gender;
  }
}
