import { describe, expect, it } from "vitest";
import type { Language } from "../../domain/schemas/ingest";
import { analyzeArticle } from "../analyze-article";

/** A Wednesday: every invented sentence below is read as published that day. */
const PUBLISHED = { start: "2024-03-06", end: "2024-03-06", basis: "test" };

interface Said {
  quote: string;
  speaker: string | null;
  speakers: string[];
  /** The words `speakerEvidence` points at, or null when there is no speaker. */
  evidence: string | null;
}

/** Every kept quote of an invented article, in text order, with who said it and the words that say so. */
function said(text: string, language: Language): Said[] {
  const article = analyzeArticle({ id: "t", text, language, outlet: null, published: PUBLISHED }, []);
  return article.events
    .flatMap((e) => e.quotes)
    .sort((a, b) => a.start - b.start)
    .map((q) => ({
      quote: q.text,
      speaker: q.speaker,
      speakers: q.speakers,
      evidence: q.speakerEvidence ? text.slice(q.speakerEvidence.start, q.speakerEvidence.end) : null,
    }));
}

/** A single speaker as the output states it: the name, the list of one, and the words naming them. */
const by = (quote: string, speaker: string, evidence: string = speaker): Said => ({ quote, speaker, speakers: [speaker], evidence });
const nobody = (quote: string): Said => ({ quote, speaker: null, speakers: [], evidence: null });

type Case = readonly [Language, string, Said[]];

