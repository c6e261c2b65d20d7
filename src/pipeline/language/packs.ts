import type { Language } from "../../domain/schemas/ingest";
import { withFastWordEdges } from "../text/word-edges";
import { en } from "./en";
import { fr } from "./fr";
import type { LanguagePack } from "./language-pack";

/**
 * A copy of `value` in which every pattern says "not after a letter" in the faster form of
 * text/word-edges.ts: the packs keep the plain spelling, `(?<!\p{L})`, for their readers. Plain
 * objects, arrays and maps are copied; anything else (word sets, chrono's parsers) is shared.
 */
function withFastPatterns<T>(value: T): T {
  if (value instanceof RegExp) return withFastWordEdges(value) as T;
  if (Array.isArray(value)) return value.map(withFastPatterns) as T;
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, withFastPatterns(v)])) as T;
  if (value === null || typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withFastPatterns(v)])) as T;
}

const PACKS: Record<Language, LanguagePack> = { en: withFastPatterns(en), fr: withFastPatterns(fr) };

export function packFor(language: Language): LanguagePack {
  return PACKS[language];
}
