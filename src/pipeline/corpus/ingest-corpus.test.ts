import { mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { createAnalysisCache } from "./analysis-cache";
import { type Analyze, ingestCorpus } from "./ingest-corpus";
import type { CorpusArticle } from "./read-corpus";
import { article, event, meta, TEXT } from "./test-fixtures";

const fakeAnalyze = () => vi.fn<Analyze>((input) => ({ ...article([event(`${input.id}-0`, "2023-07-12")], input.id), title: "Extrait" }));
const entry = (overrides: Partial<CorpusArticle> = {}): CorpusArticle => ({ meta: meta(), text: TEXT, curation: null, ...overrides });
const corpus = [entry()];

describe("ingestCorpus", () => {
  it("analyses once, then serves an unchanged corpus from the cache", async () => {
    const cache = createAnalysisCache(await mkdtemp(join(tmpdir(), "cache-")));
    const analyze = fakeAnalyze();
    const options = { referenceEvents: [], cache, pipelineVersion: "v1", analyze };
    const first = await ingestCorpus(corpus, options);
    const second = await ingestCorpus(corpus, options);
    expect(first.counts).toEqual({ articles: 1, processed: 1, cached: 0 });
    expect(second.counts).toEqual({ articles: 1, processed: 0, cached: 1 });
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(second.articles).toEqual(first.articles);
  });

  it("treats a corrupted cache entry as a miss", async () => {
    const dir = await mkdtemp(join(tmpdir(), "cache-"));
    const options = { referenceEvents: [], pipelineVersion: "v1", analyze: fakeAnalyze() };
    await ingestCorpus(corpus, { ...options, cache: createAnalysisCache(dir) });
    const [file] = await readdir(dir);
    await writeFile(join(dir, file ?? ""), "{ truncated");
    expect((await ingestCorpus(corpus, { ...options, cache: createAnalysisCache(dir) })).counts).toEqual({ articles: 1, processed: 1, cached: 0 });
  });

  it("re-analyses when the text, the sidecar or the pipeline version changes", async () => {
    const cache = createAnalysisCache(await mkdtemp(join(tmpdir(), "cache-")));
    const analyze = fakeAnalyze();
    const base = { referenceEvents: [], cache, pipelineVersion: "v1", analyze };
    await ingestCorpus(corpus, base);
    await ingestCorpus([entry({ text: `${TEXT} ` })], base);
    await ingestCorpus([entry({ meta: meta({ outlet: "RFI" }) })], base);
    const changed = await ingestCorpus(corpus, { ...base, pipelineVersion: "v2" });
    expect(changed.counts.processed).toBe(1);
    expect(analyze).toHaveBeenCalledTimes(4);
  });

  it("applies curation after the cache, and lets the sidecar's title win", async () => {
    const curation = { articleId: meta().id, events: { [`${meta().id}-0`]: { decision: "reject" as const } } };
    const result = await ingestCorpus([{ meta: meta({ title: "Titre revu" }), text: TEXT, curation }], {
      referenceEvents: [],
      pipelineVersion: "v1",
      analyze: fakeAnalyze(),
    });
    expect(result.articles[0]?.events).toEqual([]);
    expect(result.articles[0]?.title).toBe("Titre revu");
  });

  it("refuses an analysis whose quotes do not match the text", async () => {
    const broken = vi.fn<Analyze>((input) => {
      const bad = event("x", "2023-07-12");
      return article([{ ...bad, quotes: bad.quotes.map((q) => ({ ...q, text: "oui" })) }], input.id);
    });
    await expect(ingestCorpus(corpus, { referenceEvents: [], pipelineVersion: "v1", analyze: broken })).rejects.toThrow(
      /^000_0123456789abcdef: analysis produced invalid output: events\.0\.quotes\.0: quote text is not/,
    );
  });

  it("gives each article, curated, to onArticle whether cached or analysed, and stops at the first that it refuses", async () => {
    const cache = createAnalysisCache(await mkdtemp(join(tmpdir(), "cache-")));
    const second = entry({ meta: meta({ id: "001_0123456789abcdef" }) });
    const curation = { articleId: second.meta.id, events: { [`${second.meta.id}-0`]: { decision: "reject" as const } } };
    const options = { referenceEvents: [], cache, pipelineVersion: "v1", analyze: fakeAnalyze() };
    await ingestCorpus(corpus, options);
    const given: [number, number][] = [];
    const result = await ingestCorpus([...corpus, { ...second, curation }], { ...options, onArticle: (i, a) => given.push([i, a.events.length]) });
    expect(result.counts).toEqual({ articles: 2, processed: 1, cached: 1 });
    expect(given.sort()).toEqual([[0, 1], [1, 0]]);
    const refuse = (i: number) => {
      if (i === 1) throw new Error("refused");
    };
    await expect(ingestCorpus([...corpus, second], { ...options, onArticle: refuse })).rejects.toThrow("refused");
  });
});
