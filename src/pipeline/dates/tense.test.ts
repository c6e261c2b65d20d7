import { describe, expect, it } from "vitest";
import type { Language } from "../../domain/schemas/ingest";
import { buildDocument } from "../text/document";
import { tenseAround } from "./tense";

function tenseOf(sentence: string, word: string, language: Language) {
  const start = sentence.indexOf(word);
  return tenseAround(buildDocument(sentence, language), { start, end: start + word.length });
}

describe("tenseAround", () => {
  it.each([
    ["Le président français Emmanuel Macron s’est opposé mercredi à une poussée de l’OTAN.", "mercredi", "past"],
    ["Vladimir Poutine a obtenu vendredi le soutien de la Chine.", "vendredi", "past"],
    ["Ils étaient en désaccord avec Washington vendredi, condamnant l'influence.", "vendredi", "past"],
    ["Emmanuel Macron se rendra également mardi en Ukraine.", "mardi", "future"],
    ["Le Kremlin a confirmé attendre le président français Emmanuel Macron lundi et Olaf Scholz.", "lundi", "future"],
    ["Olaf Scholz y est attendu jeudi.", "jeudi", "future"],
    ["La ministre participera jeudi à une réunion.", "jeudi", "future"],
    // A stated intention looks ahead, even beside a report in the past.
    ["La Suède espère adhérer d'ici à la mi-juin, a déclaré le mois dernier son Premier ministre.", "mi-juin", "future"],
    ["Le gouvernement prévoit de signer l'accord en juillet, a indiqué lundi un porte-parole.", "juillet", "future"],
  ] as const)("fr: %s", (sentence, word, expected) => {
    expect(tenseOf(sentence, word, "fr")).toBe(expected);
  });

  it.each([
    ["In an interview on Monday, Melenchon gave his thoughts.", "Monday", "past"],
    ["The minister said on Tuesday that talks had failed.", "Tuesday", "past"],
    ["The chancellor will travel to Kyiv on Monday.", "Monday", "future"],
    ["He is expected to arrive on Friday.", "Friday", "future"],
    ["The prime minister wrote on social media late on Tuesday that it was a good day.", "Tuesday", "past"],
    ["The delegation flew to Ankara on Monday.", "Monday", "past"],
    ["The two sides fought over the wording on Thursday.", "Thursday", "past"],
    // A stated intention looks ahead, even beside a report in the past.
    ["Sweden hopes to join by mid-June, its prime minister said last month.", "mid-June", "future"],
    ["The government aims to sign the deal in July, a spokesman said on Monday.", "July", "future"],
  ] as const)("en: %s", (sentence, word, expected) => {
    expect(tenseOf(sentence, word, "en")).toBe(expected);
  });

  it("reads each written form of a word apart, whatever was read before: \"United\" in a name is no past", () => {
    expect(tenseOf("The rebels united on Monday.", "Monday", "en")).toBe("past");
    expect(tenseOf("The United Nations meets on Monday.", "Monday", "en")).toBeNull();
    expect(tenseOf("The rebels united on Monday.", "Monday", "en")).toBe("past");
  });

  it("returns null when the sentence has no verb cue", () => {
    expect(tenseOf("Réunion à Ankara mardi.", "mardi", "fr")).toBeNull();
  });

  it.each([
    ["fr", "Mardi, Anne Durand, qui préside la commission, a déclaré que tout était prêt.", "Mardi", "past"],
    ["en", "On Tuesday, Anne Durand, who chairs the committee, said all was ready.", "Tuesday", "past"],
  ] as const)("%s: a relative clause closed by its commas does not cut the date from the verb after it: %s", (language, sentence, word, expected) => {
    expect(tenseOf(sentence, word, language)).toBe(expected);
  });

  it.each([
    ["fr", "Le sommet, qui s'ouvre mardi, a été annoncé en janvier.", "mardi", null],
    ["fr", "Le ministre, qui est arrivé mardi, a jugé l'accord solide.", "mardi", "past"],
    ["en", "The summit, which opens on Tuesday, was announced in January.", "Tuesday", null],
    ["en", "The minister, who arrived on Tuesday, called the deal solid.", "Tuesday", "past"],
  ] as const)("%s: a date in a relative clause between commas takes its own clause's tense, never the main verb's: %s", (language, sentence, word, expected) => {
    expect(tenseOf(sentence, word, language)).toBe(expected);
  });

  it.each([
    ["fr", "Le président a appelé dimanche les Alliés à l'unité avant le sommet qui s'ouvre mardi à Vilnius.", "mardi"],
    ["en", "The president called for unity on Sunday before a summit that opens on Tuesday in Vilnius.", "Tuesday"],
  ] as const)("%s: does not take the tense of another clause across « qui » or \"that\": %s", (language, sentence, word) => {
    expect(tenseOf(sentence, word, language)).toBeNull();
  });

  it.each([
    ["fr", "Le plan pourrait être approuvé en mars, selon des responsables.", "mars"],
    ["fr", "Les ministres peuvent se retrouver jeudi, a dit le porte-parole.", "jeudi"],
    ["en", "The plan could be approved in March, officials said.", "March"],
    ["en", "The ministers might meet on Thursday, a spokesman said.", "Thursday"],
  ] as const)("%s: a modal's clause tells no time, and takes none from the report around it: %s", (language, sentence, word) => {
    expect(tenseOf(sentence, word, language)).toBeNull();
  });

  it("reads « a lieu » as taking place now, not as a past, and « a eu lieu » as the past", () => {
    expect(tenseOf("Le sommet a lieu mardi à Vilnius.", "mardi", "fr")).toBeNull();
    expect(tenseOf("Les élections ont lieu dimanche.", "dimanche", "fr")).toBeNull();
    expect(tenseOf("Le sommet a eu lieu mardi à Vilnius.", "mardi", "fr")).toBe("past");
  });

  it("reads « a été » with its participle as the past, « être » with it as a passive", () => {
    expect(tenseOf("Le plan a été approuvé mardi.", "mardi", "fr")).toBe("past");
    expect(tenseOf("Le plan va être approuvé mardi.", "mardi", "fr")).toBe("future");
  });

  it("takes the sentence's verb across a comma", () => {
    expect(tenseOf("Le ministre a annoncé, lundi, un nouveau plan.", "lundi", "fr")).toBe("past");
  });

  it("fr: « avant », « à la veille de » time what follows from another event, not from the report", () => {
    expect(tenseOf("Le ministre a parlé, avant la réunion des alliés de jeudi.", "jeudi", "fr")).toBeNull();
  });

  it("fr: a participle opening the words' own clause tells its own time, which a future across the comma does not give", () => {
    expect(tenseOf("Les négociations, entamées lundi, se poursuivront demain.", "lundi", "fr")).toBeNull();
    expect(tenseOf("L'accord, signé mardi, entrera en vigueur en mai.", "mardi", "fr")).toBeNull();
    // A past across the comma still governs: the participle's event came before it.
    expect(tenseOf("Le ministre, arrivé lundi à Kyiv, a rencontré son homologue.", "lundi", "fr")).toBe("past");
  });

  it.each([
    ["fr", "Les ministres avaient convenu lundi de se revoir vendredi.", "vendredi", null],
    ["fr", "Les ministres avaient convenu lundi de se revoir vendredi.", "lundi", "past"],
    ["fr", "Le président avait prévu de recevoir vendredi son homologue.", "vendredi", null],
    ["en", "Ministers had agreed on Monday to meet again on Friday.", "Friday", null],
    ["en", "Ministers had agreed on Monday to meet again on Friday.", "Monday", "past"],
    ["en", "The president was due to host his counterpart on Friday.", "Friday", null],
    ["en", "The president is due to host his counterpart on Friday.", "Friday", "future"],
  ] as const)("%s: a plan told in the past, or an agreement to act later, puts what follows either side of writing: %s (%s)", (language, sentence, word, expected) => {
    expect(tenseOf(sentence, word, language)).toBe(expected);
  });

  it.each([
    ["The president is on Friday due to host his counterpart.", "Friday", "future"],
    ["The ministers are this week expected to agree on a plan by Friday.", "Friday", "future"],
    ["The president is not expected to attend on Friday.", "Friday", "future"],
    ["The delay is largely due to the strikes on Friday.", "Friday", null],
  ] as const)("en: a time or a negation between \"is\" and \"due to\" leaves a plan; \"due to\" a cause is none: %s", (sentence, word, expected) => {
    expect(tenseOf(sentence, word, "en")).toBe(expected);
  });

  it("en: a present passive tells no past", () => {
    expect(tenseOf("The vote is expected by Friday.", "Friday", "en")).toBeNull();
    expect(tenseOf("The vote was expected on Friday.", "Friday", "en")).toBe("past");
  });

  it("en: a schedule tells no time: the day may lie either side of writing", () => {
    expect(tenseOf("The talks, scheduled for Monday, will be decisive.", "Monday", "en")).toBeNull();
    expect(tenseOf("The vote, planned for Thursday, was postponed.", "Thursday", "en")).toBeNull();
    expect(tenseOf("Allies must spend more, he has said, ahead of a meeting of ministers on Thursday.", "Thursday", "en")).toBeNull();
    // "is scheduled to" still looks ahead.
    expect(tenseOf("The minister is scheduled to arrive on Friday.", "Friday", "en")).toBe("future");
  });

  it("only looks inside the mention's sentence", () => {
    expect(tenseOf("Il a parlé hier. Réunion mardi.", "mardi", "fr")).toBeNull();
  });
});
