import type { Language, Span } from "../../domain/schemas/ingest";
import type { EventPlace, Place } from "../../domain/schemas/places";

interface PlaceMatcher {
  place: Place;
  pattern: RegExp;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Words that put what follows in a place ("à Pékin", "au Kremlin", "in Vilnius"). A city named
 * without one is usually a metonym for a government ("en désaccord avec Washington"), not where
 * anything happened.
 */
const LOCATIVES: Record<Language, string> = {
  fr: "(?:à|au|aux|dans|depuis|en visite à)\\s+(?:la\\s+|le\\s+|l['’]\\s*)?",
  en: "(?:in|at|from|to)\\s+(?:the\\s+)?",
};

/** One matcher per place and language, built once: a name after a locative word, as a whole word. */
export function placeMatchers(places: readonly Place[], language: Language): PlaceMatcher[] {
  return places.map((place) => {
    const names = [...new Set([...place.names[language], ...place.names.en, ...place.names.fr])]
      .map((name) => escape(name.replace(/^(?:the|l['’])\s*/i, "")))
      .join("|");
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${LOCATIVES[language]}(?:${names})(?![\\p{L}\\p{N}])`, "iu");
    return { place, pattern };
  });
}

/** The stretch of text around `span` up to the nearest boundary characters on each side. */
function around(text: string, span: Span, boundary: RegExp): Span {
  let start = span.start;
  while (start > 0 && !boundary.test(text.charAt(start - 1))) start -= 1;
  let end = span.end;
  while (end < text.length && !boundary.test(text.charAt(end))) end += 1;
  return { start, end };
}

function firstPlaceIn(text: string, window: Span, matchers: readonly PlaceMatcher[]): Place | null {
  const slice = text.slice(window.start, window.end);
  let best: { at: number; place: Place } | null = null;
  for (const { place, pattern } of matchers) {
    const at = slice.search(pattern);
    if (at >= 0 && (best === null || at < best.at)) best = { at, place };
  }
  return best?.place ?? null;
}

/**
 * Where an event happened, as far as the article says: the first known place the sentence that dates
 * it puts something in, else its paragraph. Null when neither does: the app then draws the event at
 * its first country, and never at a city the text did not name as a place.
 */
export function findEventPlace(text: string, evidence: Span, matchers: readonly PlaceMatcher[]): EventPlace | null {
  for (const boundary of [/[.!?\n]/, /\n/]) {
    const place = firstPlaceIn(text, around(text, evidence, boundary), matchers);
    if (place) return { id: place.id, name: place.name, lon: place.lon, lat: place.lat };
  }
  return null;
}
