import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { DateRange, Language } from "../../domain/schemas/ingest";
import { analyzeArticle } from "../analyze-article";
import { type ReferenceEvent, parseReferenceEvents } from "../dates/reference-events";

const referenceEvents = parseReferenceEvents(
  JSON.parse(readFileSync(fileURLToPath(new URL("../../../data/reference-events.json", import.meta.url)), "utf8")),
  "reference-events.json",
);

/** Wednesday 6 March 2024. */
const WEDNESDAY: DateRange = { start: "2024-03-06", end: "2024-03-06", basis: "test" };

interface Dated {
  quote: string;
  speaker: string | null;
  /** The statement's date: the range of the event the quote is listed under. */
  date: string;
}

function analyze(text: string, language: Language, published: DateRange | null, references: readonly ReferenceEvent[]) {
  return analyzeArticle({ id: "t", text, language, outlet: null, published }, [...references]);
}

/** Each kept quote in text order, with its speaker and the date of the event that lists it. */
function statements(text: string, language: Language, published: DateRange | null = WEDNESDAY, references: readonly ReferenceEvent[] = []): Dated[] {
  return analyze(text, language, published, references)
    .events.flatMap((e) => e.quotes.map((q) => ({ start: q.start, quote: q.text, speaker: q.speaker, date: `${e.date.start}..${e.date.end}` })))
    .sort((a, b) => a.start - b.start)
    .map(({ quote, speaker, date }) => ({ quote, speaker, date }));
}

/** Every event's range, in output order. */
function eventDates(text: string, language: Language, published: DateRange | null = WEDNESDAY): string[] {
  return analyze(text, language, published, []).events.map((e) => `${e.date.start}..${e.date.end}`);
}

type Case = readonly [Language, string, Dated[]];

describe("the time words of the sentence that reports the quote", () => {
  it.each<Case>([
    ["fr", "Anne Durand a déclaré mardi : « Nous sommes prêts à négocier. »", [{ quote: "Nous sommes prêts à négocier.", speaker: "Anne Durand", date: "2024-03-05..2024-03-05" }]],
    ["fr", "Anne Durand a déclaré le 4 mars 2024 : « Nous resterons unis. »", [{ quote: "Nous resterons unis.", speaker: "Anne Durand", date: "2024-03-04..2024-03-04" }]],
    ["fr", "Anne Durand a déclaré il y a trois jours : « Nous resterons unis. »", [{ quote: "Nous resterons unis.", speaker: "Anne Durand", date: "2024-03-03..2024-03-03" }]],
    ["fr", "« Nous resterons unis », a déclaré hier Anne Durand.", [{ quote: "Nous resterons unis", speaker: "Anne Durand", date: "2024-03-05..2024-03-05" }]],
    ["en", 'Anne Durand said on Tuesday: "We are ready to negotiate."', [{ quote: "We are ready to negotiate.", speaker: "Anne Durand", date: "2024-03-05..2024-03-05" }]],
    ["en", 'Anne Durand said on 4 March 2024: "We will stay united."', [{ quote: "We will stay united.", speaker: "Anne Durand", date: "2024-03-04..2024-03-04" }]],
    ["en", 'Anne Durand said three days ago: "We will stay united."', [{ quote: "We will stay united.", speaker: "Anne Durand", date: "2024-03-03..2024-03-03" }]],
    ["en", '"We will stay united," Anne Durand said yesterday.', [{ quote: "We will stay united,", speaker: "Anne Durand", date: "2024-03-05..2024-03-05" }]],
    ["fr", "Anne Durand a déclaré le 4 : « Nous resterons unis. »", [{ quote: "Nous resterons unis.", speaker: "Anne Durand", date: "2024-03-04..2024-03-04" }]],
    ["en", 'Anne Durand said on the 4th: "We will stay united."', [{ quote: "We will stay united.", speaker: "Anne Durand", date: "2024-03-04..2024-03-04" }]],
    ["fr", "Mardi, Anne Durand, qui préside la commission, a déclaré : « Nous resterons unis. »", [{ quote: "Nous resterons unis.", speaker: "Anne Durand", date: "2024-03-05..2024-03-05" }]],
    ["en", 'On Tuesday, Anne Durand, who chairs the committee, said: "We will stay united."', [{ quote: "We will stay united.", speaker: "Anne Durand", date: "2024-03-05..2024-03-05" }]],
    ["fr", "« Nous resterons unis », a déclaré Anne Durand en début de mois.", [{ quote: "Nous resterons unis", speaker: "Anne Durand", date: "2024-03-01..2024-03-10" }]],
    ["en", '"We will stay united," Anne Durand said at the start of the month.', [{ quote: "We will stay united,", speaker: "Anne Durand", date: "2024-03-01..2024-03-10" }]],
    // The phrase that opens the sentence frames it, however far its date stands from the verb.
    [
      "fr",
      "Lors d'un entretien avec la radio publique le mois dernier, la présidente lituanienne Anne Durand a assuré que son pays ne se laisserait pas « intimider ».",
      [{ quote: "intimider", speaker: "Anne Durand", date: "2024-02-01..2024-02-29" }],
    ],
    [
      "en",
      'In an interview with public radio last month, Lithuanian President Anne Durand said her country would not be "bullied".',
      [{ quote: "bullied", speaker: "Anne Durand", date: "2024-02-01..2024-02-29" }],
    ],
  ])("%s: %s", (language, text, expected) => {
    expect(statements(text, language)).toEqual(expected);
  });
});

