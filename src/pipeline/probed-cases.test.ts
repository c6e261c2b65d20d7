import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { DateRange, Language } from "../domain/schemas/ingest";
import { analyzeArticle } from "./analyze-article";
import { findDateMentions } from "./dates/find-date-mentions";
import { parseReferenceEvents } from "./dates/reference-events";
import { buildDocument } from "./text/document";

/**
 * Cases found by probing the pipeline with invented wire stories: each was once wrong (a confident
 * wrong day, a wrong or missing speaker, a missed date form). Sentences of our own, both languages.
 */

const referenceEvents = parseReferenceEvents(
  JSON.parse(readFileSync(join(import.meta.dirname, "../../data/reference-events.json"), "utf8")),
  "data/reference-events.json",
);
const pub = (start: string, end = start): DateRange => ({ start, end, basis: "test" });
/** A Wednesday. */
const W = pub("2024-03-06");

/** Each quote as "words → speaker @ start..end" (the words cut to 25 characters). */
function quotes(text: string, language: Language, published: DateRange | null = W): string[] {
  const article = analyzeArticle({ id: "t", text, language, outlet: null, published }, []);
  return article.events.flatMap((e) => e.quotes.map((q) => `${q.text.slice(0, 25)} → ${q.speaker} @ ${e.date.start}..${e.date.end}`));
}

/** Each event-dating mention as '"words" start..end'. */
function dates(text: string, language: Language, published: DateRange | null = W): string[] {
  return findDateMentions(buildDocument(text, language), { published, referenceEvents })
    .filter((m) => m.kind === "event")
    .map((m) => `${JSON.stringify(text.slice(m.start, m.end))} ${m.range.start}..${m.range.end}`);
}

const found = (items: string[], expected: string) => expect(items.some((item) => item.includes(expected)), `${JSON.stringify(items)} should include ${expected}`).toBe(true);

describe("dates found by probing", () => {
  it.each([
    ["1a", () => dates("The treaty will be signed on Tuesday in Brussels.", "en"), "2024-03-12"],
    ["1b", () => dates("The summit will be held in June.", "en"), "2024-06-01..2024-06-30"],
    ["1c", () => dates("The summit is expected to be held on Friday.", "en"), "2024-03-08"],
    ["6a", () => dates("The drills took place last spring.", "en"), "2023-03-01..2023-05-31"],
    ["6b", () => dates("The drills took place in the spring of 2022.", "en"), "2022-03-01..2022-05-31"],
    ["7a", () => dates("La Finlande a rejoint l'alliance l'an dernier.", "fr"), "2023-01-01..2023-12-31"],
    ["8a", () => dates("Les ministres se sont réunis les 3 et 4 mars à Bruxelles.", "fr"), "2024-03-03..2024-03-04"],
    ["8b", () => dates("Ministers met in Brussels on 3 and 4 March.", "en"), "2024-03-03..2024-03-04"],
    ["8c", () => dates("Les ministres se réuniront entre le 9 et le 11 juillet.", "fr"), "2024-07-09..2024-07-11"],
    ["8d", () => dates("Ministers met on February 27 and 28.", "en"), "2024-02-27..2024-02-28"],
    ["21", () => dates("Orban met Xi on Thursday. Later Thursday, Orban flew to Washington.", "en", pub("2024-07-12")), "\"Later Thursday\" 2024-07-11..2024-07-11"],
    ["22", () => dates("Elections are due early next year.", "en"), "2025-01-01..2025-04-30"],
    ["23a", () => dates("The summit will be held from July 9 to 11.", "en"), "2024-07-09..2024-07-11"],
    ["23b", () => dates("The summit will be held July 9-11.", "en"), "2024-07-09..2024-07-11"],
    ["23c", () => dates("The summit will be held on 9-11 July.", "en"), "2024-07-09..2024-07-11"],
    ["24", () => dates("Lors du sommet de Vilnius, il a parlé.", "fr", null), "2023-07-11"],
    ["25a", () => dates("The summit is due in mid-July.", "en"), "2024-07-11..2024-07-20"],
    ["25b", () => dates("Le Bélarus l'a rejointe officiellement ce jeudi.", "fr", pub("2024-07-05")), "2024-07-04..2024-07-04"],
    ["25c", () => dates("Le sommet aura lieu à la fin du mois prochain.", "fr"), "2024-04-21..2024-04-30"],
    ["26", () => dates("Il est parti en janvier.", "fr"), "\"en janvier\""],
  ] as const)("%s", (_, run, expected) => found(run(), expected));
});

