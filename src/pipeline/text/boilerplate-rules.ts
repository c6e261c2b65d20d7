import { MARKDOWN_LINK } from "../../domain/link-markup";
import { allMatches } from "../../domain/all-matches";

/** A rule that marks a whole line (paragraph) as page furniture. Each says why it is furniture. */
export interface LineRule {
  name: string;
  why: string;
  matches: (line: string) => boolean;
}

/** A line mostly made of links is navigation; body paragraphs carry a few inline links at most. */
const NAVIGATION_LINK_SHARE = 0.5;
const SENTENCE_END = /[.!?…][\s"»”’)]*$/u;

function linkShare(line: string): number {
  const linkChars = allMatches(MARKDOWN_LINK, line).reduce((sum, m) => sum + m[0].length, 0);
  return linkChars / Math.max(1, line.trim().length);
}

export const LINE_RULES: readonly LineRule[] = [
  {
    name: "navigation links",
    why: "menus, breadcrumbs and share buttons are lines made of [text](#) links",
    matches: (line) =>
      line.includes("[") && linkShare(line) >= NAVIGATION_LINK_SHARE && !SENTENCE_END.test(line.replace(MARKDOWN_LINK, "")),
  },
  {
    name: "advertising and widgets",
    why: "labels the page puts between paragraphs, never written by the journalist",
    matches: (line) =>
      /^(publicité|advertisement|recommandée?s?|recommended|partager|share|nos services|lire dans l'app|accessibility links|breaking news|skip to (?:main )?content|aller au contenu|you may like|vous aimerez aussi)$/iu.test(line.trim()),
  },
  {
    name: "related-story link",
    why: "'Lire aussi', 'READ', 'En savoir plus' lines point to other stories",
    matches: (line) => /^(à |a )?(lire aussi|read|read more|see also|en savoir plus|voir aussi)\b/iu.test(line.trim()),
  },
  {
    name: "comments and related-posts widgets",
    why: "blog templates append these after the story",
    matches: (line) => /^(related posts|leave a (comment|reply)|comments?)$/iu.test(line.trim()),
  },
  {
    name: "hashtags",
    why: "a line of #tags is metadata, not prose",
    matches: (line) => /^(#[\p{L}\p{N}_]+\s*)+$/u.test(line.trim()),
  },
  {
    name: "dateline",
    why: "the page's own publication stamp ('Publié hier à 14h11') is metadata, not an event",
    matches: (line) => /^(publié|mis à jour|modifié|published|updated)(?=\s|$)/iu.test(line.trim()),
  },
  {
    name: "page age",
    why: "'• il y a 2 ans' tells the age of the page, not of any event",
    matches: (line) => /^•/u.test(line.trim()),
  },
  {
    name: "credit",
    why: "agency and author credits ('S.R. avec AFP', 'AFP.', '(avec des fils de nouvelles)')",
    matches: (line) =>
      /^(\(?(avec|with) [^)]{1,40}\)?|[\p{Lu}.]{1,10} avec [\p{Lu}]{2,10}|(AFP|AP|Reuters)\.?)$/u.test(line.trim()),
  },
  {
    name: "byline",
    why: "'By Staff Writer', 'Par Jean Martin': the author, not a person in the story",
    matches: (line) => /^(by|par) [\p{Lu}][\p{L}.' -]{1,60}$/u.test(line.trim()),
  },
  {
    name: "outlet label",
    why: "the outlet's name alone, or as a breadcrumb ('BFM >'), is navigation",
    matches: (line) => /^[\p{Lu}\d]{2,8}( ?>)?$/u.test(line.trim()),
  },
  {
    name: "topic tag",
    why: "'Dossier : X' links to the outlet's topic page",
    matches: (line) => /^(dossier|thème|topics?)\s*:/iu.test(line.trim()),
  },
  {
    name: "photo caption",
    why: "a caption ends with the photographer and agency in capitals ('ALEXEI DRUZININE/AP')",
    // The slash first: the pattern, tried at every capital of a line without one, was a visible cost.
    matches: (line) => line.includes("/") && /[\p{Lu}][\p{Lu}' -]{2,}\/(AP|AFP|REUTERS|EPA|GETTY[\p{Lu} ]*)\s*$/u.test(line.trim()),
  },
  {
    name: "truncated teaser",
    why: "a paragraph cut with '...' is a teaser of another story",
    matches: (line) => {
      // Only a line ending in dots can match: the pattern, tried at every letter of every line, was a visible cost.
      const trimmed = line.trim();
      return (trimmed.endsWith("...") || trimmed.endsWith("…")) && /\p{L}\s+(\.\.\.|…)$/u.test(trimmed);
    },
  },
];

/** A heading that opens a block of links to other stories; the headlines that follow belong to it. */
export const RELATED_BLOCK_HEADING = /^((à |a )?lire aussi|sur le même sujet|related posts|read more|à voir aussi)\s*:?$/iu;

/** An agency's credit closing a paragraph: "… on February 26. (ANI)". */
const TRAILING_CREDIT = /\s*\((?:[\p{Lu}\p{N}/ -]{2,12})\)$/u;

/** A headline has no sentence-final full stop (a question mark is common in headlines); a trailing credit does not count. */
export function looksLikeHeadline(line: string): boolean {
  return !/[.…:;,][\s"»”’)]*$/u.test(line.trim().replace(TRAILING_CREDIT, ""));
}

