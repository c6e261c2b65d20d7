import { withoutLinkMarkup } from "../../domain/link-markup";
import { shorten } from "../title";

/** Long enough for the sentence that carries the date, short enough for a list item. */
const MAX_SUMMARY_CHARS = 220;

/** An extractive summary in the article's language: the dated sentence, link markup removed, trimmed. */
export function summarise(sentence: string): string {
  const plain = withoutLinkMarkup(sentence).replace(/\s+/gu, " ").trim();
  return shorten(plain, MAX_SUMMARY_CHARS);
}