describe("quotes found by probing: speaker and date", () => {
  it.each([
    ["1d", () => quotes('Anne Durand said the treaty will be signed on Tuesday in Brussels, calling it "a turning point for Europe".', "en"), "2024-03-06..2024-03-06"],
    ["2a", () => quotes("Anne Durand a rappelé que l'accord signé le 4 février 2022 restait « pleinement valable ».", "fr"), "@ 2024-03-06"],
    ["2b", () => quotes('Anne Durand recalled that the agreement signed on February 4, 2022 remained "fully valid".', "en"), "@ 2024-03-06"],
    ["3a", () => quotes("« Nous ne laisserons personne tester notre solidarité », a déclaré Anne Durand lors du sommet de l'OTAN, qui s'est ouvert mardi à Washington.", "fr", pub("2024-07-11")), "@ 2024-07-11"],
    ["3b", () => quotes('"We will let no one test our solidarity," Anne Durand said at the NATO summit, which opened on Tuesday in Washington.', "en", pub("2024-07-11")), "@ 2024-07-11"],
    ["4a", () => quotes("L'ancien Premier ministre John Harper, qui avait négocié le pacte il y a trois ans, s'est dit « fier » du chemin parcouru.", "fr", pub("2024-03-14", "2024-03-15")), "@ 2024-03-14..2024-03-15"],
    ["4b", () => quotes('Former prime minister John Harper, who negotiated the pact three years ago, said he was "proud" of the progress made.', "en", pub("2024-03-14", "2024-03-15")), "@ 2024-03-14..2024-03-15"],
    ["5a", () => quotes("Anne Durand a déclaré que depuis 2014, la Russie « menace directement » l'Europe.", "fr"), "@ 2024-03-06"],
    ["5b", () => quotes('Anne Durand said that since 2014, Russia had "directly threatened" Europe.', "en"), "@ 2024-03-06"],
    ["9", () => quotes('The European Union opened accession talks with Ukraine on Tuesday.\nHungary has long opposed the move. Its foreign minister, Peter Szijjarto, said yesterday that the talks were "premature and dangerous".', "en", pub("2024-06-25", "2024-06-26")), "@ 2024-06-24..2024-06-25"],
    ["10a", () => quotes("Le président russe Vladimir Poutine a reçu le président chinois Xi Jinping au Kremlin. « Nos relations sont au plus haut », a déclaré le président russe.", "fr"), "→ Vladimir Poutine"],
    ["10b", () => quotes("La ministre française Anne Durand a reçu son homologue allemand Karl Weber. « Il faut éviter l'escalade », a estimé le ministre allemand.", "fr"), "→ Karl Weber"],
    ["11a", () => quotes("Karl Weber a rencontré Mme Durand. Elle a jugé la rencontre « franche et utile ».", "fr"), "→ Durand"],
    ["11b", () => quotes("Anne Durand est arrivée à Berlin. Elle a salué ses hôtes. Paul Girard l'accompagnait. « Nous avançons ensemble », a-t-elle dit.", "fr"), "→ Anne Durand"],
    ["12a", () => quotes("Le Premier ministre australien Tom Hadley a défendu jeudi le pacte AUKUS, qualifié d'« extrêmement irresponsable » par la diplomatie chinoise.", "fr"), "→ Diplomatie chinoise"],
    ["12b", () => quotes('The European Union opened talks with Ukraine on Tuesday, a step Kyiv hailed as "historic".', "en"), "→ Kyiv"],
    ["13a", () => quotes('Peskov was responding to French President Emmanuel Macron, who said on Monday that sending troops "cannot be ruled out".', "en"), "→ Emmanuel Macron"],
    ["13b", () => quotes("Paul Girard a répondu à Karl Weber, qui l'accusait de « trahison pure et simple ».", "fr"), "→ Karl Weber"],
    ["14a", () => quotes("Karl Weber est à Paris. « Rien n'est décidé », a déclaré le porte-parole de Karl Weber.", "fr"), "→ null"],
    ["14b", () => quotes('Karl Weber is in Paris. "Nothing is decided," a spokesman for Karl Weber said.', "en"), "→ null"],
    ["14c", () => quotes('Karl Weber is in Paris. "Nothing is decided," Karl Weber\'s spokesman said.', "en"), "→ null"],
    ["15a", () => quotes('"We are disappointed," said Foreign Office spokesman Tom Reed.', "en"), "→ Tom Reed"],
    ["15b", () => quotes("Le secrétaire d'État Antony Blinken a salué un « tournant décisif ».", "fr"), "→ Antony Blinken"],
    ["16a", () => quotes("L'accord est vu par la Russie comme une « menace directe ».", "fr"), "→ Russie"],
    ["16b", () => quotes('The pact is seen by the Kremlin as a "direct threat".', "en"), "→ Kremlin"],
    ["16c", () => quotes("L'élargissement de l'alliance est vu par Moscou comme une « provocation directe ».", "fr"), "→ Moscou"],
    ["17", () => quotes("« Nous ne reculerons pas. » C'est ce qu'a assuré Paul Girard devant la presse.", "fr"), "→ Paul Girard"],
    ["18a", () => quotes("« Nous ne reculerons jamais. » Ce sont les mots de Karl Weber.", "fr"), "→ Karl Weber"],
    ["18b", () => quotes('"We will never back down." Those were the words of Karl Weber.', "en"), "→ Karl Weber"],
    ["19", () => quotes("Li Wen est arrivé à Paris. Selon lui, l'accord reste « une bonne base ».", "fr"), "→ Li Wen"],
    ["20", () => quotes("Le département d'État a jugé la situation « préoccupante et dangereuse ».", "fr"), "→ Département d'État"],
  ] as const)("%s", (_, run, expected) => found(run(), expected));
});
