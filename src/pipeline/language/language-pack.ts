import type { Chrono } from "chrono-node";
import type { Language } from "../../domain/schemas/ingest";

export type Gender = "m" | "f";
export type GrammaticalNumber = "singular" | "plural";

/** A word that stands for a person or a body, with what the language marks on it. */
export interface PronounForm {
  gender: Gender | null;
  number: GrammaticalNumber;
}

/** The key of the function that is someone else's opposite number (« son homologue », "his counterpart"). */
export const COUNTERPART = "counterpart";

/** A noun naming a function ("président", "spokesman") or a speaking body ("ministry", "diplomatie"). */
export interface HeadNoun {
  /** As written in running text (lower-case, singular). */
  word: string;
  /** The function it names, shared by synonyms ("chef de l'État" and "président" name the head of state). */
  key: string;
  gender: Gender | null;
}

/** Words that place a relative time ("last", "dernier") before or after the day of writing. */
export interface Offsets {
  previous: readonly string[];
  current: readonly string[];
  next: readonly string[];
}

/**
 * Every word list the pipeline needs for one language. Rules are written once, against this
 * interface; a third language is one more file implementing it.
 */
export interface LanguagePack {
  language: Language;
  /** Frequent function words that are no words in the other languages: they tell which language a text is in. */
  commonWords: ReadonlySet<string>;
  /** Abbreviations whose full stop ends no sentence ("M.", "Mr.", "Gen."). */
  abbreviations: readonly string[];

  // People and bodies.
  /** Subject pronouns that can report speech. */
  pronouns: Readonly<Record<string, PronounForm>>;
  /**
   * Subject pronouns that stand for a body or a country, never a person ("it said"), and only right
   * before a reporting verb ("It is clear" names no one). French marks a body's gender on « il », « elle ».
   */
  bodyPronouns: ReadonlySet<string>;
  /** Object pronouns ("him", "her"): a speaker only as a source ("according to her"), else no mention at all. */
  sourcePronouns: Readonly<Record<string, PronounForm>>;
  /** "the latter", « ce dernier », « cette dernière »: the person named last, with the gender the words mark. */
  latter: Readonly<Record<string, Gender | null>>;
  /** Courtesy titles written before a surname, with the gender they mark ("Mme", "Mrs"). */
  honorifics: Readonly<Record<string, Gender | null>>;
  /** Capitalised words that open a title before a name and are never part of it ("President", "Foreign"). */
  titleWords: ReadonlySet<string>;
  /** What a title word may be joined to by a hyphen and remain a title: "Ex-President", "Then-Chancellor", "President-elect". */
  titleAffixes: ReadonlySet<string>;
  /** Conjunctions and adverbs that open sentences: capitalised there, they never start a name ("Then Putin said"). */
  sentenceOpeners: readonly string[];
  /** Small words inside a title before a name ("Secretary of State", "Minister for Europe"). */
  titleConnectors: ReadonlySet<string>;
  /** Nouns of functions, as the text writes them in lower case before or instead of a name. */
  roles: readonly HeadNoun[];
  /** Nouns of bodies that speak as one ("ministry", "diplomatie", "alliance"). */
  bodies: readonly HeadNoun[];
  /** Words that make a capitalised run an organisation, a building or an event, not a person. */
  organisationWords: ReadonlySet<string>;
  /** Lower-case words allowed inside a name ("de", "von der", "bin"). */
  nameParticles: readonly string[];
  /** Definite and indefinite articles, demonstratives and possessives opening a noun phrase. */
  definiteArticles: readonly string[];
  /** The definite articles alone, which a person's name never takes: a name after one modifies a noun ("the Biden administration"). */
  articlesProper: readonly string[];
  /**
   * Whether a name right after a noun phrase modifies it (« le gouvernement Modi », « l'administration
   * Trump »: the government speaks, not Modi). In English a noun phrase takes the name before it ("the
   * Modi government", `articlesProper`), and a name right after one opens something else.
   */
  namesAfterNounModify: boolean;
  /** Lower-case nouns of places that take a person's name after them (« l'avenue Charles de Gaulle », « le stade Pierre Mauroy »): that name is the place's. */
  namedPlaceNouns: ReadonlySet<string>;
  /** Possessive determiners: "his foreign minister", « son ministre » is someone the text has not named. */
  possessives: readonly string[];
  /** A preposition and a definite article in one word (« du », « au »). */
  definiteContractions: readonly string[];
  /** The gender an article marks on its noun (« le », « la », « un », « une »). */
  articleGenders: Readonly<Record<string, Gender>>;
  /** Articles of `articleGenders` that mark nothing before a vowel (« son homologue » may be a woman). */
  genderlessBeforeVowel: ReadonlySet<string>;
  /** Words after the pronoun that make it impersonal (« il faut », « il y a »): no one speaks there. */
  impersonal: { pronoun: string; after: RegExp } | null;
  /** A participle agreeing in the feminine after a name (« Anne Durand est arrivée »), or null where the language marks none. */
  feminineAgreement: RegExp | null;
  /** A preposition alone between a function and a name (« le porte-parole de Karl Weber »): a relation, not a title. */
  relation: RegExp;
  /** The complement naming a ministry after its noun ("des Affaires étrangères", "of Foreign Affairs"). */
  bodyComplement: RegExp;
  indefiniteArticles: readonly string[];
  /** Plural noun phrases and pronouns: a quote they introduce has no single speaker. */
  groupPattern: RegExp;
  /** The groups of `groupPattern` that are two people named just before ("the two leaders", « les deux hommes »), whole. */
  pairOfPeople: RegExp;
  /** Words that join two speakers into one subject ("et", "and"). */
  coordination: readonly string[];
  /** Prepositions: a name after one is not the subject of its clause. */
  prepositions: ReadonlySet<string>;
  /** Words that open a subordinate clause, which the clause's own verb governs. */
  clauseOpeners: ReadonlySet<string>;
  /** Elided openers, to the words they open a clause before (« s' » before « il », « ils »: « s'il »); elsewhere the same letters are a pronoun (« s'exprime »). */
  elidedClauseOpeners: ReadonlyMap<string, readonly string[]>;
  /** Relative pronouns: a clause they open is about the noun before them (", who said", « , qui a déclaré »). */
  relativePronouns: ReadonlySet<string>;
  /** Clause openers that keep the main clause's time ("when he said", « lorsqu'il a dit »). */
  sameTimeOpeners: ReadonlySet<string>;
  /**
   * Forms of verbs that tell the act of speaking itself, not what was said: a relative clause about
   * the speaker with one of them tells when the words were spoken (", who spoke to reporters on
   * Wednesday", « , qui s'exprimait mercredi »).
   */
  speakingVerbs: ReadonlySet<string>;
  /** Auxiliaries of the pluperfect ("had warned", « avait jugé »): what they tell lies before the time the story is at. */
  pluperfectAuxiliaries: ReadonlySet<string>;

