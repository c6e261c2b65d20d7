import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { DateRange, Language } from "../../domain/schemas/ingest";
import { buildDocument } from "../text/document";
import type { DateMention } from "./date-mention";
import { findDateMentions } from "./find-date-mentions";
import { parseReferenceEvents } from "./reference-events";

const referenceEvents = parseReferenceEvents(
  JSON.parse(readFileSync(fileURLToPath(new URL("../../../data/reference-events.json", import.meta.url)), "utf8")),
  "reference-events.json",
);

function published(start: string, end = start): DateRange {
  return { start, end, basis: "test" };
}

function mentions(text: string, language: Language, pub: DateRange | null): DateMention[] {
  return findDateMentions(buildDocument(text, language), { published: pub, referenceEvents });
}

/** The mention whose evidence is exactly `evidence` (first occurrence at or after `from`). */
function at(text: string, found: DateMention[], evidence: string, from = 0): DateMention | undefined {
  const start = text.indexOf(evidence, from);
  return found.find((m) => m.start === start && m.end === start + evidence.length);
}

const range = (m: DateMention | undefined) => (m ? `${m.range.start}..${m.range.end}` : "none");

function seed(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../data/articles/${name}.txt`, import.meta.url)), "utf8");
}

describe("seed articles", () => {
  it("000: the colloquium 'ce samedi 27 juin' is 2026-06-27 with a publication range", () => {
    const text = seed("000_90e75e902162ad50");
    const found = mentions(text, "fr", published("2026-06-27", "2026-06-29"));
    expect(range(at(text, found, "ce samedi 27 juin"))).toBe("2026-06-27..2026-06-27");
    expect(at(text, found, "Publié hier à 14h11")?.kind).toBe("publication");
    expect(range(at(text, found, "l'an prochain"))).toBe("2027-01-01..2027-12-31");
  });

  it("000: without a publication date, the weekday, 'l'an prochain' and the election pin 2026-06-27", () => {
    const text = seed("000_90e75e902162ad50");
    const m = at(text, mentions(text, "fr", null), "ce samedi 27 juin");
    expect(range(m)).toBe("2026-06-27..2026-06-27");
    expect(m?.basis.en).toContain("French presidential election 2027");
  });

  it("001: 'on Monday' before the April 2022 election is a range, never a day", () => {
    const text = seed("001_4f65af8bd44526b5");
    const m = at(text, mentions(text, "en", published("2020-11-09", "2022-04-09")), "on Monday");
    expect(range(m)).toBe("2020-11-09..2022-04-04");
    const unknown = at(text, mentions(text, "en", null), "on Monday");
    expect(unknown && unknown.range.start < unknown.range.end).toBe(true);
  });

  it("002: 'mercredi' is 2023-07-12, anchored on Vilnius or given the publication day", () => {
    const text = seed("002_58fc11a7e6963e4c");
    const anchored = at(text, mentions(text, "fr", null), "mercredi");
    expect(range(anchored)).toBe("2023-07-12..2023-07-12");
    expect(anchored?.basis.en).toContain("anchored on NATO summit, Vilnius (2023-07-11–2023-07-12)");
    expect(range(at(text, mentions(text, "fr", published("2023-07-12")), "mercredi"))).toBe("2023-07-12..2023-07-12");
  });

  it("003: the statement is 2022-02-04, the photo caption's date is furniture and 'il y a 2 ans' the page's age", () => {
    const text = seed("003_5241068be115698e");
    const found = mentions(text, "fr", published("2022-02-04", "2022-02-06"));
    expect(range(at(text, found, "vendredi 4 février"))).toBe("2022-02-04..2022-02-04");
    expect(at(text, found, "4 février 2022")).toBeUndefined();
    expect(at(text, found, "il y a 2 ans")?.kind).toBe("page-age");
    expect(found.filter((m) => m.kind === "event").every((m) => m.range.start !== "2020-02-04")).toBe(true);
  });

  it("004: Friday's statement and the announced trips each land on their own day", () => {
    const text = seed("004_bfcca99e1c7093f0");
    for (const pub of [published("2022-02-04"), published("2022-02-05"), published("2022-02-04", "2022-02-05")]) {
      const found = mentions(text, "fr", pub);
      expect(range(at(text, found, "vendredi"))).toBe("2022-02-04..2022-02-04");
      expect(range(at(text, found, "lundi"))).toBe("2022-02-07..2022-02-07");
      expect(range(at(text, found, "mardi"))).toBe("2022-02-08..2022-02-08");
      expect(range(at(text, found, "14 février"))).toBe("2022-02-14..2022-02-14");
      expect(range(at(text, found, "15 février"))).toBe("2022-02-15..2022-02-15");
    }
  });

  it("004: nothing is found in the furniture (the truncated teasers)", () => {
    const text = seed("004_bfcca99e1c7093f0");
    const teasers = text.indexOf("Après deux semaines");
    expect(mentions(text, "fr", published("2022-02-04")).some((m) => m.end > teasers)).toBe(false);
  });
});

describe("weekday-only mentions, by tense", () => {
  it.each([
    ["fr", "Le ministre s'est opposé mercredi au projet.", "mercredi", "2024-03-15", "2024-03-13..2024-03-13"],
    ["fr", "La ministre a plaidé ce samedi pour un accord.", "ce samedi", "2024-03-16", "2024-03-16..2024-03-16"],
    ["fr", "Le président se rendra mardi à Kyiv.", "mardi", "2024-03-15", "2024-03-19..2024-03-19"],
    ["fr", "Moscou dit attendre le chancelier lundi.", "lundi", "2024-03-15", "2024-03-18..2024-03-18"],
    ["en", "The minister said on Monday that talks had failed.", "on Monday", "2024-03-15", "2024-03-11..2024-03-11"],
    ["en", "The chancellor will travel to Kyiv on Monday.", "on Monday", "2024-03-15", "2024-03-18..2024-03-18"],
    ["en", "The summit ends next Friday.", "next Friday", "2024-03-15", "2024-03-22..2024-03-22"],
  ] as const)("%s: %s", (language, text, evidence, day, expected) => {
    expect(range(at(text, mentions(text, language, published(day)), evidence))).toBe(expected);
  });

  it("keeps both sides when the tense is unknown", () => {
    const text = "Réunion à Ankara mardi.";
    expect(range(at(text, mentions(text, "fr", published("2024-03-15")), "mardi"))).toBe("2024-03-12..2024-03-19");
  });

  it("resolves over a publication range to the first and last possible day", () => {
    const text = "Le ministre a démissionné lundi.";
    expect(range(at(text, mentions(text, "fr", published("2024-03-01", "2024-03-31")), "lundi"))).toBe(
      "2024-02-26..2024-03-25",
    );
  });

  it("leaves weekdays and 'aujourd'hui' inside quotations alone", () => {
    const text = `Il a déclaré : « nous verrons lundi ce qu'il en est aujourd'hui ».`;
    expect(mentions(text, "fr", published("2024-03-15"))).toEqual([]);
  });

  it("does nothing without any way to know when the text was written", () => {
    expect(mentions("Le ministre s'est opposé mercredi au projet.", "fr", null)).toEqual([]);
  });
});

describe("explicit dates and the stated weekday", () => {
  it("accepts a matching weekday and says it was checked", () => {
    const text = "Ils ont publié vendredi 4 février 2022 une déclaration.";
    const m = at(text, mentions(text, "fr", null), "vendredi 4 février 2022");
    expect(range(m)).toBe("2022-02-04..2022-02-04");
    expect(m?.basis.en).toContain("weekday checked");
    expect(m?.basis.fr).toContain("jour de la semaine vérifié");
  });

  it("never gives one confident day when the weekday contradicts the date", () => {
    const text = "Ils ont publié vendredi 5 février 2022 une déclaration.";
    const m = at(text, mentions(text, "fr", null), "vendredi 5 février 2022");
    expect(range(m)).toBe("2022-02-04..2022-02-05");
    expect(m?.basis.en).toContain("contradicts the stated weekday");
  });

  it("uses the weekday to pick the year of a yearless date near publication", () => {
    const text = "Joint statement in Beijing on Friday, Feb. 4.";
    const m = at(text, mentions(text, "en", published("2021-11-01", "2022-11-01")), "on Friday, Feb. 4");
    expect(range(m)).toBe("2022-02-04..2022-02-04");
    expect(m?.basis.en).toContain("year picked by the stated weekday");
    const withoutWeekday = "Joint statement in Beijing on Feb. 4.";
    expect(range(at(withoutWeekday, mentions(withoutWeekday, "en", published("2021-11-01", "2022-11-01")), "Feb. 4"))).toBe(
      "2022-02-04..2023-02-04",
    );
  });

  it("keeps a yearless date on the side of writing its tense says", () => {
    const pub = published("2021-11-01", "2022-11-01");
    const past = "The statement came on Feb. 4 in Beijing.";
    expect(range(at(past, mentions(past, "en", pub), "Feb. 4"))).toBe("2022-02-04..2022-02-04");
    const future = "Le ministre se rendra à Pékin le 12 octobre.";
    expect(range(at(future, mentions(future, "fr", published("2022-11-01")), "12 octobre"))).toBe("none");
  });

  it("takes a yearless date forward or back only as far as it lies near publication", () => {
    const text = "Olaf Scholz est attendu le 14 février.";
    expect(range(at(text, mentions(text, "fr", published("2021-12-20")), "14 février"))).toBe("2022-02-14..2022-02-14");
  });
});

describe("relative days, years and ages", () => {
  it.each([
    ["fr", "Le ministre a démissionné hier.", "hier", "2024-03-14..2024-03-14"],
    ["fr", "Le sommet s'ouvre aujourd'hui à Paris.", "aujourd'hui", "2024-03-15..2024-03-15"],
    ["en", "The minister resigned yesterday.", "yesterday", "2024-03-14..2024-03-14"],
    ["fr", "Les élections auront lieu l'an prochain.", "l'an prochain", "2025-01-01..2025-12-31"],
    ["en", "Elections are due next year.", "next year", "2025-01-01..2025-12-31"],
    ["fr", "L'alliance a été créée en 2021.", "en 2021", "2021-01-01..2021-12-31"],
    ["fr", "Le traité a été signé il y a trois jours.", "il y a trois jours", "2024-03-12..2024-03-12"],
  ] as const)("%s: %s", (language, text, evidence, expected) => {
    const m = at(text, mentions(text, language, published("2024-03-15")), evidence);
    expect(range(m)).toBe(expected);
    expect(m?.kind).toBe("event");
  });

  it("reads an age on its own line as the page's age and a publication line as the publication", () => {
    const text = "Titre\n  • 2 years ago\nPublished yesterday at 9:40\nThe minister resigned yesterday.";
    const found = mentions(text, "en", published("2024-03-15"));
    expect(at(text, found, "2 years ago")?.kind).toBe("page-age");
    expect(at(text, found, "Published yesterday at 9:40")?.kind).toBe("publication");
    expect(range(at(text, found, "yesterday", text.indexOf("resigned")))).toBe("2024-03-14..2024-03-14");
    expect(found.filter((m) => m.kind === "event")).toHaveLength(1);
  });

  it.each([
    ["fr", "Par AFP, publié le 22 novembre 2023\nLe ministre a démissionné mardi.", "Par AFP, publié le 22 novembre 2023", "mardi", "2023-11-21..2023-11-21"],
    ["fr", "Par Le Monde avec AFP | Mis à jour le 03/05/2024 à 10h12\nLa ministre a parlé jeudi.", "Par Le Monde avec AFP | Mis à jour le 03/05/2024 à 10h12", "jeudi", "2024-05-02..2024-05-02"],
    ["en", "By Jane Doe | Updated March 14, 2024\nThe minister resigned on Wednesday.", "By Jane Doe | Updated March 14, 2024", "on Wednesday", "2024-03-13..2024-03-13"],
    ["en", "By Reuters Staff, Published 2 June 2023\nThe summit opened on Monday.", "By Reuters Staff, Published 2 June 2023", "on Monday", "2023-05-29..2023-05-29"],
  ] as const)("%s: a byline with its publication stamp states the publication: %s", (language, text, line, weekday, expected) => {
    const found = mentions(text, language, null);
    expect(at(text, found, line)?.kind).toBe("publication");
    expect(range(at(text, found, weekday))).toBe(expected);
  });

  it.each([
    ["en", "By Friday, updated figures showed the strike had been called off on 4 March 2024."],
    ["fr", "Par Mars, mis à jour le 4 mars 2024, le registre montrait autre chose."],
  ] as const)("%s: prose that opens like a byline is not a publication line: %s", (language, text) => {
    const found = mentions(text, language, null);
    expect(found.filter((m) => m.kind === "publication")).toHaveLength(0);
  });
});

describe("anchoring on reference events without a publication date", () => {
  it("takes the weekday in the week after a summit the text says it follows", () => {
    const text = "Après le sommet de l'OTAN à Madrid, le chef du gouvernement a déclaré jeudi que rien n'était joué.";
    const m = at(text, mentions(text, "fr", null), "jeudi");
    expect(range(m)).toBe("2022-06-30..2022-06-30");
    expect(m?.basis.en).toContain("NATO summit, Madrid");
  });

  it("dates a statement made during a named summit", () => {
    const text = "The prime minister spoke during the Vilnius summit about Ukraine.";
    expect(range(at(text, mentions(text, "en", null), "Vilnius summit"))).toBe("2023-07-11..2023-07-12");
  });

  it("bounds a text written before a forthcoming summit by the previous one, and keeps a range", () => {
    const text = "Ahead of the forthcoming Vilnius summit, the minister said on Monday that Sweden would join.";
    expect(range(at(text, mentions(text, "en", null), "on Monday"))).toBe("2022-06-27..2023-07-10");
  });

  it("keeps the whole span when anchors contradict each other", () => {
    const text = "Après le sommet de l'OTAN à Vilnius et avant le prochain sommet de Madrid, il a parlé lundi.";
    const m = at(text, mentions(text, "fr", null), "lundi");
    expect(m?.basis.en).toContain("conflict");
    expect(m && m.range.start < m.range.end).toBe(true);
  });
});
