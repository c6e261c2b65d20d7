import { describe, expect, it } from "vitest";
import type { IngestedArticle, Language } from "../domain/schemas/ingest";
import { analyzeArticle } from "./analyze-article";

/**
 * Invented wire stories (NATO, AUKUS, the SCO, Russia–China, EU enlargement), read whole. Each test
 * asserts what a careful reader would say of them and the pipeline gets right; what it gets wrong
 * in the same stories is left out here and reported instead.
 */
function read(text: string, language: Language, start: string, end = start): IngestedArticle {
  return analyzeArticle({ id: "wire", text, language, outlet: null, published: { start, end, basis: "test" } }, []);
}

/** [quote, speaker] in text order. */
function speakers(article: IngestedArticle): [string, string | null][] {
  return article.events
    .flatMap((e) => e.quotes)
    .sort((a, b) => a.start - b.start)
    .map((q) => [q.text, q.speaker]);
}

/** [evidence, range, quotes] of each event, in output order. */
function events(article: IngestedArticle): [string, string, string[]][] {
  return article.events.map((e) => [article.text.slice(e.date.evidence.start, e.date.evidence.end), `${e.date.start}..${e.date.end}`, e.quotes.map((q) => q.text)]);
}

/** The range of the event that lists `quote`. */
function dateOf(article: IngestedArticle, quote: string): string {
  const event = article.events.find((e) => e.quotes.some((q) => q.text === quote));
  return event ? `${event.date.start}..${event.date.end}` : "none";
}

describe("fr: the SCO summit in Astana (published Friday 5 July 2024)", () => {
  const article = read(
    [
      "OCS : Pékin et Moscou affichent leur entente à Astana",
      "ASTANA (AFP) — Les dirigeants de l'Organisation de coopération de Shanghai se sont retrouvés jeudi à Astana pour un sommet de deux jours.",
      "Le président chinois Xi Jinping a appelé à « rejeter la mentalité de bloc ». Le président russe Vladimir Poutine a, lui, vanté « un monde multipolaire ».",
      "« Nos deux pays sont des piliers de la stabilité », a déclaré le chef de l'État russe lors d'une rencontre bilatérale.",
      "Créée en 2001, l'organisation compte désormais dix membres. Le Bélarus l'a rejointe officiellement ce jeudi.",
      "Interrogé sur l'Ukraine, Xi Jinping a répondu : « La Chine reste neutre. »",
    ].join("\n"),
    "fr",
    "2024-07-05",
  );

  it("names each speaker: a function, a subject, an inverted « lui », a participle's agent left aside", () => {
    expect(speakers(article)).toEqual([
      ["rejeter la mentalité de bloc", "Xi Jinping"],
      ["un monde multipolaire", "Vladimir Poutine"],
      ["Nos deux pays sont des piliers de la stabilité", "Vladimir Poutine"],
      ["La Chine reste neutre.", "Xi Jinping"],
    ]);
  });

  it("dates every statement on the Thursday of the summit and keeps 2001 as history", () => {
    expect(events(article)).toEqual([
      ["jeudi", "2024-07-04..2024-07-04", ["rejeter la mentalité de bloc", "un monde multipolaire", "Nos deux pays sont des piliers de la stabilité", "La Chine reste neutre."]],
      ["en 2001", "2001-01-01..2001-12-31", []],
    ]);
  });
});

describe("fr: EU enlargement talks (published Friday 15 December 2023)", () => {
  const article = read(
    [
      "Élargissement de l'UE : feu vert pour l'Ukraine et la Moldavie",
      "BRUXELLES (AFP) — Les Vingt-Sept ont décidé jeudi soir d'ouvrir des négociations d'adhésion avec l'Ukraine et la Moldavie, une décision saluée comme « historique » par Kyiv.",
      "« C'est une victoire pour toute l'Europe », s'est réjoui le président du Conseil européen, Charles Michel, dans un message publié dans la nuit.",
      "Le Premier ministre hongrois Viktor Orban, qui s'était opposé à cette décision, a quitté la salle au moment du vote. Il a dénoncé vendredi matin une décision « totalement insensée ».",
      "Les négociations devraient débuter au printemps prochain, selon un diplomate européen.",
      "L'Ukraine avait déposé sa candidature le 28 février 2022, quatre jours après le début de l'invasion russe.",
    ].join("\n"),
    "fr",
    "2023-12-15",
  );

  it("names the Council's president and resolves « il » to Orban", () => {
    const found = speakers(article);
    expect(found).toContainEqual(["C'est une victoire pour toute l'Europe", "Charles Michel"]);
    expect(found).toContainEqual(["totalement insensée", "Viktor Orban"]);
  });

  it("dates the decision, the reaction, the coming spring and the application four days after the invasion", () => {
    // « dans un message publié dans la nuit »: the night from Thursday's vote into Friday's publication.
    expect(dateOf(article, "C'est une victoire pour toute l'Europe")).toBe("2023-12-14..2023-12-15");
    expect(dateOf(article, "totalement insensée")).toBe("2023-12-15..2023-12-15");
    expect(events(article).slice(3)).toEqual([
      ["au printemps prochain", "2024-03-01..2024-05-31", []],
      ["28 février 2022", "2022-02-28..2022-02-28", []],
      ["quatre jours après", "2022-02-24..2022-02-24", []],
    ]);
  });
});