describe("the medium the words were said in, dated by its participle", () => {
  it.each<Case>([
    ["fr", "« Nous resterons unis », a dit Anne Durand dans un entretien publié lundi.", [{ quote: "Nous resterons unis", speaker: "Anne Durand", date: "2024-03-04..2024-03-04" }]],
    ["fr", "« Nous resterons unis », a dit Anne Durand dans un communiqué diffusé le 4 mars.", [{ quote: "Nous resterons unis", speaker: "Anne Durand", date: "2024-03-04..2024-03-04" }]],
    ["en", '"We will stay united," Anne Durand said in an interview published Monday.', [{ quote: "We will stay united,", speaker: "Anne Durand", date: "2024-03-04..2024-03-04" }]],
    ["en", '"We will stay united," Anne Durand said in a statement released on 4 March.', [{ quote: "We will stay united,", speaker: "Anne Durand", date: "2024-03-04..2024-03-04" }]],
  ])("%s: %s", (language, text, expected) => {
    expect(statements(text, language)).toEqual(expected);
  });

  it.each<Case>([
    ["en", '"We will stay united," Anne Durand said of the agreement signed on Monday.', [{ quote: "We will stay united,", speaker: "Anne Durand", date: "2024-03-06..2024-03-06" }]],
  ])("%s: …not any noun's participle: %s", (language, text, expected) => {
    expect(statements(text, language)).toEqual(expected);
  });
});

describe("a year dates a statement only next to its verb", () => {
  it.each<Case>([
    ["fr", "En 2019, Anne Durand avait déclaré : « Cet accord est historique. »", [{ quote: "Cet accord est historique.", speaker: "Anne Durand", date: "2019-01-01..2019-12-31" }]],
    ["en", 'In 2019, Anne Durand had said: "This agreement is historic."', [{ quote: "This agreement is historic.", speaker: "Anne Durand", date: "2019-01-01..2019-12-31" }]],
  ])("%s: a year opening the reporting sentence dates it: %s", (language, text, expected) => {
    expect(statements(text, language)).toEqual(expected);
  });

  it.each<Case>([
    [
      "fr",
      "« Nous ne céderons rien », a déclaré Anne Durand, évoquant l'accord signé en 2019.",
      [{ quote: "Nous ne céderons rien", speaker: "Anne Durand", date: "2024-03-06..2024-03-06" }],
    ],
    [
      "fr",
      "Anne Durand, qui avait été élue en 2019, a déclaré : « Nous resterons unis face à la Russie. »",
      [{ quote: "Nous resterons unis face à la Russie.", speaker: "Anne Durand", date: "2024-03-06..2024-03-06" }],
    ],
    [
      "en",
      '"We will concede nothing," Anne Durand said, referring to the agreement signed in 2019.',
      [{ quote: "We will concede nothing,", speaker: "Anne Durand", date: "2024-03-06..2024-03-06" }],
    ],
    [
      "en",
      'Anne Durand, who was elected in 2019, said: "We will stay united against Russia."',
      [{ quote: "We will stay united against Russia.", speaker: "Anne Durand", date: "2024-03-06..2024-03-06" }],
    ],
  ])("%s: a background year elsewhere in the sentence does not: %s", (language, text, expected) => {
    expect(statements(text, language)).toEqual(expected);
  });

  it.each([
    ["fr", "« Nous ne céderons rien », a déclaré Anne Durand, évoquant l'accord signé en 2019."],
    ["en", '"We will concede nothing," Anne Durand said, referring to the agreement signed in 2019.'],
  ] as const)("%s: the background year stays an event of its own, without the quote: %s", (language, text) => {
    const events = analyze(text, language, WEDNESDAY, []).events;
    const year = events.find((e) => e.date.start === "2019-01-01");
    expect(year?.date.end).toBe("2019-12-31");
    expect(year?.quotes).toEqual([]);
  });
});

