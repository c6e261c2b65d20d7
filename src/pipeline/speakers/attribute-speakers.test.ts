import { describe, expect, it } from "vitest";
import type { Language } from "../../domain/schemas/ingest";
import { analyzeArticle } from "../analyze-article";

const PUBLISHED = { start: "2024-03-06", end: "2024-03-06", basis: "test" };

/** Speaker of each quote, in text order, for a one-event invented article dated by its first sentence. */
function speakers(body: string, language: Language = "fr"): [string, string | null][] {
  const opening = language === "fr" ? "Le sommet s'est tenu le 5 mars 2024 à Bruxelles." : "The summit was held on 5 March 2024 in Brussels.";
  const text = `${opening} ${body}`;
  const article = analyzeArticle({ id: "t", text, language, outlet: null, published: PUBLISHED }, []);
  return article.events.flatMap((e) => e.quotes).map((q) => [q.text, q.speaker]);
}

describe("speaker attribution in French", () => {
  it("reads an incise after the quote, with the pronoun resolved to the last named person", () => {
    expect(speakers('La ministre Anne Durand est arrivée tôt. "Nous tiendrons", a-t-elle déclaré.')).toEqual([["Nous tiendrons", "Anne Durand"]]);
  });

  it("reads an inverted subject ('a insisté Macron') and keeps it across a quote broken by it", () => {
    expect(speakers("Emmanuel Macron parle. « Ce n'est pas l'Atlantique », a insisté Macron, « restons prudents ».")).toEqual([
      ["Ce n'est pas l'Atlantique", "Emmanuel Macron"],
      ["restons prudents", "Emmanuel Macron"],
    ]);
  });

  it("strips the title from the subject and reads a partial quote woven into the sentence", () => {
    expect(speakers('Le président français Emmanuel Macron a dénoncé un "mépris" des alliés.')).toEqual([["mépris", "Emmanuel Macron"]]);
  });

  it("reads 'selon X' and resolves 'le leader' to the last named person", () => {
    expect(speakers('Jean Martin a parlé. Le leader a rejeté "les clubs fermés". Selon Paul Girard, il faut une “ONU renouvelée”.')).toEqual([
      ["les clubs fermés", "Jean Martin"],
      ["ONU renouvelée", "Paul Girard"],
    ]);
  });

  it("takes the subject, not a person named later in the sentence", () => {
    expect(speakers("Jens Stoltenberg a insisté après avoir rencontré le Premier ministre japonais que c'était “sur la table”.")).toEqual([
      ["sur la table", "Jens Stoltenberg"],
    ]);
  });

  it("names an institution when the text makes it speak", () => {
    expect(speakers("Le Kremlin a déclaré que c'était « inacceptable ».")).toEqual([["inacceptable", "Kremlin"]]);
  });

  it("names a country's ministry or chancellery, also as an inverted subject", () => {
    expect(speakers("Le ministère russe des Affaires étrangères a dénoncé une « provocation ».")).toEqual([
      ["provocation", "Ministère russe des Affaires étrangères"],
    ]);
    expect(speakers("La rencontre aura lieu le 3 mars, a précisé la chancellerie allemande, qui parle d'un « dialogue exigeant ».")).toEqual([
      ["dialogue exigeant", "Chancellerie allemande"],
    ]);
    expect(speakers("Le Kremlin voit « une menace », a répondu la diplomatie chinoise.")).toEqual([["une menace", "Diplomatie chinoise"]]);
  });

  it("does not make a ministry speak without a country or without a speech verb", () => {
    expect(speakers("Le nouveau ministère des Affaires étrangères a dénoncé une « provocation ».")).toEqual([["provocation", null]]);
    expect(speakers("Il a visité la chancellerie allemande avant une « réunion de travail discrète ».")).toEqual([["réunion de travail discrète", null]]);
  });

  it("leaves a plural or missing subject unknown rather than guessing a nearby name", () => {
    expect(speakers('Olaf Scholz est venu. Ils se disent "préoccupés". On parle d\'une "crise".')).toEqual([
      ["préoccupés", null],
      ["crise", null],
    ]);
  });
});

describe("speaker attribution in English", () => {
  it("reads 'he declared' after the quote and 'X said' inverted", () => {
    expect(speakers("Jean-Luc Melenchon spoke. “We must leave,” he declared. “It is final,” said Melenchon.", "en")).toEqual([
      ["We must leave,", "Jean-Luc Melenchon"],
      ["It is final,", "Jean-Luc Melenchon"],
    ]);
  });

  it("names a country's ministry that speaks, not a ministry without a country", () => {
    expect(speakers('The Chinese foreign ministry said the pact was "extremely irresponsible".', "en")).toEqual([
      ["extremely irresponsible", "Chinese foreign ministry"],
    ]);
    expect(speakers('"We will respond," said the Russian Defence Ministry.', "en")).toEqual([["We will respond,", "Russian Defence Ministry"]]);
    expect(speakers('The new foreign ministry said the pact was "irresponsible".', "en")).toEqual([["irresponsible", null]]);
  });

  it("resolves 'the politician' and reads 'according to'", () => {
    expect(speakers('Jane Smith arrived. The politician called it a "disgrace". According to John Doe, it was a “mistake”.', "en")).toEqual([
      ["disgrace", "Jane Smith"],
      ["mistake", "John Doe"],
    ]);
  });
});
