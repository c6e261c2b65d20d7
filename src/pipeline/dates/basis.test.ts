import { describe, expect, it } from "vitest";
import { frenchTypography } from "../../domain/french-typography";
import * as basis from "./basis";
import type { Basis } from "./basis";

const frame = basis.publicationDate("2022-02-04");

/** Every phrase of the module, built with sample values where it takes some. */
const PHRASES: [string, Basis][] = [
  ["publicationDate", frame],
  ["publicationRange", basis.publicationRange("2022-02-04–2022-02-06")],
  ["referenceConflict", basis.referenceConflict],
  ["anchoredOn", basis.anchoredOn("NATO summit, Vilnius", true)],
  ["nearStatedDates", basis.nearStatedDates("2022-02-04")],
  ["explicitDate", basis.explicitDate],
  ["yearStated", basis.yearStated],
  ["decade", basis.decade],
  ["explicitMonth", basis.explicitMonth],
  ["partOfYear", basis.partOfYear],
  ["explicitDays", basis.explicitDays],
  ["seasonOfYear", basis.seasonOfYear],
  ["dayMonthAfterStory", basis.dayMonthAfterStory("1990-10-03")],
  ["dayMonthFrom", basis.dayMonthFrom(frame)],
  ["yearAmbiguous", basis.yearAmbiguous(2, "2021-03-05–2022-03-05")],
  ["weekdayContradiction", basis.weekdayContradiction("2024-03-05", "lundi")],
  ["rangeOfDaysFrom", basis.rangeOfDaysFrom(frame)],
  ["seasonFrom", basis.seasonFrom(frame)],
  ["referenceEvent", basis.referenceEvent("NATO summit, Madrid", "2022-06-28–2022-06-30")],
  ["relativeTo", basis.relativeTo("mercredi", frame)],
  ["fromDayBefore", basis.fromDayBefore("le lendemain", "2022-02-04")],
  ["overnight", basis.overnight],
  ["countedFromDateBefore", basis.countedFromDateBefore("deux jours plus tard", "2022-02-04")],
  ["pageAge", basis.pageAge(frame)],
  ["agoBefore", basis.agoBefore("il y a trois jours", frame)],
  ["aheadOf", basis.aheadOf("dans deux semaines", frame)],
  ["publicationOnPage", basis.publicationOnPage],
  ["publicationLine", basis.publicationLine(frame)],
  ["publicationLine without a frame", basis.publicationLine(null)],
  ["countedFromClause", basis.countedFromClause("two days later", "2022-02-04")],
  ["monthRelative (modifier)", basis.monthRelative(frame, { modifier: "dernier" })],
  ["monthRelative (tense)", basis.monthRelative(frame, { tense: "past" })],
  ["monthRelative (unknown)", basis.monthRelative(frame, null)],
  ["sameWeekdayBefore", basis.sameWeekdayBefore("mercredi", "2022-02-02")],
  ["weekdayInWeek", basis.joined(basis.weekdayInWeek(frame), basis.tenseNote("future", true))],
  ["weekdayTowards", basis.joined(basis.weekdayTowards("past", frame), basis.tenseNote(null, false))],
  ["statementUndated", basis.statementUndated],
  ["statementOwnBefore", basis.statementOwnBefore("Emmanuel Macron")],
  ["statementNamedNoun", basis.statementNamedNoun("summit")],
  ["statementRule", basis.joined(basis.statementRule(basis.statementParagraph), basis.relativeTo("hier", frame))],
];

describe("date bases", () => {
  it.each(PHRASES)("%s says it in both languages, the French by its typography", (_, phrase) => {
    expect(phrase.en.trim()).not.toBe("");
    expect(phrase.fr).not.toBe(phrase.en);
    expect(frenchTypography(phrase.fr)).toBe(phrase.fr);
  });

  it("quotes the article's words as written, in each language's quotation marks", () => {
    const phrase = basis.relativeTo("mercredi", frame);
    expect(phrase.en).toBe('"mercredi" relative to publication date 2022-02-04');
    expect(phrase.fr).toBe("«\u202fmercredi\u202f» rapporté à la date de publication, 2022-02-04");
  });

  it("gives the ingest output the English as `basis` and the French beside it", () => {
    expect(basis.basisFields(basis.explicitDate)).toEqual({ basis: "explicit date", basisFr: "date écrite en entier" });
  });
});