  // Reporting.
  /** Inflected forms of verbs that report speech or a stated position. */
  reportingVerbs: ReadonlySet<string>;
  /** Endings of regular forms that the list need not spell out: with them removed, the stem and `infinitiveEnding` make a listed verb. */
  verbEndings: readonly string[];
  infinitiveEnding: string;
  /** Nouns of speech acts: "a statement", « un communiqué ». */
  speechNouns: readonly string[];
  /** Nouns of occasions where words are said: "the ceremony", « le sommet ». */
  occasionNouns: readonly string[];
  /** "selon", "according to": the name that follows is the source of what the clause says. */
  accordingTo: RegExp;
  /** "vue par Moscou comme", "seen by Beijing as": the agent after the participle holds the quoted view. */
  passiveAgent: RegExp;
  /** « qualifié d'« … » par X », "hailed as “…” by X": a passive participle right before a quote… */
  passiveBeforeQuote: RegExp;
  /** …and its agent right after the quote. */
  agentAfterQuote: RegExp;
  /** Words that give a name in quotation marks, not someone's words ("the so-called “…”", « la soi-disant « … » »), right before the quote. */
  namingBeforeQuote: RegExp;
  /** An attribution in the next sentence pointing back at the words: « C'est ce qu'a assuré X ». */
  backReference: RegExp;
  /** A verb with its subject pronoun inverted after it, « a-t-il », « dit-elle »: group 1 the verb, group 2 the pronoun. */
  invertedPronoun: RegExp | null;
  /**
   * The indefinite pronoun of an inverted incise (« on ») and what stands between its verb and the
   * body or place it speaks from (« insiste-t-on à l'Élysée »); null where the language has no such incise.
   */
  indefiniteIncise: { pronoun: string; before: RegExp } | null;
  /** Auxiliaries of an incise's compound past (« a », « ont », « avait »). */
  compoundAuxiliaries: ReadonlySet<string>;
  /** Reflexive auxiliaries (« s'est », « se sont »). */
  reflexiveAuxiliaries: ReadonlySet<string>;
  /** Endings of a present participle ("-ing", « -ant »): a participial clause, never an incise. */
  presentParticipleEndings: readonly string[];
  /** Endings of a participle opening a phrase before the subject ("Asked whether …,", « Interrogée sur …, »). */
  frontedParticipleEndings: readonly string[];
  /** Adverbs that may stand between an auxiliary and its participle (« a également indiqué », "then said"). */
  inciseAdverbs: ReadonlySet<string>;
  /** Past participle or simple past shape of a verb, for incises whose verb is not listed. */
  reportingShape: RegExp;
  /** Words that tie a statement to what the text just reported: "Meanwhile", "retorted", « en réponse ». */
  sameTimeConnectives: RegExp;