describe("the speaker's own dated statement earlier", () => {
  it.each<Case>([
    [
      "fr",
      "Anne Durand a pris la parole mardi à Bruxelles devant les ambassadeurs.\n« Nous ne céderons rien », a-t-elle ajouté en conférence de presse.",
      [{ quote: "Nous ne céderons rien", speaker: "Anne Durand", date: "2024-03-05..2024-03-05" }],
    ],
    [
      "en",
      'Anne Durand spoke in Brussels on Tuesday before the ambassadors.\n"We will concede nothing," she added at a news conference.',
      [{ quote: "We will concede nothing,", speaker: "Anne Durand", date: "2024-03-05..2024-03-05" }],
    ],
  ])("%s: %s", (language, text, expected) => {
    expect(statements(text, language)).toEqual(expected);
  });

  it.each<Case>([
    // Her statement in a relative clause, told in the pluperfect, is background: her words now are as published.
    [
      "fr",
      "Anne Durand, qui avait jugé lundi l'objectif « déraisonnable », a obtenu un arrangement.\n« Nous respectons nos alliés », a-t-elle dit.",
      [
        { quote: "déraisonnable", speaker: "Anne Durand", date: "2024-03-04..2024-03-04" },
        { quote: "Nous respectons nos alliés", speaker: "Anne Durand", date: "2024-03-06..2024-03-06" },
      ],
    ],
    [
      "en",
      'Anne Durand, who had called the target "unreasonable" on Monday, secured a deal.\n"We respect our allies," she said.',
      [
        { quote: "unreasonable", speaker: "Anne Durand", date: "2024-03-04..2024-03-04" },
        { quote: "We respect our allies,", speaker: "Anne Durand", date: "2024-03-06..2024-03-06" },
      ],
    ],
    // Her action is the sentence's, not a clause's in it: « après qu'elle a … le 4 mars » is not what she did that day.
    [
      "fr",
      "Le discours d'Anne Durand est venu après qu'elle a manqué le débat du 27 février.\n« Nous tiendrons », a-t-elle dit.",
      [{ quote: "Nous tiendrons", speaker: "Anne Durand", date: "2024-03-06..2024-03-06" }],
    ],
    [
      "en",
      'Anne Durand\'s speech came after she missed the February 27 debate.\n"We will hold," she said.',
      [{ quote: "We will hold,", speaker: "Anne Durand", date: "2024-03-06..2024-03-06" }],
    ],
  ])("%s: not from a background clause: %s", (language, text, expected) => {
    expect(statements(text, language)).toEqual(expected);
  });

  it.each<Case>([
    [
      "fr",
      "Anne Durand s'est exprimée lundi devant la presse. Elle se rendra mercredi à Bruxelles. « Nous sommes prêts », a-t-elle dit.",
      [{ quote: "Nous sommes prêts", speaker: "Anne Durand", date: "2024-03-04..2024-03-04" }],
    ],
    [
      "en",
      'Anne Durand spoke to reporters on Monday. She is on Wednesday due to visit Brussels. "We are ready," she said.',
      [{ quote: "We are ready,", speaker: "Anne Durand", date: "2024-03-04..2024-03-04" }],
    ],
    [
      "en",
      'Anne Durand spoke to reporters on Monday. She will visit Brussels on Wednesday. "We are ready," she said.',
      [{ quote: "We are ready,", speaker: "Anne Durand", date: "2024-03-04..2024-03-04" }],
    ],
  ])("%s: not from a plan, even one for the day of writing: %s", (language, text, expected) => {
    expect(statements(text, language)).toEqual(expected);
  });
});

