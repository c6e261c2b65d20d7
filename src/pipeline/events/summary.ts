import { MARKDOWN_LINK } from "../text/boilerplate-rules";
import { shorten } from "../title";

/** Long enough for the sentence that carries the date, short enough for a list item. */
const MAX_SUMMARY_CHARS = 220;

/** An extractive summary in the article's language: the dated sentence, link markup removed, trimmed. */
export function summarise(sentence: string): string {
  const plain = sentence.replace(MARKDOWN_LINK, (link) => link.slice(1, link.indexOf("]("))).replace(/\s+/gu, " ").trim();
  return shorten(plain, MAX_SUMMARY_CHARS);
}
