import { describe, expect, it } from "vitest";
import type { CurationFile } from "../../domain/schemas/curation";
import { type Quote, quoteSchema } from "../../domain/schemas/ingest";
import { applyCuration } from "./apply-curation";
import { article, event, TEXT } from "./test-fixtures";

const analysed = article([event("e1", "2023-07-12"), event("e2", "2023-07-13")]);
const curation = (events: CurationFile["events"]): CurationFile => ({
  articleId: "000_0123456789abcdef",
  events,
});

describe("applyCuration", () => {
  it("changes nothing without a curation file", () => {
    expect(applyCuration(analysed, null)).toEqual({ article: analysed, stale: [] });
  });

  it("drops rejected events and keeps accepted ones", () => {
    const { article: out } = applyCuration(analysed, curation({ e1: { decision: "reject" }, e2: { decision: "accept" } }));
    expect(out.events.map((e) => e.id)).toEqual(["e2"]);
  });

  it("replaces a date but keeps the pipeline's evidence span", () => {
    const date = { start: "2023-07-11", end: "2023-07-12", basis: "reviewer: the summit's two days" };
    const { article: out } = applyCuration(analysed, curation({ e1: { date } }));
    expect(out.events[0]?.date).toEqual({ ...date, evidence: { start: 0, end: 6 } });
    expect(out.events[1]?.date.start).toBe("2023-07-13");
  });

  it("corrects a speaker by the quote's start offset, including to unknown", () => {
    const at = TEXT.indexOf("non");
    const { article: out } = applyCuration(analysed, curation({ e2: { speakers: [{ quoteStart: at, speaker: null }] } }));
    expect(out.events[1]?.quotes[0]?.speaker).toBeNull();
    expect(out.events[0]?.quotes[0]?.speaker).toBe("Emmanuel Macron");
    expect(quoteSchema.parse(out.events[1]?.quotes[0])).toMatchObject({ speakers: [], speakerIds: [] });
  });

  it("gives a reviewed speaker an id and drops the analysis's evidence for the old one", () => {
    const at = TEXT.indexOf("non");
    const withEvidence = article([{ ...event("e1", "2023-07-12"), quotes: [{ ...(event("e1", "2023-07-12").quotes[0] as Quote), speakerEvidence: { start: 0, end: 6 } }] }]);
    const reviewed = (speaker: string) => applyCuration(withEvidence, curation({ e1: { speakers: [{ quoteStart: at, speaker }] } })).article.events[0]?.quotes[0];
    expect(reviewed("Vladimir Poutine")).toEqual({ text: "non", start: at, end: at + 3, speaker: "Vladimir Poutine", speakers: ["Vladimir Poutine"], speakerIds: ["vladimir-putin"] });
    expect(reviewed("Jean-Noël Barrot")?.speakerIds).toEqual(["jean-noel-barrot"]);
  });

  it("reports curation that no longer matches, without failing", () => {
    const { stale } = applyCuration(analysed, curation({ gone: { decision: "reject" }, e1: { speakers: [{ quoteStart: 999, speaker: "X" }] } }));
    expect(stale).toEqual(["event gone", "event e1: quote at 999"]);
  });

  it("does not modify its inputs", () => {
    const before = JSON.stringify(analysed);
    applyCuration(analysed, curation({ e1: { decision: "reject" } }));
    expect(JSON.stringify(analysed)).toBe(before);
  });
});