describe("the dated occasion the sentence names", () => {
  it.each<Case>([
    [
      "fr",
      "Le sommet s'est ouvert lundi à Vilnius.\nLors du sommet, Paul Girard a déclaré : « L'Ukraine a sa place parmi nous. »",
      [{ quote: "L'Ukraine a sa place parmi nous.", speaker: "Paul Girard", date: "2024-03-04..2024-03-04" }],
    ],
    [
      "en",
      'The summit opened in Vilnius on Monday.\nAt the summit, Paul Girard said: "Ukraine belongs with us."',
      [{ quote: "Ukraine belongs with us.", speaker: "Paul Girard", date: "2024-03-04..2024-03-04" }],
    ],
  ])("%s: %s", (language, text, expected) => {
    expect(statements(text, language)).toEqual(expected);
  });

  it.each<Case>([
    [
      "fr",
      "Pendant le sommet de l'OTAN à Vilnius, Anne Durand a déclaré : « L'Ukraine a sa place parmi nous. »",
      [{ quote: "L'Ukraine a sa place parmi nous.", speaker: "Anne Durand", date: "2023-07-11..2023-07-12" }],
    ],
    [
      "en",
      'During the Vilnius summit, Anne Durand said: "Ukraine belongs with us."',
      [{ quote: "Ukraine belongs with us.", speaker: "Anne Durand", date: "2023-07-11..2023-07-12" }],
    ],
  ])("%s: a reference event named as when the words were said dates them: %s", (language, text, expected) => {
    expect(statements(text, language, null, referenceEvents)).toEqual(expected);
  });
});

describe("a dated report in the same paragraph", () => {
  it.each<Case>([
    [
      "fr",
      "Le chancelier Karl Weber a annoncé dimanche un plan d'aide. « Il faut agir vite », a expliqué Anne Durand.",
      [{ quote: "Il faut agir vite", speaker: "Anne Durand", date: "2024-03-03..2024-03-03" }],
    ],
    [
      "en",
      'Chancellor Karl Weber announced an aid plan on Sunday. "We must act fast," Anne Durand explained.',
      [{ quote: "We must act fast,", speaker: "Anne Durand", date: "2024-03-03..2024-03-03" }],
    ],
    [
      "en",
      '"We will not yield," Anne Durand said. She announced the plan on Monday.',
      [{ quote: "We will not yield,", speaker: "Anne Durand", date: "2024-03-04..2024-03-04" }],
    ],
  ])("%s: %s", (language, text, expected) => {
    expect(statements(text, language)).toEqual(expected);
  });

  it.each<Case>([
    [
      "fr",
      "« Nous ne céderons pas », a dit Anne Durand. Lundi, les alliés ont promis une nouvelle aide.",
      [{ quote: "Nous ne céderons pas", speaker: "Anne Durand", date: "2024-03-06..2024-03-06" }],
    ],
    [
      "en",
      '"We will not yield," Anne Durand said. On Monday, allies pledged new aid.',
      [{ quote: "We will not yield,", speaker: "Anne Durand", date: "2024-03-06..2024-03-06" }],
    ],
    [
      "fr",
      "« C'est inacceptable », a-t-on appris. Lundi, le président Karl Weber a demandé une réunion.",
      [{ quote: "C'est inacceptable", speaker: null, date: "2024-03-06..2024-03-06" }],
    ],
  ])("%s: a report after the quote by someone else, or by anyone when the quote's speaker is unknown, does not date it: %s", (language, text, expected) => {
    expect(statements(text, language)).toEqual(expected);
  });
});

describe("a reaction to what the text just reported", () => {
  it.each<Case>([
    [
      "fr",
      "Karl Weber a annoncé mardi des sanctions contre Moscou.\nEn réponse, la diplomatie russe a dénoncé « une escalade dangereuse et inutile ».",
      [{ quote: "une escalade dangereuse et inutile", speaker: "Diplomatie russe", date: "2024-03-05..2024-03-05" }],
    ],
    [
      "en",
      'Karl Weber announced sanctions against Moscow on Tuesday.\nIn response, the Russian foreign ministry denounced "a dangerous and pointless escalation".',
      [{ quote: "a dangerous and pointless escalation", speaker: "Russian foreign ministry", date: "2024-03-05..2024-03-05" }],
    ],
  ])("%s: %s", (language, text, expected) => {
    expect(statements(text, language)).toEqual(expected);
  });
});