  // Time.
  /** Reads day-month(-year) dates with their weekday ("vendredi 4 février 2022", "Feb. 4"). */
  explicitDates: Chrono;
  months: readonly (readonly string[])[];
  weekdays: readonly string[];
  /** Words naming days from the day of writing, longest first, with their offset in days. */
  relativeDays: readonly (readonly [RegExp, number])[];
  /** "overnight", « la nuit dernière »: the night before the day of writing, over both days. */
  lastNight: RegExp;
  /**
   * Weekends: "last weekend", « le week-end prochain » by their word, "over the weekend", « ce
   * week-end » by the tense (null): the last one begun in the past, the next one not over in the future.
   */
  weekends: readonly { pattern: RegExp; direction: "previous" | "next" | null }[];
  /** A day of the month alone, its number in group 1 ("on the 12th", « le 12 »), followed by no noun ("the 75th anniversary"). */
  monthDay: RegExp;
  /** "today" meaning "nowadays": a quantity before it ("200 000 aujourd'hui"), or "today's". */
  nowadays: RegExp;
  numberWords: Readonly<Record<string, number>>;
  /** Units of "N years ago", each to its calendar unit. */
  units: Readonly<Record<string, "day" | "week" | "month" | "year">>;
  /** "il y a N ans", "N years ago": group 1 the count, group 2 the unit. */
  ago: RegExp;
  /** « dans N semaines », "in N weeks' time": the same, counted forward. */
  ahead: RegExp;
  /**
   * The tense `ahead` needs: English only in the future ("the worst crisis in 30 years" looks back), French
   * anywhere but in the past (« le sommet a lieu dans deux semaines »).
   */
  aheadTense: "future" | "not past";
  /** "la semaine dernière", "next month", "plus tôt cette année": group names unit, offset words. */
  relativePeriods: readonly RelativePeriodPattern[];
  /** Weekday modifiers: previous ("dernier", "last"), this ("ce", "this"), next ("prochain", "next"). */
  weekdayModifiers: Offsets;
  /** Words that count from a weekday up to the writing ("since Monday", « depuis lundi »): it is on or before the day of writing, whatever the tense. */
  sinceWords: readonly string[];
  /** "earlier", "later", « plus tard »: the same weekday as the one just reported. */
  sameDayWords: readonly string[];
  /** Times of day that may follow a weekday ("soir", "evening"). */
  timesOfDay: readonly string[];
  /**
   * A night across two weekdays, « dans la nuit de dimanche à lundi », "overnight Sunday into Monday":
   * the words before the first weekday and between the two, as pattern sources, and the word for the
   * night that every such phrase contains.
   */
  overnight: { before: string; between: string; night: string };
  /**
   * "deux mois après un sommet tendu", "one day after Russian strikes": group 1 the count, group 2 the
   * unit, group 3 whether what follows came after ("après") or before the main clause's time.
   */
  interval: RegExp;
  /** The words of `interval`'s group 3: "after" (the complement tells of something before the main clause) and "before". */
  intervalWords: { after: readonly string[]; before: readonly string[] };
  /** How a text relates its time to a reference event it names: written before it, after it began, during it, or before it happened. */
  anchorRelations: { writtenBefore: RegExp; writtenAfter: RegExp; during: RegExp; happenedBefore: RegExp };
  /** Endings of ordinal day numbers ("1st", « 1er »). */
  ordinalSuffix: string;
  /** "of" between a part and its period ("early of"?, « début de »). */
  ofWord: string;
  /** Words that may introduce a month used alone ("the November elections", « au mois de juin »). */
  monthArticles: string;
  /** "le lendemain", "the next day": offset from the day just reported; group 1 a complement that dates nothing. */
  dayAfterBefore: readonly (readonly [RegExp, number])[];
  /**
   * "two days later", « six ans plus tôt »: a count of `units` after (1) or before (−1) the date just
   * reported; group 1 the count, group 2 the unit, group 3 a comparison that dates nothing ("later than
   * planned", « plus tard que prévu »).
   */
  countedAfterBefore: readonly (readonly [RegExp, 1 | -1])[];
  /** Parts of a month or a year: "early", "début", "mi-", "fin". */
  parts: Readonly<Record<string, "early" | "mid" | "late">>;
  /** Seasons, to the months they cover (meteorological, northern hemisphere). */
  seasons: Readonly<Record<string, readonly [number, number]>>;
  /**
   * Equal shares of a year, counted by an ordinal before them: "the first half of 2025", « au troisième
   * trimestre 2024 ». `units` gives each share's length in months, `ordinals` each ordinal's number.
   */
  yearShares: { units: Readonly<Record<string, number>>; ordinals: Readonly<Record<string, number>> };
  /** Words that must open a season for it to be one: « a été » is a verb, "the fall of" a noun. */
  seasonOpeners: readonly string[];
  /** Prepositions that may introduce a month or a year ("en", "in", "since"). */
  timePrepositions: readonly string[];
  /** "les années 1980", "the 1980s": group 1 the decade's first year, or two digits. */
  decades: RegExp;
  /** A stated year: "en 2021", "in 2021". */
  statedYear: RegExp;
  /** Words joining the two days of a range: "au", "to", "et", "-". */
  rangeJoiners: readonly string[];
  /** "du", "from", "between": opens a range. */
  rangeOpeners: readonly string[];
  /** Lines stating when the page was published or updated. */
  publicationLine: RegExp;
  /**
   * The same after a byline ("Par AFP, publié le …", "By Jane Doe | Updated …"): group 1 the byline's
   * names, capitalised words with the pack's joiners. Case-sensitive, so that it can tell a name.
   */
  bylinePublicationLine: RegExp;