describe("fr: Putin in Beijing (published Friday 17 May 2024)", () => {
  const article = read(
    [
      "Poutine à Pékin : une amitié réaffirmée",
      "PÉKIN (AFP) — Vladimir Poutine et Xi Jinping ont signé jeudi une déclaration commune dénonçant « l'hégémonie américaine ».",
      "« Les relations entre nos pays n'ont jamais été aussi bonnes », ont déclaré les deux dirigeants devant la presse.",
      "Le Kremlin a qualifié la rencontre de « très productive ». Mais à Washington, le département d'État a jugé ce rapprochement « préoccupant ». La porte-parole Anne Durand a précisé que les États-Unis suivaient « de près » la situation.",
      "Il y a deux ans, les deux pays avaient proclamé une amitié « sans limites ».",
    ].join("\n"),
    "fr",
    "2024-05-17",
  );

  it("gives a joint statement both names, « les deux dirigeants » the two just named, and the spokeswoman her name", () => {
    const found = speakers(article);
    expect(found).toContainEqual(["l'hégémonie américaine", "Vladimir Poutine et Xi Jinping"]);
    expect(found).toContainEqual(["Les relations entre nos pays n'ont jamais été aussi bonnes", "Vladimir Poutine et Xi Jinping"]);
    expect(found).toContainEqual(["très productive", "Kremlin"]);
    expect(found).toContainEqual(["de près", "Anne Durand"]);
    const joint = article.events.flatMap((e) => e.quotes).find((q) => q.text === "l'hégémonie américaine");
    expect(joint?.speakers).toEqual(["Vladimir Poutine", "Xi Jinping"]);
  });

  it("dates the visit's statements on Thursday and « il y a deux ans » to 2022, with the scare quote dropped", () => {
    expect(dateOf(article, "l'hégémonie américaine")).toBe("2024-05-16..2024-05-16");
    expect(dateOf(article, "Les relations entre nos pays n'ont jamais été aussi bonnes")).toBe("2024-05-16..2024-05-16");
    expect(events(article).at(-1)).toEqual(["Il y a deux ans", "2022-01-01..2022-12-31", []]);
  });
});

describe("fr: Sweden joins NATO (published Friday 8 March 2024)", () => {
  const article = read(
    [
      "La Suède devient le 32e membre de l'OTAN",
      "WASHINGTON (AFP) — La Suède est officiellement devenue jeudi le 32e membre de l'Alliance atlantique, près de deux ans après sa demande d'adhésion.",
      "« La Suède est désormais plus sûre », a déclaré le Premier ministre suédois Ulf Kristersson lors d'une cérémonie au département d'État.",
      "Le chef du gouvernement a rappelé que son pays avait renoncé en 2022 à deux siècles de neutralité.",
      "Le secrétaire d'État Antony Blinken a salué « un moment historique ». « Ce qui devait être un jour impossible est arrivé », a-t-il ajouté.",
      "La Hongrie avait été le dernier pays à ratifier l'adhésion, le 26 février.",
    ].join("\n"),
    "fr",
    "2024-03-08",
  );

  it("dates the accession on Thursday, the application two years before, and Hungary's ratification on 26 February", () => {
    expect(dateOf(article, "La Suède est désormais plus sûre")).toBe("2024-03-07..2024-03-07");
    expect(speakers(article)[0]).toEqual(["La Suède est désormais plus sûre", "Ulf Kristersson"]);
    expect(events(article).slice(1)).toEqual([
      ["deux ans après", "2022-01-01..2022-12-31", []],
      ["26 février", "2024-02-26..2024-02-26", []],
    ]);
  });
});