describe("the reporting verb after a participle in apposition dates the quote", () => {
  it.each<Case>([
    ["fr", "« Nous ne sommes pas en guerre », a répété mardi Paul Girard, interrogé à la télévision.", [{ quote: "Nous ne sommes pas en guerre", speaker: "Paul Girard", date: "2024-03-05..2024-03-05" }]],
    ["en", '"We are not at war," Paul Girard, interviewed on television, repeated on Tuesday.', [{ quote: "We are not at war,", speaker: "Paul Girard", date: "2024-03-05..2024-03-05" }]],
  ])("%s: %s", (language, text, expected) => {
    expect(statements(text, language)).toEqual(expected);
  });
});

describe("a relative clause about the speaker dates the words only when its verb tells the speaking", () => {
  const said = (quote: string, speaker: string | null, date: string): Dated => ({ quote, speaker, date });
  it.each<Case>([
    ["fr", "« Nous sommes prêts », a déclaré Anne Durand, qui s'exprimait mardi devant la presse.", [said("Nous sommes prêts", "Anne Durand", "2024-03-05..2024-03-05")]],
    ["fr", "Anne Durand, qui s'est exprimée mardi devant la presse, a déclaré : « Nous sommes prêts. »", [said("Nous sommes prêts.", "Anne Durand", "2024-03-05..2024-03-05")]],
    ["en", '"We are ready," said Anne Durand, who spoke to reporters on Tuesday.', [said("We are ready,", "Anne Durand", "2024-03-05..2024-03-05")]],
    ["en", '"We are ready," Anne Durand, who spoke to reporters on Tuesday, said.', [said("We are ready,", "Anne Durand", "2024-03-05..2024-03-05")]],
  ])("%s: %s", (language, text, expected) => {
    expect(statements(text, language)).toEqual(expected);
  });

  it.each<Case>([
    // The clause tells something else the speaker did: its date is not the statement's, which is the one after the verb.
    ["fr", "Anne Durand, qui a pris ses fonctions le 1er octobre, a déclaré mardi : « Nous sommes prêts. »", [said("Nous sommes prêts.", "Anne Durand", "2024-03-05..2024-03-05")]],
    ["en", 'Anne Durand, who took office on October 1, said on Tuesday: "We are ready."', [said("We are ready.", "Anne Durand", "2024-03-05..2024-03-05")]],
    ["en", '"We are ready," Anne Durand, who took office on October 1, said on Tuesday.', [said("We are ready,", "Anne Durand", "2024-03-05..2024-03-05")]],
    // …nor, without one, a date of the statement at all: the words are as published.
    ["fr", "Anne Durand, qui a pris ses fonctions le 1er octobre, a déclaré : « Nous sommes prêts. »", [said("Nous sommes prêts.", "Anne Durand", "2024-03-06..2024-03-06")]],
    ["en", 'The minister, who took office on October 1, said: "We are ready."', [said("We are ready.", null, "2024-03-06..2024-03-06")]],
    ["en", '"We are ready," said Anne Durand, who announced her candidacy on Tuesday.', [said("We are ready,", "Anne Durand", "2024-03-06..2024-03-06")]],
  ])("%s: %s", (language, text, expected) => {
    expect(statements(text, language)).toEqual(expected);
  });
});

describe("a participial clause after the verb: its complement's dates are not the statement's", () => {
  const said = (quote: string, speaker: string | null, date: string): Dated => ({ quote, speaker, date });
  it.each<Case>([
    ["fr", "« Il a tout changé », a déclaré Anne Durand, rappelant la signature du traité le 4 avril 1949.", [said("Il a tout changé", "Anne Durand", "2024-03-06..2024-03-06")]],
    ["en", '"It changed everything," said Anne Durand, recalling the signing of the treaty on April 4, 1949.', [said("It changed everything,", "Anne Durand", "2024-03-06..2024-03-06")]],
    ["en", '"It changed everything," said Anne Durand on Tuesday, recalling the treaty signed on April 4, 1949.', [said("It changed everything,", "Anne Durand", "2024-03-05..2024-03-05")]],
    // The clause of a participle that tells the speaking is its occasion; one that tells the words is dated right after it.
    ["fr", "« Nous sommes prêts », a déclaré Anne Durand, s'exprimant mardi devant la presse.", [said("Nous sommes prêts", "Anne Durand", "2024-03-05..2024-03-05")]],
    ["en", '"We are ready," said Anne Durand, speaking to reporters on Tuesday.', [said("We are ready,", "Anne Durand", "2024-03-05..2024-03-05")]],
    ["fr", "« Nous sommes prêts », a déclaré Anne Durand, ajoutant mardi que rien n'était décidé.", [said("Nous sommes prêts", "Anne Durand", "2024-03-05..2024-03-05")]],
    ["en", '"We are ready," said Anne Durand, adding on Tuesday that nothing was settled.', [said("We are ready,", "Anne Durand", "2024-03-05..2024-03-05")]],
  ])("%s: %s", (language, text, expected) => {
    expect(statements(text, language)).toEqual(expected);
  });
});

