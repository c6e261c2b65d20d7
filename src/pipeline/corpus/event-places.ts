import { flatMapped } from "../../domain/flat-mapped";
import type { Language, Span } from "../../domain/schemas/ingest";
import type { EventPlace, Place } from "../../domain/schemas/places";
import { escapeRegExp } from "../text/escape-regexp";
import { NOT_AFTER_LETTER_OR_NUMBER } from "../text/word-edges";

/** The places of one language, and what finds them in a stretch of text. */
export interface PlaceMatchers {
  /** What an event found at each place says of it, in table order: one object per place, shared by its events. */
  places: readonly EventPlace[];
  /** Every name of every place, case-insensitive: a window none occurs in cannot name a place. */
  anyName: RegExp;
  /**
   * One alternative per place, `(P1)|(P2)|…`, each capturing: the leftmost match, and at that position
   * the first place in table order, is what searching for each place's pattern and keeping the earliest
   * gives, in one pass over the text instead of one per place.
   */
  first: RegExp;
}


/**
 * Words that put what follows in a place ("à Pékin", "au Kremlin", "in Vilnius"). A city named
 * without one is usually a metonym for a government ("en désaccord avec Washington"), not where
 * anything happened.
 */
const LOCATIVE_WORDS: Record<Language, string> = {
  fr: "(?:à|au|aux|dans|depuis|en visite à)",
  en: "(?:in|at|from|to)",
};
/** The article a place name may take after the locative word ("à la Haye", "in the Hague"). */
const ARTICLES: Record<Language, string> = {
  fr: "(?:la\\s+|le\\s+|l['’]\\s*)?",
  en: "(?:the\\s+)?",
};
const NOT_IN_WORD = NOT_AFTER_LETTER_OR_NUMBER;

/** The matchers of one language, built once: a place is a name after a locative word, as a whole word. */
export function placeMatchers(places: readonly Place[], language: Language): PlaceMatchers {
  const namesOf = (place: Place) =>
    [...new Set([...place.names[language], ...place.names.en, ...place.names.fr])].map((name) =>
      escapeRegExp(name.replace(/^(?:the|l['’])\s*/i, "")),
    );
  const locative = `${LOCATIVE_WORDS[language]}\\s+${ARTICLES[language]}`;
  const patternOf = (place: Place) => `${locative}(?:${namesOf(place).join("|")})(?![\\p{L}\\p{N}])`;
  // Every alternative starts with a locative word at a word start: checking that once per position, before
  // trying the places one by one (and not again in each), leaves the matches as they are. `(?!)` never
  // matches (no places, nothing found).
  const alternatives = places.map((place) => `(${patternOf(place)})`).join("|");
  return {
    places: places.map((place) => ({ id: place.id, name: place.name, lon: place.lon, lat: place.lat })),
    anyName: new RegExp(flatMapped(places, namesOf).join("|") || "(?!)", "iu"),
    first: new RegExp(alternatives ? `${NOT_IN_WORD}(?=${LOCATIVE_WORDS[language]}\\s)(?:${alternatives})` : "(?!)", "iu"),
  };
}

/** . ! ? or a line break, as a UTF-16 unit. */
const isSentenceEnd = (unit: number) => unit === 0x2e || unit === 0x21 || unit === 0x3f || unit === 0x0a;

/** The sentence around `span`: up to the nearest . ! ? or line break on each side. */
function sentenceAround(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && !isSentenceEnd(text.charCodeAt(start - 1))) start -= 1;
  let end = span.end;
  while (end < text.length && !isSentenceEnd(text.charCodeAt(end))) end += 1;
  return { start, end };
}

/** The paragraph (line) around `span`: up to the nearest line break on each side. */
function paragraphAround(text: string, span: Span): Span {
  const end = text.indexOf("\n", span.end);
  return { start: span.start > 0 ? text.lastIndexOf("\n", span.start - 1) + 1 : 0, end: end < 0 ? text.length : end };
}

function firstPlaceIn(text: string, window: Span, matchers: PlaceMatchers): EventPlace | null {
  const slice = text.slice(window.start, window.end);
  // Most sentences name no place: a cheap search for the names rules them out.
  if (!matchers.anyName.test(slice)) return null;
  const match = matchers.first.exec(slice);
  const group = match ? match.findIndex((captured, i) => i > 0 && captured !== undefined) : -1;
  return group > 0 ? (matchers.places[group - 1] ?? null) : null;
}

/** Sentence, then paragraph: the windows searched for a place, in order. */
const WINDOWS = [sentenceAround, paragraphAround];

/**
 * Where events of one article happened, as far as the article says: the first known place the sentence
 * that dates an event puts something in, else its paragraph. Null when neither does: the app then draws
 * the event at its first country, and never at a city the text did not name as a place. Events share
 * sentences and paragraphs, so each window is searched once.
 */
export function createPlaceFinder(text: string, matchers: PlaceMatchers): (evidence: Span) => EventPlace | null {
  // Keyed by start and end as one number (an article is far shorter than the square root of 2^53 characters).
  const searched = new Map<number, EventPlace | null>();
  const placeIn = (window: Span) => {
    const key = window.start * (text.length + 1) + window.end;
    let place = searched.get(key);
    if (place === undefined) searched.set(key, (place = firstPlaceIn(text, window, matchers)));
    return place;
  };
  return (evidence) => {
    for (const windowAround of WINDOWS) {
      const place = placeIn(windowAround(text, evidence));
      if (place) return place;
    }
    return null;
  };
}