describe("en: the AUKUS submarine plan (published Tuesday 14 March 2023)", () => {
  const article = read(
    [
      "AUKUS partners unveil submarine plan",
      "SAN DIEGO (Reuters) — The leaders of Australia, Britain and the United States on Monday unveiled details of a plan to equip Australia with nuclear-powered submarines.",
      "\"This is the biggest single investment in Australia's defence capability in our history,\" Australian Prime Minister Anthony Albanese said at the ceremony at Point Loma naval base.",
      "Beijing was quick to react. China's foreign ministry said the pact had taken the countries \"further down the wrong and dangerous road\".",
      "The deal, first announced in September 2021, angered France, which lost a multibillion-dollar contract. French officials at the time called it \"a stab in the back\".",
      "The first submarines are expected to be delivered in the 2030s.",
    ].join("\n"),
    "en",
    "2023-03-14",
  );

  it("names the prime minister and China's ministry, and no one for 'French officials'", () => {
    expect(speakers(article)).toEqual([
      ["This is the biggest single investment in Australia's defence capability in our history,", "Anthony Albanese"],
      ["further down the wrong and dangerous road", "China's foreign ministry"],
      ["a stab in the back", null],
    ]);
  });

  it("dates the unveiling on Monday, the French reaction 'at the time' in September 2021, and the 2030s", () => {
    expect(events(article)).toEqual([
      ["on Monday", "2023-03-13..2023-03-13", ["This is the biggest single investment in Australia's defence capability in our history,", "further down the wrong and dangerous road"]],
      ["September 2021", "2021-09-01..2021-09-30", ["a stab in the back"]],
      ["in the 2030s", "2030-01-01..2039-12-31", []],
    ]);
  });
});

describe("en: Xi leaves Moscow (published Wednesday 22 March 2023)", () => {
  const article = read(
    [
      "Xi leaves Moscow after talks with Putin",
      "MOSCOW (AFP) — Chinese President Xi Jinping left Moscow on Wednesday after a three-day state visit to Vladimir Putin.",
      "The two leaders signed a joint statement on Tuesday. Putin said the talks had been \"open and friendly\".",
      "The Kremlin said the visit was \"a landmark\". Ukrainian President Volodymyr Zelensky, for his part, said he had invited Xi to talk. \"We are ready to see China as a mediator,\" he said.",
    ].join("\n"),
    "en",
    "2023-03-22",
  );

  it("names Putin from his surname, the Kremlin, and Zelensky through 'he'", () => {
    expect(speakers(article)).toEqual([
      ["open and friendly", "Vladimir Putin"],
      ["a landmark", "Kremlin"],
      ["We are ready to see China as a mediator,", "Volodymyr Zelensky"],
    ]);
  });

  it("dates Putin's words on the Tuesday of the talks", () => {
    expect(dateOf(article, "open and friendly")).toBe("2023-03-21..2023-03-21");
  });
});

describe("en: Japan and AUKUS (published Wednesday 10 April 2024)", () => {
  const article = read(
    [
      "Japan weighs joining AUKUS defence tech pillar",
      "TOKYO (Kyodo) — Japanese Prime Minister Fumio Kishida is due to hold talks with US President Joe Biden in Washington on Wednesday.",
      "Ahead of the visit, AUKUS defence ministers said on Monday they would consult Japan on advanced capability projects.",
      "\"Japan is a natural partner,\" Australian Defence Minister Richard Marles said. He noted that the pact was signed in 2021.",
      "China's embassy in Tokyo said the grouping was stoking \"bloc confrontation\". The embassy added that it \"firmly opposes\" any expansion.",
      "The next meeting is scheduled for late 2024.",
    ].join("\n"),
    "en",
    "2024-04-10",
  );

  it("names the minister, China's embassy, and 'the embassy' after it", () => {
    expect(speakers(article)).toEqual([
      ["Japan is a natural partner,", "Richard Marles"],
      ["bloc confrontation", "China's embassy"],
      ["firmly opposes", "China's embassy"],
    ]);
  });

  it("reads 'is due to … on Wednesday' as the day of publication and 'late 2024' as its last third", () => {
    const found = events(article);
    expect(found[0]).toEqual(["on Wednesday", "2024-04-10..2024-04-10", []]);
    expect(found.at(-1)).toEqual(["late 2024", "2024-09-01..2024-12-31", []]);
  });
});
