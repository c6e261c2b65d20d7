import type { Language } from "../../domain/schemas/ingest";
import { en } from "./en";
import { fr } from "./fr";
import type { LanguagePack } from "./language-pack";

const PACKS: Record<Language, LanguagePack> = { en, fr };

export function packFor(language: Language): LanguagePack {
  return PACKS[language];
}