describe("said at the time: the time of the story just told, not the day of writing", () => {
  const years = { start: "2016-04-07", end: "2016-04-07", basis: "test" };
  it.each<Case>([
    [
      "fr",
      "La France a quitté le commandement le 7 mars 1966.\n« Nous reprenons notre souveraineté », avait déclaré à l'époque Paul Girard.",
      [{ quote: "Nous reprenons notre souveraineté", speaker: "Paul Girard", date: "1966-03-07..1966-03-07" }],
    ],
    [
      "en",
      'France left the command on March 7, 1966.\n"We are taking back our sovereignty," Paul Girard said at the time.',
      [{ quote: "We are taking back our sovereignty,", speaker: "Paul Girard", date: "1966-03-07..1966-03-07" }],
    ],
  ])("%s: %s", (language, text, expected) => {
    expect(statements(text, language, years)).toEqual(expected);
  });

  it("en: the speaker's own « at the time » is no connective of the reporter's", () => {
    const text = 'France left the command on March 7, 1966.\n"I was the minister at the time," Paul Girard said.';
    expect(statements(text, "en", { start: "2016-04-07", end: "2016-04-07", basis: "test" })).toEqual([
      { quote: "I was the minister at the time,", speaker: "Paul Girard", date: "2016-04-07..2016-04-07" },
    ]);
  });
});

describe("the day the story is at", () => {
  it.each<Case>([
    [
      "fr",
      "Le sommet s'est ouvert lundi à Vilnius.\nPaul Girard a jugé la situation « très préoccupante pour l'Europe ».",
      [{ quote: "très préoccupante pour l'Europe", speaker: "Paul Girard", date: "2024-03-04..2024-03-04" }],
    ],
    [
      "en",
      'The summit opened in Vilnius on Monday.\nPaul Girard called the situation "very worrying for Europe".',
      [{ quote: "very worrying for Europe", speaker: "Paul Girard", date: "2024-03-04..2024-03-04" }],
    ],
  ])("%s: %s", (language, text, expected) => {
    expect(statements(text, language)).toEqual(expected);
  });

  it.each<Case>([
    [
      "fr",
      "Le traité avait été signé le 4 février 2022.\nPaul Girard a jugé la situation « très préoccupante pour l'Europe ».",
      [{ quote: "très préoccupante pour l'Europe", speaker: "Paul Girard", date: "2024-03-06..2024-03-06" }],
    ],
    [
      "en",
      'The treaty had been signed on February 4, 2022.\nPaul Girard called the situation "very worrying for Europe".',
      [{ quote: "very worrying for Europe", speaker: "Paul Girard", date: "2024-03-06..2024-03-06" }],
    ],
  ])("%s: a day long past is history, not the day the story is at: %s", (language, text, expected) => {
    expect(statements(text, language)).toEqual(expected);
  });

  // Published on a Wednesday: the summit of Tuesday is the day the story is at, not what came before it or is to come.
  it.each<Case>([
    // Told in the pluperfect: before the story's time.
    ["fr", "Le sommet s'est ouvert mardi. Paul Girard avait prévenu lundi les alliés.\nIl a jugé la situation « très grave ».", [{ quote: "très grave", speaker: "Paul Girard", date: "2024-03-05..2024-03-05" }]],
    ["en", 'The summit opened on Tuesday. Paul Girard had warned the allies on Monday.\nHe called the situation "very serious".', [{ quote: "very serious", speaker: "Paul Girard", date: "2024-03-05..2024-03-05" }]],
    // After "after": the story is past that day.
    ["fr", "Le sommet s'est ouvert mardi. L'accord est intervenu après un dîner lundi soir.\nPaul Girard a jugé la situation « très grave ».", [{ quote: "très grave", speaker: "Paul Girard", date: "2024-03-05..2024-03-05" }]],
    ["en", 'The summit opened on Tuesday. The deal came after a dinner on Monday evening.\nPaul Girard called the situation "very serious".', [{ quote: "very serious", speaker: "Paul Girard", date: "2024-03-05..2024-03-05" }]],
    // Since a day: the story is now, past it; a report with a reporting verb dates nothing from there either.
    ["fr", "Les discussions se poursuivent depuis lundi.\n« Nous sommes proches », a déclaré Paul Girard.", [{ quote: "Nous sommes proches", speaker: "Paul Girard", date: "2024-03-06..2024-03-06" }]],
    ["en", 'Talks have continued since Monday.\n"We are close," Paul Girard said.', [{ quote: "We are close,", speaker: "Paul Girard", date: "2024-03-06..2024-03-06" }]],
    ["en", 'Talks have continued since Monday. "We are close," Paul Girard said.', [{ quote: "We are close,", speaker: "Paul Girard", date: "2024-03-06..2024-03-06" }]],
    // Told in the future: to come, not where the story is.
    ["fr", "Le sommet s'est ouvert mardi. Les ministres doivent se retrouver jeudi.\nPaul Girard a jugé la situation « très grave ».", [{ quote: "très grave", speaker: "Paul Girard", date: "2024-03-05..2024-03-05" }]],
    ["en", 'The summit opened on Tuesday. Ministers are scheduled to meet on Thursday.\nPaul Girard called the situation "very serious".', [{ quote: "very serious", speaker: "Paul Girard", date: "2024-03-05..2024-03-05" }]],
  ])("%s: %s", (language, text, expected) => {
    expect(statements(text, language)).toEqual(expected);
  });
});