describe("incise after the quote", () => {
  it.each<Case>([
    ["fr", "« Nous ne céderons pas », a déclaré Anne Durand à Bruxelles.", [by("Nous ne céderons pas", "Anne Durand")]],
    ["fr", "« C'est un tournant », estime Karl Weber.", [by("C'est un tournant", "Karl Weber")]],
    ["fr", "« Nous soutenons Kyiv », a dit Anne Durand à Paul Girard.", [by("Nous soutenons Kyiv", "Anne Durand")]],
    [
      "fr",
      "« Nous resterons aux côtés de Kyiv », a déclaré mardi à la presse le ministre Paul Girard.",
      [by("Nous resterons aux côtés de Kyiv", "Paul Girard", "le ministre Paul Girard")],
    ],
    ["en", '"We will not back down," Anne Durand said in Brussels.', [by("We will not back down,", "Anne Durand")]],
    ["en", '"This is a turning point," said Karl Weber.', [by("This is a turning point,", "Karl Weber")]],
    ["en", '"We support Kyiv," Anne Durand told Paul Girard.', [by("We support Kyiv,", "Anne Durand")]],
    ["en", '"We will stand by Kyiv," Defence Minister Paul Girard told reporters on Tuesday.', [by("We will stand by Kyiv,", "Paul Girard")]],
  ])("%s: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });

  it.each<Case>([
    ["fr", "Paul Girard est arrivé à Vilnius. « L'alliance tient bon », a-t-il affirmé.", [by("L'alliance tient bon", "Paul Girard")]],
    ["fr", "Mme Anne Durand a quitté la salle. « Rien n'est joué », dit-elle.", [by("Rien n'est joué", "Anne Durand")]],
    ["en", 'Paul Girard arrived in Vilnius. "The alliance is holding firm," he said.', [by("The alliance is holding firm,", "Paul Girard")]],
    ["en", 'Mrs Anne Durand left the room. "Nothing is settled," she said.', [by("Nothing is settled,", "Anne Durand")]],
  ])("%s: a pronoun in the incise names the person before it: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });

  it.each<Case>([
    [
      "fr",
      "« La porte reste ouverte », a déclaré Paul Girard. « Mais pas à n'importe quel prix », a-t-il ajouté.",
      [by("La porte reste ouverte", "Paul Girard"), by("Mais pas à n'importe quel prix", "Paul Girard")],
    ],
    [
      "en",
      '"The door remains open," Paul Girard said. "But not at any price," he added.',
      [by("The door remains open,", "Paul Girard"), by("But not at any price,", "Paul Girard")],
    ],
  ])("%s: each quote has its own incise: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });
});

describe("a relative clause between commas stands between the subject and its verb", () => {
  it.each<Case>([
    ["en", '"We will not back down," Anne Durand, who took office in October, said on Tuesday.', [by("We will not back down,", "Anne Durand")]],
    ["en", '"The door remains open," the Kremlin, which had kept silent for a week, said.', [by("The door remains open,", "Kremlin")]],
    ["fr", "Anne Durand, qui a pris ses fonctions en octobre, a déclaré mardi : « Nous ne céderons pas. »", [by("Nous ne céderons pas.", "Anne Durand")]],
    ["fr", "Le Kremlin, qui se taisait depuis une semaine, a répondu : « La porte reste ouverte. »", [by("La porte reste ouverte.", "Kremlin")]],
  ])("%s: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });

  it.each<Case>([
    // The clause is about the name inside the subject, not about the subject: no one is named.
    ["en", '"We will not back down," a diplomat close to Anne Durand, who took office in October, said.', [nobody("We will not back down,")]],
  ])("%s: only a relative clause: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });
});

describe("colon before the quote", () => {
  it.each<Case>([
    ["fr", "Anne Durand a déclaré : « Nous resterons unis. »", [by("Nous resterons unis.", "Anne Durand")]],
    ["fr", "Interrogé par Paul Girard, Karl Weber a répondu : « Nous verrons bien. »", [by("Nous verrons bien.", "Karl Weber")]],
    ["en", 'Anne Durand said: "We will stay united."', [by("We will stay united.", "Anne Durand")]],
    ["en", 'Asked by Paul Girard about the talks, Karl Weber said: "We shall see."', [by("We shall see.", "Karl Weber")]],
  ])("%s: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });

  it.each<Case>([
    ["fr", "Les diplomates ont prévenu : « La fenêtre se referme. »", [nobody("La fenêtre se referme.")]],
    ["en", 'The diplomats warned: "The window is closing."', [nobody("The window is closing.")]],
  ])("%s: a plural subject before the colon gives no single speaker: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });
});

describe("incise of an earlier quote", () => {
  it.each<Case>([
    [
      "fr",
      "« Nous sommes prêts », a affirmé Paul Girard, ajoutant que Paris voulait « un dialogue franc ».",
      [by("Nous sommes prêts", "Paul Girard"), by("un dialogue franc", "Paul Girard")],
    ],
    [
      "en",
      '"We are ready," said Paul Girard, adding that Paris wanted "a frank dialogue".',
      [by("We are ready,", "Paul Girard"), by("a frank dialogue", "Paul Girard")],
    ],
  ])("%s: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });
});

describe("according to, selon", () => {
  it.each<Case>([
    ["fr", "Selon Anne Durand, l'accord reste « fragile ».", [by("fragile", "Anne Durand")]],
    ["fr", "D'après Karl Weber, les négociations sont « au point mort ».", [by("au point mort", "Karl Weber")]],
    ["fr", "Pour Anne Durand, l'accord est « un succès collectif ».", [by("un succès collectif", "Anne Durand")]],
    ["fr", "« Nous soutenons Kyiv », selon Anne Durand.", [by("Nous soutenons Kyiv", "Anne Durand")]],
    ["en", 'According to Anne Durand, the deal remains "fragile".', [by("fragile", "Anne Durand")]],
    ["en", 'In the words of Karl Weber, the talks are "at a standstill".', [by("at a standstill", "Karl Weber")]],
    ["en", '"We support Kyiv," according to Anne Durand.', [by("We support Kyiv,", "Anne Durand")]],
    // A pronoun as the source: the person it stands for.
    ["fr", "Anne Durand s'est exprimée lundi. Selon elle, l'accord reste « fragile ».", [by("fragile", "Anne Durand")]],
    ["en", 'Anne Durand spoke on Monday. According to her, the deal remains "fragile".', [by("fragile", "Anne Durand")]],
    ["en", 'Karl Weber spoke on Monday. According to him, the deal remains "fragile".', [by("fragile", "Karl Weber")]],
    ["fr", "Selon le Kremlin, la visite reste « une affaire intérieure ».", [by("une affaire intérieure", "Kremlin")]],
    ["fr", "D'après la Maison-Blanche, les sanctions resteront « en vigueur ».", [by("en vigueur", "Maison-Blanche")]],
    ["en", 'According to the Kremlin, the visit is "an internal matter".', [by("an internal matter", "Kremlin")]],
    ["en", '"Nothing has changed," according to the White House.', [by("Nothing has changed,", "White House")]],
    ["en", 'A statement from the Kremlin said the visit was "an internal matter".', [by("an internal matter", "Kremlin")]],
    ["fr", "Un communiqué du Kremlin a qualifié la visite d'« affaire intérieure ».", [by("affaire intérieure", "Kremlin")]],
    // After « du » the body begins at its noun: the words before it are the statement's.
    [
      "fr",
      "« Aucune concession n'est possible », selon un communiqué du ministère italien des Affaires étrangères.",
      [by("Aucune concession n'est possible", "Ministère italien des Affaires étrangères", "ministère italien des Affaires étrangères")],
    ],
    ["en", '"No concession is possible," according to a statement from the Italian foreign ministry.', [by("No concession is possible,", "Italian foreign ministry", "the Italian foreign ministry")]],
    [
      "fr",
      "Selon un communiqué publié par le ministère italien des Affaires étrangères, Rome « refuse toute concession ».",
      [by("refuse toute concession", "Ministère italien des Affaires étrangères", "le ministère italien des Affaires étrangères")],
    ],
    ["en", 'According to a statement released by the Italian foreign ministry, Rome "refuses any concession".', [by("refuses any concession", "Italian foreign ministry", "the Italian foreign ministry")]],
    // « au ministère » is where someone speaks, not who.
    ["fr", "« Rien ne change », a déclaré Paul Girard au ministère italien de la Défense.", [by("Rien ne change", "Paul Girard")]],
    // "Pour" with an article is "for": « le moment est venu pour la France de… » names no source.
    ["fr", "« Le moment est venu », pour la France, de ne plus « reculer sans cesse ».", [nobody("Le moment est venu"), nobody("reculer sans cesse")]],
  ])("%s: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });
});

describe("passive agent: « vu par X comme », 'seen by X as'", () => {
  it.each<Case>([
    ["fr", "Le projet est vu par Moscou comme « une provocation majeure ».", [by("une provocation majeure", "Moscou")]],
    ["fr", "Le projet est vu par Karl Weber comme « une provocation majeure ».", [by("une provocation majeure", "Karl Weber")]],
    ["en", 'The project is seen by Moscow as "a major provocation".', [by("a major provocation", "Moscow")]],
    ["en", 'The pact is viewed by China as "a major provocation".', [by("a major provocation", "China")]],
  ])("%s: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });

  it.each<Case>([
    ["fr", "Paul Girard a été averti par Anne Durand que l'alliance était « prête à agir ».", [by("prête à agir", "Anne Durand")]],
    ["fr", "Paul Girard a été prévenu par le Kremlin que ce serait « une grave erreur ».", [by("une grave erreur", "Kremlin")]],
    ["en", 'Paul Girard was told by Anne Durand that the alliance was "ready to act".', [by("ready to act", "Anne Durand")]],
    ["en", 'Paul Girard was warned by the Kremlin that it would be "a grave mistake".', [by("a grave mistake", "Kremlin")]],
    // A time or a complement may stand between the participle and the agent.
    ["fr", "Paul Girard a été averti lundi par Anne Durand que l'alliance était « prête à agir ».", [by("prête à agir", "Anne Durand")]],
    ["fr", "Paul Girard a été prévenu de la menace par le Kremlin : ce serait « une grave erreur ».", [by("une grave erreur", "Kremlin")]],
    ["en", 'Paul Girard was warned on Monday by Anne Durand that the alliance was "ready to act".', [by("ready to act", "Anne Durand")]],
    ["en", 'Paul Girard was told last week by the Kremlin that it would be "a grave mistake".', [by("a grave mistake", "Kremlin")]],
  ])("%s: told or warned by someone, the subject is who heard the words, the agent who said them: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });
});

describe("first reporting verb and its subject", () => {
  it.each<Case>([
    ["fr", "Karl Weber a estimé que le traité était « un pas décisif ».", [by("un pas décisif", "Karl Weber")]],
    ["fr", "Karl Weber, qui a rencontré Paul Girard, a déclaré que le traité était « un pas décisif ».", [by("un pas décisif", "Karl Weber")]],
    ["en", 'Karl Weber said the treaty was "a decisive step".', [by("a decisive step", "Karl Weber")]],
    ["en", 'Karl Weber, who met Paul Girard, said the treaty was "a decisive step".', [by("a decisive step", "Karl Weber")]],
    // A country opening the sentence is the subject a relative clause does not displace.
    ["fr", "La Chine, qui conteste ces eaux depuis des années, a dénoncé jeudi « une logique de blocs ».", [by("une logique de blocs", "Chine")]],
    ["en", 'China, which has long disputed these waters, said on Thursday it opposed "bloc politics".', [by("bloc politics", "China")]],
    // « faire savoir », « faire valoir »: the infinitive reports.
    ["fr", "Le Kremlin a fait savoir que la visite était « exclue ».", [by("exclue", "Kremlin")]],
    ["fr", "Anne Durand a fait valoir que le texte restait « équilibré ».", [by("équilibré", "Anne Durand")]],
  ])("%s: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });
});

describe("subject of the sentence", () => {
  it.each<Case>([
    ["fr", "Anne Durand rejette « toute ingérence » dans les affaires européennes.", [by("toute ingérence", "Anne Durand")]],
    ["en", 'Anne Durand rejects "any interference" in European affairs.', [by("any interference", "Anne Durand")]],
  ])("%s: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });
});

describe("next sentence pointing back at the words", () => {
  it.each<Case>([
    ["fr", "« Nous ne reculerons pas ». C'est ce qu'a assuré Paul Girard devant la presse.", [by("Nous ne reculerons pas", "Paul Girard")]],
    ["en", '"We will not retreat." That was what Paul Girard told reporters.', [by("We will not retreat.", "Paul Girard")]],
    ["en", '"We support Kyiv without reservation." That is what Karl Weber told reporters.', [by("We support Kyiv without reservation.", "Karl Weber")]],
    // …or the words after a colon or a dash in the quote's own sentence.
    ["fr", "« Nous ne reculerons pas » : tel est le message adressé par Paul Girard aux alliés.", [by("Nous ne reculerons pas", "Paul Girard")]],
    ["en", '"We will not retreat": that was the message from Paul Girard to the allies.', [by("We will not retreat", "Paul Girard")]],
  ])("%s: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });
});

describe("continuation", () => {
  it.each<Case>([
    [
      "fr",
      "« Nous tiendrons », a déclaré Anne Durand. « Il n'y aura pas de retour en arrière. »",
      [by("Nous tiendrons", "Anne Durand"), by("Il n'y aura pas de retour en arrière.", "Anne Durand")],
    ],
    [
      "en",
      '"We will hold," Anne Durand said. "There will be no going back."',
      [by("We will hold,", "Anne Durand"), by("There will be no going back.", "Anne Durand")],
    ],
  ])("%s: a quote standing alone continues the paragraph's speaker: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });

  it.each<Case>([
    [
      "fr",
      "Anne Durand a déclaré : « Nous tiendrons bon face aux pressions.\n« Et nous le ferons ensemble. »",
      [by("Nous tiendrons bon face aux pressions.", "Anne Durand"), by("Et nous le ferons ensemble.", "Anne Durand")],
    ],
    [
      "en",
      'Anne Durand said: "We will hold firm against pressure.\n"And we will do it together."',
      [by("We will hold firm against pressure.", "Anne Durand"), by("And we will do it together.", "Anne Durand")],
    ],
  ])("%s: a quotation left open at a paragraph's end goes on in the next: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });

  it.each<Case>([
    ["fr", "Selon Karl Weber, les négociations sont dans l'impasse. « Personne ne veut céder. »", [by("Personne ne veut céder.", "Karl Weber")]],
    ["fr", "Karl Weber a affirmé que les négociations étaient bloquées. « Personne ne veut céder. »", [by("Personne ne veut céder.", "Karl Weber")]],
    ["en", 'According to Karl Weber, the talks are deadlocked. "Nobody wants to give way."', [by("Nobody wants to give way.", "Karl Weber")]],
    ["en", 'Karl Weber said the talks were deadlocked. "Nobody wants to give way."', [by("Nobody wants to give way.", "Karl Weber")]],
  ])("%s: a quote after reported speech continues its source: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });
});

describe("pronouns, by salience and gender", () => {
  it.each<Case>([
    ["fr", "Mme Durand a reçu Paul Girard à Paris. « Nous avançons », a-t-il dit.", [by("Nous avançons", "Paul Girard")]],
    ["fr", "Mme Durand a reçu Paul Girard à Paris. « Nous avançons », a-t-elle dit.", [by("Nous avançons", "Durand")]],
    ["en", 'Mrs Durand received Paul Girard in Paris. "We are making progress," he said.', [by("We are making progress,", "Paul Girard")]],
    ["en", 'Mrs Durand received Paul Girard in Paris. "We are making progress," she said.', [by("We are making progress,", "Durand")]],
  ])("%s: the gender a courtesy title marks rules out the other person: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });

  it.each<Case>([
    ["en", 'Vladimir Putin received Kaja Kallas in Moscow. "We are making progress," she said.', [by("We are making progress,", "Kaja Kallas")]],
    ["en", 'Giorgia Meloni received Olaf Scholz in Rome. "We are making progress," he said.', [by("We are making progress,", "Olaf Scholz")]],
    ["fr", "Vladimir Poutine a reçu Kaja Kallas à Moscou. « Nous avançons », a-t-elle dit.", [by("Nous avançons", "Kaja Kallas")]],
    ["fr", "Giorgia Meloni a reçu Olaf Scholz à Rome. « Nous avançons », a déclaré le chancelier.", [by("Nous avançons", "Olaf Scholz")]],
  ])("%s: the gender the lexicon knows of a person rules out a pronoun or a function of the other: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });

  it.each<Case>([
    ["en", 'Paul Girard received Vladimir Putin in Paris. "We are making progress," he said.', [by("We are making progress,", "Paul Girard")]],
    ["fr", "Paul Girard a reçu Vladimir Poutine à Paris. « Nous avançons », a-t-il dit.", [by("Nous avançons", "Paul Girard")]],
  ])("%s: unlike a gender the text marks, the lexicon's does not outrank the nearer subject: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });

  it.each<Case>([
    ["en", 'Putin met reporters in Moscow. "We are making progress," he said.', [by("We are making progress,", "Putin")]],
    ["en", 'Vladimir Putin received Kallas in Moscow. "We are making progress," she said.', [by("We are making progress,", "Kallas")]],
    ["fr", "Poutine a rencontré la presse à Moscou. « Nous avançons », a-t-il dit.", [by("Nous avançons", "Poutine")]],
    ["fr", "Vladimir Poutine a reçu Kallas à Moscou. « Nous avançons », a-t-elle dit.", [by("Nous avançons", "Kallas")]],
  ])("%s: a surname the lexicon lists alone names its person, with no first name or verb beside it: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });

  it.each<Case>([
    [
      "fr",
      "Le porte-parole du Kremlin, Dmitri Peskov, a réagi. « Nous prenons note », a-t-il déclaré.",
      [by("Nous prenons note", "Dmitri Peskov", "Le porte-parole du Kremlin, Dmitri Peskov")],
    ],
    ["en", 'Kremlin spokesman Dmitry Peskov reacted quickly. "We take note," he said.', [by("We take note,", "Dmitry Peskov")]],
  ])("%s: a pronoun reaches the person in the sentence before: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });

  it.each<Case>([
    [
      "fr",
      "Le président français, Paul Girard, a reçu le chancelier allemand Karl Weber et le Premier ministre polonais Jan Nowak. « Nous avançons », a ajouté M. Girard.\n\nLe chancelier, lui, s'est montré prudent. « Rien n'est décidé », a-t-il insisté.",
      [by("Nous avançons", "Paul Girard", "Girard"), by("Rien n'est décidé", "Karl Weber", "le chancelier allemand Karl Weber")],
    ],
    [
      "en",
      'French President Paul Girard hosted German Chancellor Karl Weber and Polish Prime Minister Jan Nowak.\n\nThe chancellor was more cautious. "Nothing is decided," he said.',
      [by("Nothing is decided,", "Karl Weber")],
    ],
  ])("%s: named together, each keeps his function; a function whose noun marks the gender (« le chancelier ») outranks a courtesy title further back: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });

  it("fr: « elle » may stand for a body the text gives a gender (« la diplomatie russe »)", () => {
    expect(said("La diplomatie russe a dénoncé les sanctions. Elle a jugé la mesure « illégale et inutile ».", "fr")).toEqual([
      by("illégale et inutile", "Diplomatie russe", "La diplomatie russe"),
    ]);
  });
});

describe("functions stand for the person who holds them", () => {
  it.each<Case>([
    [
      "fr",
      "Le chancelier allemand Karl Weber est arrivé à Paris. Le chancelier a ensuite jugé la proposition « prématurée ».",
      [by("prématurée", "Karl Weber", "Le chancelier allemand Karl Weber")],
    ],
    // The text gives neither man's country: either may be the German chancellor, so no one is named.
    ["fr", "Karl Weber a rencontré Paul Girard. « Le moment est venu », a déclaré le chancelier allemand.", [nobody("Le moment est venu")]],
    ["fr", "Karl Weber a rencontré le président français Paul Girard. « Le moment est venu », a déclaré le chancelier allemand.", [by("Le moment est venu", "Karl Weber")]],
    [
      "fr",
      "La ministre des Affaires étrangères Anne Durand a reçu Paul Girard. « Nous avançons », a déclaré la ministre.",
      [by("Nous avançons", "Anne Durand", "La ministre des Affaires étrangères Anne Durand")],
    ],
    [
      "fr",
      "Le chef de la diplomatie russe Sergueï Lavrov a reçu Anne Durand. « Le dialogue reste possible », a affirmé le chef de la diplomatie russe.",
      [by("Le dialogue reste possible", "Sergueï Lavrov", "Le chef de la diplomatie russe Sergueï Lavrov")],
    ],
    ["en", 'German Chancellor Karl Weber arrived in Paris. The chancellor later called the proposal "premature".', [by("premature", "Karl Weber")]],
    ["en", 'Karl Weber met Paul Girard. "The time has come," the German chancellor said.', [nobody("The time has come,")]],
    ["en", 'Karl Weber met French President Paul Girard. "The time has come," the German chancellor said.', [by("The time has come,", "Karl Weber")]],
    [
      "en",
      'The Hungarian prime minister Peter Szabo met Karl Weber. "We disagree," the Hungarian prime minister said.',
      [by("We disagree,", "Peter Szabo", "The Hungarian prime minister Peter Szabo")],
    ],
    ["en", 'Foreign Minister Anne Durand hosted Paul Girard. "We are making progress," the minister said.', [by("We are making progress,", "Anne Durand")]],
    // A country's possessive is a nationality ("Britain's defence secretary"), not someone's function.
    ["en", 'Britain\'s defence secretary, Karl Weber, said the plan was "sound".', [by("sound", "Karl Weber", "Britain's defence secretary, Karl Weber")]],
    ["en", 'Karl Weber met Paul Girard. Karl Weber\'s spokesman said the talks were "useful".', [nobody("useful")]],
    // A bloc's possessive gives the function the name after it holds; with no name, the holder the text titled, or no one.
    ["en", '"We will not back down," the EU\'s top diplomat, Anne Durand, said.', [by("We will not back down,", "Anne Durand", "EU's top diplomat, Anne Durand")]],
    ["en", 'Anne Durand met Karl Weber. "We will not back down," NATO\'s chief said.', [nobody("We will not back down,")]],
    // A paper's masthead (« Le Journal de la Défense ») names no one whose function « le ministre » could be.
    [
      "fr",
      "Le Journal de la Défense - Europe\n\nLe ministre allemand de la Défense, Karl Weber, est arrivé à Vilnius.\n\n« Nous sommes prêts », a déclaré le ministre.",
      [by("Nous sommes prêts", "Karl Weber", "Le ministre allemand de la Défense, Karl Weber")],
    ],
    [
      "en",
      "The Defence Gazette - Europe\n\nThe German defence minister, Karl Weber, arrived in Vilnius.\n\n\"We are ready,\" the minister said.",
      [by("We are ready,", "Karl Weber", "The German defence minister, Karl Weber")],
    ],
    ["en", 'Hungarian Prime Minister Peter Szabo met Karl Weber. "We disagree," the Hungarian PM said.', [by("We disagree,", "Peter Szabo")]],
  ])("%s: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });
});

describe("a body's function stands for the person the text gave it, not whoever was named last", () => {
  it.each<Case>([
    [
      "fr",
      "« Nous ne reculerons pas », a déclaré Paul Girard mardi. « Le dialogue reste ouvert », a indiqué le porte-parole du ministère italien des Affaires étrangères.",
      [by("Nous ne reculerons pas", "Paul Girard"), nobody("Le dialogue reste ouvert")],
    ],
    [
      "en",
      '"We will not back down," Paul Girard said on Tuesday. "Dialogue remains open," said the spokesman for the Italian foreign ministry.',
      [by("We will not back down,", "Paul Girard"), nobody("Dialogue remains open,")],
    ],
    [
      "fr",
      "La porte-parole du ministère italien des Affaires étrangères, Anne Durand, a reçu la presse. « Le dialogue reste ouvert », a indiqué la porte-parole du ministère.",
      [by("Le dialogue reste ouvert", "Anne Durand", "La porte-parole du ministère italien des Affaires étrangères, Anne Durand")],
    ],
    // The pronoun stands for that function's unnamed holder, the nearest subject, not for someone named before.
    [
      "fr",
      "Paul Girard est arrivé mardi. « Le dialogue reste ouvert », a indiqué le porte-parole du ministère italien des Affaires étrangères. « Rien n'est exclu », a-t-il ajouté.",
      [nobody("Le dialogue reste ouvert"), nobody("Rien n'est exclu")],
    ],
    [
      "en",
      'Paul Girard arrived on Tuesday. "Dialogue remains open," said the spokesman for the Italian foreign ministry. "Nothing is ruled out," he added.',
      [nobody("Dialogue remains open,"), nobody("Nothing is ruled out,")],
    ],
  ])("%s: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });
});

describe("a function introduced as someone unnamed stays unnamed", () => {
  it.each<Case>([
    [
      "en",
      'Anne Durand called it "a milestone". A spokesperson for the State Department welcomed the pact. "We support our allies," the spokesperson said.',
      [by("a milestone", "Anne Durand"), nobody("We support our allies,")],
    ],
    [
      "fr",
      "Anne Durand y a vu « une étape ». Un porte-parole du département d'État a salué l'accord. « Nous soutenons nos alliés », a déclaré le porte-parole.",
      [by("une étape", "Anne Durand"), nobody("Nous soutenons nos alliés")],
    ],
  ])("%s: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });

  it.each<Case>([
    [
      "en",
      'Paul Girard threatened to block the deal, but his foreign minister signalled a compromise. "We have heard our allies," the minister told reporters.',
      [nobody("We have heard our allies,")],
    ],
    [
      "fr",
      "Le président Paul Girard a menacé de bloquer l'accord, mais son ministre des Affaires étrangères a laissé entrevoir un compromis. « Nous avons entendu nos alliés », a déclaré le ministre.",
      [nobody("Nous avons entendu nos alliés")],
    ],
  ])("%s: a function introduced by a possessive (\"his foreign minister\", « son ministre ») is someone unnamed too: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });

  it.each<Case>([
    [
      "en",
      'Paul Girard threatened to block the deal, but his foreign minister signalled a compromise. Foreign Minister Anne Durand also spoke. "We have heard our allies," the minister told reporters.',
      [by("We have heard our allies,", "Anne Durand")],
    ],
    [
      "fr",
      "Le président Paul Girard a menacé de bloquer l'accord, mais son ministre des Affaires étrangères a laissé entrevoir un compromis. La ministre de la Défense Anne Durand s'est aussi exprimée. « Nous avons entendu nos alliés », a déclaré la ministre.",
      [by("Nous avons entendu nos alliés", "Anne Durand", "La ministre de la Défense Anne Durand")],
    ],
  ])("%s: someone the text names with the function afterwards is who it stands for: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });
});

describe("a counterpart is the other person, not the one whose counterpart it is", () => {
  it.each<Case>([
    [
      "fr",
      "Karl Weber a reçu mardi Paul Girard à Berlin. « Nos relations sont excellentes », a déclaré Karl Weber. Son homologue a salué « une amitié solide ».",
      [by("Nos relations sont excellentes", "Karl Weber"), by("une amitié solide", "Paul Girard")],
    ],
    [
      "en",
      'Karl Weber hosted Paul Girard in Berlin on Tuesday. "Our relations are excellent," Karl Weber said. His counterpart hailed "a solid friendship".',
      [by("Our relations are excellent,", "Karl Weber"), by("a solid friendship", "Paul Girard")],
    ],
    // Two others: either may be the counterpart, so no one is named.
    [
      "fr",
      "Karl Weber a reçu Paul Girard et Jean Morel. « Nos relations sont excellentes », a déclaré Karl Weber. Son homologue a salué « une amitié solide ».",
      [by("Nos relations sont excellentes", "Karl Weber"), nobody("une amitié solide")],
    ],
  ])("%s: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });
});

describe("\"it\" stands for a body or a country, never a person; French says « il », « elle »", () => {
  it.each<Case>([
    [
      "fr",
      "Le ministère russe des Affaires étrangères a jugé la décision « provocatrice ». Il a ajouté que Moscou « répondra ».",
      [by("provocatrice", "Ministère russe des Affaires étrangères", "Le ministère russe des Affaires étrangères"), by("répondra", "Ministère russe des Affaires étrangères", "Le ministère russe des Affaires étrangères")],
    ],
    [
      "en",
      'The Russian foreign ministry called the decision "provocative". It added that Moscow would "respond".',
      [by("provocative", "Russian foreign ministry", "The Russian foreign ministry"), by("respond", "Russian foreign ministry", "The Russian foreign ministry")],
    ],
    ["en", 'The Kremlin warned of "consequences". It said: "We have been patient."', [by("consequences", "Kremlin"), by("We have been patient.", "Kremlin")]],
    // No body or country before it: no one; and "it" before another verb names no one.
    ["en", 'Anne Durand spoke on Monday. "We are ready," it said.', [nobody("We are ready,")]],
    ["en", 'The Kremlin met on Monday. It is "unacceptable", Anne Durand said.', [by("unacceptable", "Anne Durand")]],
  ])("%s: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });
});

describe("bodies that speak as one", () => {
  it.each<Case>([
    ["fr", "La diplomatie russe a dénoncé « une provocation inacceptable ».", [by("une provocation inacceptable", "Diplomatie russe", "La diplomatie russe")]],
    [
      "fr",
      "« Le dialogue reste ouvert », a indiqué le ministère russe des Affaires étrangères.",
      [by("Le dialogue reste ouvert", "Ministère russe des Affaires étrangères", "le ministère russe des Affaires étrangères")],
    ],
    [
      "fr",
      "Le ministère russe des Affaires étrangères a convoqué l'ambassadeur. « C'est inacceptable », a indiqué le ministère.",
      [by("C'est inacceptable", "Ministère russe des Affaires étrangères", "Le ministère russe des Affaires étrangères")],
    ],
    [
      "fr",
      "Le ministère russe de la Défense a affirmé que la situation était « sous contrôle ».",
      [by("sous contrôle", "Ministère russe de la Défense", "Le ministère russe de la Défense")],
    ],
    ["fr", "Le Kremlin a jugé la proposition « inacceptable en l'état ».", [by("inacceptable en l'état", "Kremlin")]],
    ["fr", "L'OTAN a tenu une réunion à Bruxelles. L'alliance a ensuite assuré qu'elle restait « unie et vigilante ».", [by("unie et vigilante", "OTAN")]],
    ["en", 'The Russian foreign ministry denounced "an unacceptable provocation".', [by("an unacceptable provocation", "Russian foreign ministry", "The Russian foreign ministry")]],
    [
      "en",
      'The Chinese foreign ministry summoned the ambassador. "This is unacceptable," the ministry said.',
      [by("This is unacceptable,", "Chinese foreign ministry", "The Chinese foreign ministry")],
    ],
    [
      "en",
      'China\'s embassy in Tokyo said the grouping was stoking "bloc confrontation". The embassy added that it "firmly opposes" any expansion.',
      [by("bloc confrontation", "China's embassy"), by("firmly opposes", "China's embassy")],
    ],
    ["en", 'The Kremlin called the proposal "unacceptable as it stands".', [by("unacceptable as it stands", "Kremlin")]],
    ["en", 'NATO held a meeting in Brussels. The alliance later said it remained "united and vigilant".', [by("united and vigilant", "NATO")]],
  ])("%s: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });

  it.each<Case>([
    ["fr", "Le nouveau ministère des Affaires étrangères a dénoncé « une provocation sans précédent ».", [nobody("une provocation sans précédent")]],
    ["en", '"Dialogue remains open," the ministry said.', [nobody("Dialogue remains open,")]],
  ])("%s: a body no country or earlier mention names stays unknown: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });
});

describe("« on » speaking from a body or a place: « insiste-t-on à l'Élysée »", () => {
  it.each<Case>([
    ["fr", "« Rien n'est décidé », insiste-t-on au Kremlin.", [by("Rien n'est décidé", "Kremlin")]],
    ["fr", "« Rien n'est décidé », a-t-on indiqué à l'Élysée.", [by("Rien n'est décidé", "Élysée")]],
    ["fr", "Anne Durand a parlé. « Rien n'est décidé », dit-on à Moscou.", [by("Rien n'est décidé", "Moscou")]],
    // « on » alone is no one, not the person named last.
    ["fr", "Anne Durand a parlé. « Rien n'est décidé », dit-on.", [nobody("Rien n'est décidé")]],
  ])("%s: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });

  it.each<Case>([
    ["fr", "« Rien n'est décidé », a-t-on indiqué lundi à l'Élysée.", [by("Rien n'est décidé", "Élysée")]],
    ["fr", "« Rien n'est décidé », a-t-on indiqué mardi soir au Kremlin.", [by("Rien n'est décidé", "Kremlin")]],
    // English has no « on »: its words give the place's people ("officials at the Kremlin"), as indefinite as « on » alone.
    ["en", '"Nothing is decided," officials said on Monday at the Elysee.', [nobody("Nothing is decided,")]],
  ])("%s: a time between the verb and the place: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });
});

describe("a country or a capital that speaks for its government in an incise", () => {
  it.each<Case>([
    ["fr", "« Nous répondrons à cette provocation », a averti Moscou mardi.", [by("Nous répondrons à cette provocation", "Moscou")]],
    ["fr", "« La porte reste ouverte », a assuré la Chine dans un communiqué.", [by("La porte reste ouverte", "Chine", "Chine")]],
    ["en", '"We will answer this provocation," Moscow warned on Tuesday.', [by("We will answer this provocation,", "Moscow")]],
    ["en", '"The door remains open," said China in a statement.', [by("The door remains open,", "China")]],
  ])("%s: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });

  it.each<Case>([
    ["fr", "« La porte reste ouverte », a déclaré à Moscou un diplomate.", [nobody("La porte reste ouverte")]],
    ["en", '"The door remains open," Moscow\'s envoy said.', [nobody("The door remains open,")]],
    ["en", '"The door remains open," a diplomat in Moscow said.', [nobody("The door remains open,")]],
  ])("%s: a place after a preposition, or naming someone's, does not speak: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });
});

describe("joint speakers", () => {
  it.each([
    ["fr", "Anne Durand et Paul Girard ont déclaré : « Nous parlons d'une seule voix. »", "Nous parlons d'une seule voix.", "Anne Durand et Paul Girard"],
    ["fr", "« Nous parlons d'une seule voix », ont déclaré Anne Durand et Paul Girard.", "Nous parlons d'une seule voix", "Anne Durand et Paul Girard"],
    ["en", 'Anne Durand and Paul Girard said: "We speak with one voice."', "We speak with one voice.", "Anne Durand and Paul Girard"],
    ["en", '"We speak with one voice," Anne Durand and Paul Girard said.', "We speak with one voice,", "Anne Durand and Paul Girard"],
  ] as const)("%s: %s", (language, text, quote, speaker) => {
    expect(said(text, language)).toEqual([{ quote, speaker, speakers: ["Anne Durand", "Paul Girard"], evidence: speaker }]);
  });

  it.each([
    ["fr", "Mardi, Anne Durand et Paul Girard ont signé l'accord. « C'est historique », ont-ils déclaré.", "C'est historique", "Anne Durand et Paul Girard"],
    ["en", 'On Tuesday, Anne Durand and Paul Girard signed the deal. "This is historic," they said.', "This is historic,", "Anne Durand and Paul Girard"],
  ] as const)("%s: a plural pronoun stands for the people named together as the subject just before: %s", (language, text, quote, speaker) => {
    expect(said(text, language)).toEqual([{ quote, speaker, speakers: ["Anne Durand", "Paul Girard"], evidence: speaker }]);
  });

  it.each<Case>([
    ["fr", "Mardi, Anne Durand et Paul Girard ont signé l'accord. Les diplomates étaient satisfaits. « C'est historique », ont-ils déclaré.", [nobody("C'est historique")]],
    ["en", 'On Tuesday, Anne Durand and Paul Girard signed the deal. Diplomats were pleased. "This is historic," they said.', [nobody("This is historic,")]],
  ])("%s: …and for no one when another subject stands between: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });
});

describe("a colon's subject is the main clause's, not a fronted phrase's", () => {
  it.each<Case>([
    ["fr", "Interrogée sur ce que l'Otan ferait, Anne Durand a répondu : « Nous sommes unis. »", [by("Nous sommes unis.", "Anne Durand")]],
    ["fr", "Après avoir rencontré Anne Durand, Paul Girard a déclaré : « Nous sommes unis. »", [by("Nous sommes unis.", "Paul Girard")]],
    ["fr", "Paul Girard a affirmé qu'Anne Durand lui avait dit : « Nous sommes unis. »", [by("Nous sommes unis.", "Anne Durand")]],
    ["en", 'Asked whether NATO would act, Anne Durand replied: "We are united."', [by("We are united.", "Anne Durand")]],
    ["en", 'After meeting Anne Durand, Paul Girard said: "We are united."', [by("We are united.", "Paul Girard")]],
    ["en", 'Paul Girard said Anne Durand had told him: "We are united."', [by("We are united.", "Anne Durand")]],
    // No reporting verb before the colon: the main clause's first agent, after the participle's phrase.
    ["fr", "Interrogée sur ce que l'Otan ferait, Anne Durand fut claire : « Nous sommes unis. »", [by("Nous sommes unis.", "Anne Durand")]],
    ["en", 'Asked whether NATO would act, Anne Durand was blunt: "We are united."', [by("We are united.", "Anne Durand")]],
  ])("%s: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });
});

describe("a function set in apposition after a name is that person's", () => {
  it.each<Case>([
    ["fr", "Anne Durand, la ministre des Affaires étrangères, a rencontré Paul Girard. « Nous sommes unis », a déclaré la ministre.", [by("Nous sommes unis", "Anne Durand")]],
    ["fr", "Paul Girard a rencontré Anne Durand, la ministre britannique des Affaires étrangères. « Nous sommes unis », a déclaré la ministre.", [by("Nous sommes unis", "Anne Durand")]],
    ["en", 'Anne Durand, the British foreign secretary, met Paul Girard. "We are united," the foreign secretary said.', [by("We are united,", "Anne Durand")]],
    ["en", 'Paul Girard met Anne Durand, the British foreign secretary. "We are united," the foreign secretary said.', [by("We are united,", "Anne Durand")]],
  ])("%s: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });
});

describe("a title with its small words before a name", () => {
  it.each<Case>([
    ["fr", "La secrétaire d'État Anne Durand a déclaré : « Nous sommes unis. »", [by("Nous sommes unis.", "Anne Durand")]],
    ["fr", "« Nous sommes unis », a déclaré le ministre des Affaires étrangères Paul Girard.", [by("Nous sommes unis", "Paul Girard", "le ministre des Affaires étrangères Paul Girard")]],
    ["en", 'Secretary of State Anne Durand said: "We are united."', [by("We are united.", "Anne Durand")]],
    ["en", 'U.S. Secretary of State Anne Durand said on Monday that "we are united".', [by("we are united", "Anne Durand")]],
    ["en", '"We are united," said Minister of Defence Anne Durand.', [by("We are united,", "Anne Durand")]],
  ])("%s: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });
});

describe("a title joined to an affix by a hyphen is still a title", () => {
  it.each<Case>([
    ["fr", "Ex-Premier ministre, Anne Durand a jugé l'idée « dangereuse et vaine ».", [by("dangereuse et vaine", "Anne Durand")]],
    ["fr", "« Nous sommes unis », a déclaré l'Ex-Présidente Anne Durand.", [by("Nous sommes unis", "Anne Durand")]],
    ["en", 'Ex-President Anne Durand said the idea was "dangerous and futile".', [by("dangerous and futile", "Anne Durand")]],
    ["en", 'Then-Chancellor Anne Durand said the idea was "dangerous and futile".', [by("dangerous and futile", "Anne Durand")]],
    ["en", 'President-elect Anne Durand said the idea was "dangerous and futile".', [by("dangerous and futile", "Anne Durand")]],
  ])("%s: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });
});

describe("a name after an article modifies a noun and names no one", () => {
  it.each<Case>([
    ["fr", "La Merkel des années 2010 avait jugé la réforme « historique et nécessaire ».", [nobody("historique et nécessaire")]],
    ["en", 'The Macron government said the reform was "historic and necessary".', [nobody("historic and necessary")]],
    ["en", 'The Biden administration said the reform was "historic and necessary".', [nobody("historic and necessary")]],
  ])("%s: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });

  it.each<Case>([
    ["fr", "La présidente Anne Durand a jugé la réforme « historique et nécessaire ».", [by("historique et nécessaire", "Anne Durand", "La présidente Anne Durand")]],
    ["en", 'The Dutchman Mark Rutte said the reform was "historic and necessary".', [by("historic and necessary", "Mark Rutte", "The Dutchman Mark Rutte")]],
    ["fr", "Les journalistes ont noté que Poutine semblait fatigué. « Nous gagnerons », a-t-il dit.", [by("Nous gagnerons", "Poutine")]],
    ["en", 'Reporters noted that Putin looked tired. "We will win," he said.', [by("We will win,", "Putin")]],
    // An organisation's name before a titled person's is not a place named after them.
    ["fr", "Le président de l'Union Charles Michel a jugé lundi que c'était « une erreur ».", [by("une erreur", "Charles Michel", "Le président de l'Union Charles Michel")]],
  ])("%s: a title or a descriptor between them, or a conjunction before the name, leaves it a person's: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });
});

describe("a place named after someone is not that person", () => {
  it.each<Case>([
    ["fr", "L'Hôtel Marcel Dassault a accueilli le sommet lundi. « Nous sommes prêts », a-t-il déclaré.", [nobody("Nous sommes prêts")]],
    ["fr", "Le sommet s'est tenu avenue Charles de Gaulle lundi. « Nous sommes prêts », a-t-il déclaré.", [nobody("Nous sommes prêts")]],
    ["en", 'Trump Tower hosted the meeting on Monday. "We are ready," he said.', [nobody("We are ready,")]],
    ["en", 'The talks at Camp David ended on Monday. "We are ready," he said.', [nobody("We are ready,")]],
  ])("%s: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });
});

describe("a conjunction or an adverb opening the sentence is no part of the name after it", () => {
  it.each<Case>([
    ["fr", "Puis Anne Durand a jugé l'idée « dangereuse et vaine ».", [by("dangereuse et vaine", "Anne Durand")]],
    ["fr", "Mais Poutine a jugé l'idée « dangereuse et vaine ».", [by("dangereuse et vaine", "Poutine")]],
    ["en", 'Then Anne Durand said the idea was "dangerous and futile".', [by("dangerous and futile", "Anne Durand")]],
    ["en", 'But Putin said the idea was "dangerous and futile".', [by("dangerous and futile", "Putin")]],
  ])("%s: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });
});

describe("joint speakers with their titles", () => {
  it.each([
    ["en", 'Prime Minister Anne Durand and Foreign Minister Paul Girard said: "We speak with one voice."', "We speak with one voice.", "Anne Durand and Foreign Minister Paul Girard"],
    ["en", '"We speak with one voice," French President Anne Durand and German Chancellor Paul Girard said.', "We speak with one voice,", "Anne Durand and German Chancellor Paul Girard"],
    ["fr", "La présidente française Anne Durand et le chancelier allemand Paul Girard ont déclaré : « Nous parlons d'une seule voix. »", "Nous parlons d'une seule voix.", "La présidente française Anne Durand et le chancelier allemand Paul Girard"],
  ] as const)("%s: %s", (language, text, quote, evidence) => {
    const speaker = language === "fr" ? "Anne Durand et Paul Girard" : "Anne Durand and Paul Girard";
    expect(said(text, language)).toEqual([{ quote, speaker, speakers: ["Anne Durand", "Paul Girard"], evidence }]);
  });

  it.each([
    ["fr", "Mme Anne Durand et M. Paul Girard ont déclaré : « Nous parlons d'une seule voix. »", "Nous parlons d'une seule voix.", "Anne Durand et M. Paul Girard"],
    ["en", 'Ms. Anne Durand and Mr. Paul Girard said: "We speak with one voice."', "We speak with one voice.", "Anne Durand and Mr. Paul Girard"],
  ] as const)("%s: with a courtesy title before the second name: %s", (language, text, quote, evidence) => {
    const speaker = language === "fr" ? "Anne Durand et Paul Girard" : "Anne Durand and Paul Girard";
    expect(said(text, language)).toEqual([{ quote, speaker, speakers: ["Anne Durand", "Paul Girard"], evidence }]);
  });

  it("reads a long subject after the quote only when it is titles and names", () => {
    const text = '"We speak with one voice," a long-time adviser to the former defence chief of staff Paul Girard said.';
    expect(said(text, "en")).toEqual([nobody("We speak with one voice,")]);
  });
});

describe("a function with its nationality after it stands for that country's person", () => {
  it.each<Case>([
    ["fr", "Emmanuel Macron a reçu mardi le chancelier allemand Olaf Scholz. Le président français a plaidé pour « une défense forte ».", [by("une défense forte", "Emmanuel Macron")]],
    ["fr", "Le président américain Joe Biden a reçu Olaf Scholz. Le chancelier allemand a plaidé pour « une armée commune ».", [by("une armée commune", "Olaf Scholz")]],
    ["fr", "Emmanuel Macron a reçu la présidente du Conseil italien Giorgia Meloni. Le président français a plaidé pour « une défense forte ».", [by("une défense forte", "Emmanuel Macron")]],
    // Either may be the German: no one, rather than the sentence's subject.
    ["fr", "Paul Girard a reçu mardi Karl Weber. Le chancelier allemand a plaidé pour « une armée commune ».", [nobody("une armée commune")]],
    ["en", 'Paul Girard met Karl Weber on Tuesday. The German chancellor called for "a common army".', [nobody("a common army")]],
    // The lexicon knows whose country is whose: the one Chinese or German person named.
    ["fr", "Vladimir Poutine a reçu Xi Jinping lundi. « Nous sommes des amis », a déclaré le président chinois.", [by("Nous sommes des amis", "Xi Jinping")]],
    ["en", 'Vladimir Putin received Xi Jinping on Monday. "We are friends," the Chinese president said.', [by("We are friends,", "Xi Jinping")]],
    ["fr", "Emmanuel Macron a reçu mardi Olaf Scholz. Le chancelier allemand a plaidé pour « une armée commune ».", [by("une armée commune", "Olaf Scholz")]],
    // …but never one of two of that country, nor the one person named when the lexicon gives them another.
    ["fr", "Sergueï Lavrov a rencontré Vladimir Poutine lundi. « Nous sommes unis », a déclaré le ministre russe.", [nobody("Nous sommes unis")]],
    ["en", 'Emmanuel Macron spoke on Monday. "We are united," the German chancellor said.', [nobody("We are united,")]],
    // Each of a joint subject is a candidate: the lexicon tells them apart, the text alone does not.
    ["fr", "Emmanuel Macron et Olaf Scholz se sont entretenus mardi. « Nous sommes unis », a affirmé le président français.", [by("Nous sommes unis", "Emmanuel Macron")]],
    ["en", 'Emmanuel Macron and Olaf Scholz spoke on Tuesday. "We are united," the French president said.', [by("We are united,", "Emmanuel Macron")]],
    ["fr", "Anne Durand est arrivée lundi. Paul Girard et Karl Weber se sont entretenus mardi. « Nous sommes unis », a affirmé le président français.", [nobody("Nous sommes unis")]],
    // Only among the people of the nearest sentence that names any: one the lexicon does not know may be the one meant.
    ["fr", "Xi Jinping était à Moscou en 2023. Li Qiang a rencontré Vladimir Poutine lundi. « Nous sommes des amis », a déclaré le Premier ministre chinois.", [by("Nous sommes des amis", "Li Qiang")]],
    ["en", 'Xi Jinping was in Moscow in 2023. Li Qiang met Vladimir Putin on Monday. "We are friends," the Chinese premier said.', [by("We are friends,", "Li Qiang")]],
    // A person the text gave another function is not the one named by this one; a pronoun then goes past it.
    [
      "fr",
      "Le secrétaire général Karl Weber a parlé le premier. Le dîner était offert par le roi néerlandais. Le Premier ministre Paul Girard a obtenu un accord. « Nous respectons nos alliés », a-t-il dit.",
      [by("Nous respectons nos alliés", "Paul Girard", "Le Premier ministre Paul Girard")],
    ],
    [
      "en",
      'Secretary General Karl Weber spoke first. The dinner was hosted by the Dutch king. Prime Minister Paul Girard secured a deal. "We respect our allies," he said.',
      [by("We respect our allies,", "Paul Girard")],
    ],
  ])("%s: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });
});

describe("a surname with an age in apposition", () => {
  it.each<Case>([
    ["en", '"We will not back down," Weber, 63, told reporters.', [by("We will not back down,", "Weber")]],
    ["fr", "« Nous ne reculerons pas », a déclaré Weber, 63 ans, devant la presse.", [by("Nous ne reculerons pas", "Weber")]],
  ])("%s: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });
});

describe("the latter, « ce dernier »: the person named last", () => {
  it.each<Case>([
    ["fr", "Anne Durand a reçu son homologue Karl Weber. Ce dernier a salué « un soutien constant ».", [by("un soutien constant", "Karl Weber", "son homologue Karl Weber")]],
    ["fr", "Karl Weber a reçu la ministre Anne Durand. Cette dernière a salué « un soutien constant ».", [by("un soutien constant", "Anne Durand", "la ministre Anne Durand")]],
    // « son homologue » may be a woman: « son » marks no gender before a vowel.
    ["fr", "Karl Weber a reçu son homologue Anne Durand. Cette dernière a salué « un soutien constant ».", [by("un soutien constant", "Anne Durand", "son homologue Anne Durand")]],
    ["en", 'Anne Durand met her counterpart Karl Weber. The latter said the talks were "constructive".', [by("constructive", "Karl Weber", "her counterpart Karl Weber")]],
    // « celui-ci », « celle-ci »: the one named last, as « ce dernier » is; an inverted subject as well.
    ["fr", "Anne Durand a reçu son homologue Karl Weber. « Le dialogue continue », a répondu celui-ci.", [by("Le dialogue continue", "Karl Weber", "son homologue Karl Weber")]],
    ["fr", "Karl Weber a reçu la ministre Anne Durand. Celle-ci a salué « un soutien constant ».", [by("un soutien constant", "Anne Durand", "la ministre Anne Durand")]],
    // An adjective of a noun, not someone: the subject is « ce dernier point », which names no one.
    ["fr", "Anne Durand a reçu Karl Weber. Ce dernier point a été jugé « essentiel ».", [nobody("essentiel")]],
  ])("%s: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });
});

describe("« elle » after a body: a woman named a little earlier is likelier", () => {
  it("fr: « selon la présidence ukrainienne. … », a-t-elle promis", () => {
    const text =
      "La ministre Anne Durand est arrivée lundi à Kiev. Le maire a montré les dégâts. Les secours ont évacué un immeuble. Le président Karl Weber a parlé longuement. Il a réclamé des avions, selon la présidence ukrainienne. « Nous ferons tout notre possible », a-t-elle promis.";
    expect(said(text, "fr")).toEqual([by("Nous ferons tout notre possible", "Anne Durand", "La ministre Anne Durand")]);
  });

  it("fr: with no such woman, « elle » still stands for the body", () => {
    const text = "La diplomatie russe a convoqué l'ambassadeur. « C'est inacceptable », a-t-elle ajouté.";
    expect(said(text, "fr")).toEqual([by("C'est inacceptable", "Diplomatie russe", "La diplomatie russe")]);
  });
});

describe("a nationality adjective names no one", () => {
  it.each<Case>([
    ["fr", "Le camp russe a dénoncé « une provocation ».", [nobody("une provocation")]],
    ["fr", "Les diplomates allemands ont jugé le plan « irréaliste ».", [nobody("irréaliste")]],
    ["fr", "La Russie a dénoncé « une provocation ».", [by("une provocation", "Russie")]],
    ["en", 'Russia denounced "a provocation".', [by("a provocation", "Russia")]],
  ])("%s: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });
});

describe("a body before a titled name says whose function it is", () => {
  it.each<Case>([
    ["en", '"We stand ready," Kremlin spokesman Karl Weber said.', [by("We stand ready,", "Karl Weber")]],
    ["en", 'White House spokeswoman Anne Durand said the plan was "dangerous".', [by("dangerous", "Anne Durand")]],
    ["en", '"We stand ready," NATO Secretary General Karl Weber said.', [by("We stand ready,", "Karl Weber")]],
    ["en", '"We stand ready," the Kremlin said.', [by("We stand ready,", "Kremlin")]],
    ["en", '"We will not be intimidated," NATO\'s Karl Weber said.', [by("We will not be intimidated,", "Karl Weber")]],
    // The seat of a government stands for its country: "the Kremlin's spokesman" titles the name after it.
    ["en", 'The Kremlin\'s spokesman Karl Weber called the plan "a provocation".', [by("a provocation", "Karl Weber", "Kremlin's spokesman Karl Weber")]],
  ])("%s: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });
});

describe("a name right after a body, without a title, modifies it and does not speak", () => {
  it.each<Case>([
    ["fr", "Le gouvernement Modi a dénoncé mardi « une provocation inacceptable ».", [nobody("une provocation inacceptable")]],
    ["fr", "L'administration Trump a jugé lundi que l'accord était « un mauvais accord ».", [nobody("un mauvais accord")]],
    // English writes the name before the noun: the same phrase, the same answer.
    ["en", 'The Modi government denounced "an unacceptable provocation" on Tuesday.', [nobody("an unacceptable provocation")]],
    // A title between them still makes the name the function's holder.
    ["fr", "Le porte-parole du Kremlin Dmitri Peskov a jugé que c'était « une erreur ».", [by("une erreur", "Dmitri Peskov", "Le porte-parole du Kremlin Dmitri Peskov")]],
  ])("%s: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });
});

describe("the two leaders: the two people named just before", () => {
  it.each([
    ["en", 'Anne Durand and Paul Girard met on Monday. "We speak with one voice," the two leaders said.', "We speak with one voice,", "Anne Durand and Paul Girard"],
    ["en", 'Anne Durand received Paul Girard in Paris. Both leaders said they wanted "a lasting peace".', "a lasting peace", "Anne Durand received Paul Girard"],
    ["fr", "Anne Durand a reçu Paul Girard à Paris. « Nous parlons d'une seule voix », ont déclaré les deux dirigeants.", "Nous parlons d'une seule voix", "Anne Durand a reçu Paul Girard"],
  ] as const)("%s: %s", (language, text, quote, evidence) => {
    const speaker = language === "fr" ? "Anne Durand et Paul Girard" : "Anne Durand and Paul Girard";
    expect(said(text, language)).toEqual([{ quote, speaker, speakers: ["Anne Durand", "Paul Girard"], evidence }]);
  });

  it.each<Case>([
    ["en", 'Anne Durand, Paul Girard and Karl Weber met. The two leaders hailed "a new era".', [nobody("a new era")]],
    ["en", 'Anne Durand met Paul Girard. The two countries hailed "a new era".', [nobody("a new era")]],
    ["fr", "Anne Durand a reçu Paul Girard. Les deux pays ont salué « une nouvelle ère ».", [nobody("une nouvelle ère")]],
  ])("%s: three people, or two countries, stand for no pair: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });
});

describe("indefinite or plural subjects give no speaker", () => {
  it.each<Case>([
    ["fr", "Un diplomate a estimé que l'accord était « mort-né ».", [nobody("mort-né")]],
    ["fr", "Des responsables ont qualifié le projet de « dangereux ».", [nobody("dangereux")]],
    ["fr", "Les deux dirigeants ont salué « une nouvelle ère » dans leurs relations.", [nobody("une nouvelle ère")]],
    ["fr", "Anne Durand est venue. Ils se disent « très préoccupés ».", [nobody("très préoccupés")]],
    ["en", 'A senior official said the deal was "stillborn".', [nobody("stillborn")]],
    ["en", 'Several diplomats called the plan "dangerous".', [nobody("dangerous")]],
    ["en", 'The two leaders hailed "a new era" in their relations.', [nobody("a new era")]],
    ["en", 'Anne Durand came. They said they were "deeply worried".', [nobody("deeply worried")]],
  ])("%s: %s", (language, text, expected) => {
    expect(said(text, language)).toEqual(expected);
  });
});