  // Tense.
  tense: TenseCues;
  /** A condition opened earlier in the clause makes a date hypothetical ("s'il était élu", "if"). */
  conditional: RegExp;
}

/**
 * What tells the tense of a clause, word by word: a lookup and a suffix test per word, as every date
 * asks the tense of its clause and a dozen patterns per sentence were a visible cost.
 */
export interface TenseCues {
  /** Multi-word future cues ("is expected to", « est attendu »): they outrank any past form they overlap. */
  futurePhrases: RegExp;
  /**
   * Phrases that put what follows at a time another event sets, either side of writing: a plan told in
   * the past ("was due to", « avait prévu de »), the infinitive of an agreement to act later ("to meet"
   * in "agreed on Monday to meet", « de se revoir » in « ont convenu lundi de se revoir »).
   */
  untimedPhrases: RegExp;
  /** Words that speak of the future on their own ("will", « prochain », « va »). */
  futureWords: ReadonlySet<string>;
  /** Endings of a future tense (« -ra », « -ront »), on lower-case words of at least `minSuffixedLength` letters. */
  futureEndings: readonly string[];
  /** Words that end like a future verb but are not one ("caméra"). */
  notFuture: ReadonlySet<string>;
  /** Simple past forms ("said", "met") and past words (« hier »). */
  pastWords: ReadonlySet<string>;
  /** Endings of a past tense ("-ed", « -ait »). */
  pastEndings: readonly string[];
  /** Auxiliaries of a compound past (« a », « ont », « s'est »): past when a participle follows within three words. */
  auxiliaries: ReadonlySet<string>;
  participleEndings: readonly string[];
  /** Words ending like a participle that are not one after an auxiliary (« a lieu » takes place now). */
  notParticiples: ReadonlySet<string>;
  /** Words after which a participle is passive, not a past tense ("will be held", "to be signed"). */
  passiveMarkers: ReadonlySet<string>;
  /**
   * Modal verbs ("could", « pourrait ») and words that time what follows from another event ("ahead
   * of", « avant »): their clause tells no time of its own, so a date in it takes no tense from another
   * clause ("could be approved in March, officials said").
   */
  modals: ReadonlySet<string>;
  /**
   * Endings of a conditional that other forms seldom share (« se tiendrait », « se retrouveraient »):
   * modal like "would", whose clause tells no time of its own.
   */
  modalEndings: readonly string[];
  minSuffixedLength: number;
}

export interface RelativePeriodPattern {
  pattern: RegExp;
  unit: "week" | "month" | "year";
  /** Periods from the current one: -1 last, 0 this, +1 next. */
  offset: number;
  /** Only the part of the period before or after the day of writing ("earlier this month"). */
  part?: "before" | "after";
  /** Names the period only after a part of it: « de semaine » in « en début de semaine », not in « jours de semaine ». */
  needsPart?: boolean;
}