describe("else the publication, a range when that is a range", () => {
  it.each<Case>([
    ["fr", "Paul Girard a jugé la situation « très préoccupante pour l'Europe ».", [{ quote: "très préoccupante pour l'Europe", speaker: "Paul Girard", date: "2024-03-06..2024-03-06" }]],
    ["en", 'Paul Girard called the situation "very worrying for Europe".', [{ quote: "very worrying for Europe", speaker: "Paul Girard", date: "2024-03-06..2024-03-06" }]],
  ])("%s: %s", (language, text, expected) => {
    expect(statements(text, language)).toEqual(expected);
  });

  const range: DateRange = { start: "2024-03-05", end: "2024-03-07", basis: "test" };
  it.each<Case>([
    ["fr", "Paul Girard a jugé la situation « très préoccupante pour l'Europe ».", [{ quote: "très préoccupante pour l'Europe", speaker: "Paul Girard", date: "2024-03-05..2024-03-07" }]],
    ["fr", "Anne Durand a déclaré hier : « Nous sommes prêts. »", [{ quote: "Nous sommes prêts.", speaker: "Anne Durand", date: "2024-03-04..2024-03-06" }]],
    ["en", 'Paul Girard called the situation "very worrying for Europe".', [{ quote: "very worrying for Europe", speaker: "Paul Girard", date: "2024-03-05..2024-03-07" }]],
    ["en", 'Anne Durand said yesterday: "We are ready."', [{ quote: "We are ready.", speaker: "Anne Durand", date: "2024-03-04..2024-03-06" }]],
    ["en", 'Anne Durand said on Monday: "We are ready."', [{ quote: "We are ready.", speaker: "Anne Durand", date: "2024-03-04..2024-03-04" }]],
  ])("%s: published between 5 and 7 March: %s", (language, text, expected) => {
    expect(statements(text, language, range)).toEqual(expected);
  });

  it.each([
    ["fr", "Anne Durand a déclaré : « Nous sommes prêts. »"],
    ["en", 'Anne Durand said: "We are ready."'],
  ] as const)("%s: without a publication an undated statement is left out rather than guessed: %s", (language, text) => {
    expect(statements(text, language, null)).toEqual([]);
  });
});

describe("relative words inside the quote date nothing", () => {
  it.each<Case>([
    [
      "fr",
      "Anne Durand a déclaré : « Nous signerons l'accord demain à Bruxelles. »",
      [{ quote: "Nous signerons l'accord demain à Bruxelles.", speaker: "Anne Durand", date: "2024-03-06..2024-03-06" }],
    ],
    [
      "en",
      'Anne Durand said: "We will sign the agreement tomorrow in Brussels."',
      [{ quote: "We will sign the agreement tomorrow in Brussels.", speaker: "Anne Durand", date: "2024-03-06..2024-03-06" }],
    ],
  ])("%s: %s", (language, text, expected) => {
    expect(statements(text, language)).toEqual(expected);
    expect(eventDates(text, language)).toEqual(["2024-03-06..2024-03-06"]);
  });
});

describe("a weekday contradicting its date dates the statement by a range, never one day", () => {
  it.each<Case>([
    ["fr", "Anne Durand a déclaré lundi 5 mars 2024 : « Nous sommes prêts. »", [{ quote: "Nous sommes prêts.", speaker: "Anne Durand", date: "2024-03-04..2024-03-05" }]],
    ["en", 'Anne Durand said on Monday, March 5, 2024: "We are ready."', [{ quote: "We are ready.", speaker: "Anne Durand", date: "2024-03-04..2024-03-05" }]],
  ])("%s: %s", (language, text, expected) => {
    expect(statements(text, language)).toEqual(expected);
  });
});

describe("kept quotes", () => {
  it.each<Case>([
    [
      "fr",
      "« Nous resterons unis », a déclaré mardi Anne Durand. Plus tard, elle a répété : « Nous resterons unis. »",
      [{ quote: "Nous resterons unis", speaker: "Anne Durand", date: "2024-03-05..2024-03-05" }],
    ],
    [
      "en",
      '"We will stay united," Anne Durand said on Tuesday. Later, she repeated: "We will stay united."',
      [{ quote: "We will stay united,", speaker: "Anne Durand", date: "2024-03-05..2024-03-05" }],
    ],
  ])("%s: the same words quoted twice are one quote, kept where the text dates them: %s", (language, text, expected) => {
    expect(statements(text, language)).toEqual(expected);
  });

  it.each<Case>([
    ["fr", "Anne Durand a dénoncé un « chantage » de Moscou.", [{ quote: "chantage", speaker: "Anne Durand", date: "2024-03-06..2024-03-06" }]],
    ["en", 'Anne Durand denounced Moscow\'s "blackmail".', [{ quote: "blackmail", speaker: "Anne Durand", date: "2024-03-06..2024-03-06" }]],
  ])("%s: a one-word quote someone is reported saying is kept: %s", (language, text, expected) => {
    expect(statements(text, language)).toEqual(expected);
  });

  it.each([
    ["fr", "Le « bouclier européen » reste flou."],
    ["en", 'The "peace plan" remains vague.'],
  ] as const)("%s: a short scare quote no one says is dropped: %s", (language, text) => {
    expect(statements(text, language)).toEqual([]);
  });

  it.each([
    ["fr", "La soi-disant « opération de maintien de la paix et de stabilité » a commencé mardi."],
    ["fr", "L'exercice, baptisé « Bouclier du Nord de l'Atlantique », a commencé mardi."],
    ["en", 'The so-called "peace and stability maintenance operation" began on Tuesday.'],
    ["en", 'The drill, code-named "Northern Atlantic Shield", began on Tuesday.'],
  ] as const)("%s: a name given after \"so-called\" or « baptisé », which no one says, is dropped however long: %s", (language, text) => {
    expect(statements(text, language)).toEqual([]);
  });

  it.each<Case>([
    [
      "fr",
      "Anne Durand a dénoncé mardi la soi-disant « opération de maintien de la paix et de stabilité ».",
      [{ quote: "opération de maintien de la paix et de stabilité", speaker: "Anne Durand", date: "2024-03-05..2024-03-05" }],
    ],
    [
      "en",
      'Anne Durand on Tuesday denounced the so-called "peace and stability maintenance operation".',
      [{ quote: "peace and stability maintenance operation", speaker: "Anne Durand", date: "2024-03-05..2024-03-05" }],
    ],
  ])("%s: the same words someone is reported saying are kept: %s", (language, text, expected) => {
    expect(statements(text, language)).toEqual(expected);
  });
});
