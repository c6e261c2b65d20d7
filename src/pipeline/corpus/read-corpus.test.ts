import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeEach, describe, expect, it } from "vitest";
import { readCorpus, readCorpusArticle } from "./read-corpus";

const REAL_DATA = fileURLToPath(new URL("../../../data", import.meta.url));
const SEED = "002_58fc11a7e6963e4c";
let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "corpus-"));
  await cp(join(REAL_DATA, "articles"), join(dataDir, "articles"), { recursive: true });
});

const metaPath = () => join(dataDir, "articles", `${SEED}.meta.json`);

describe("readCorpus", () => {
  it("reads the five seeds with their sidecars, in file order", async () => {
    const corpus = await readCorpus(dataDir);
    expect(corpus.map((a) => a.meta.id)).toEqual([
      "000_90e75e902162ad50",
      "001_4f65af8bd44526b5",
      "002_58fc11a7e6963e4c",
      "003_5241068be115698e",
      "004_bfcca99e1c7093f0",
    ]);
    expect(corpus[2]?.text.startsWith("La France bloque le projet")).toBe(true);
    expect(corpus.every((a) => a.curation === null)).toBe(true);
  });

  it("names the sidecar and the field when a sidecar is malformed", async () => {
    await writeFile(metaPath(), JSON.stringify({ id: SEED, language: "de", outlet: null, url: null, published: null }));
    await expect(readCorpusArticle(dataDir, SEED)).rejects.toThrow(`${metaPath()}: language:`);
    await writeFile(
      metaPath(),
      JSON.stringify({ id: SEED, language: "fr", outlet: null, url: null, published: { start: "2023-07-13", end: "2023-07-12", basis: "x" } }),
    );
    await expect(readCorpusArticle(dataDir, SEED)).rejects.toThrow(`${metaPath()}: published.end: \`end\` must not be before \`start\``);
    await writeFile(metaPath(), JSON.stringify({ id: SEED, language: "fr", outlet: null, url: "data:text/html,<script>alert(1)</script>", published: null }));
    await expect(readCorpusArticle(dataDir, SEED)).rejects.toThrow(`${metaPath()}: url: expected an http:// or https:// address`);
    await writeFile(metaPath(), "{ not json");
    await expect(readCorpusArticle(dataDir, SEED)).rejects.toThrow(`${metaPath()}: not valid JSON`);
  });

  it("requires a sidecar whose id is the file stem", async () => {
    await writeFile(metaPath(), JSON.stringify({ id: "003_5241068be115698e", language: "fr", outlet: null, url: null, published: null }));
    await expect(readCorpusArticle(dataDir, SEED)).rejects.toThrow(`${metaPath()}: id: "003_5241068be115698e" does not match`);
    await rm(metaPath());
    await expect(readCorpusArticle(dataDir, SEED)).rejects.toThrow(`${metaPath()}: no such file`);
  });

  it("reads a reviewer's curation file and names it when malformed", async () => {
    const path = join(dataDir, "curation", `${SEED}.json`);
    await mkdir(join(dataDir, "curation"));
    await writeFile(path, JSON.stringify({ articleId: SEED, events: { e1: { decision: "maybe" } } }));
    await expect(readCorpusArticle(dataDir, SEED)).rejects.toThrow(`${path}: events.e1.decision:`);
    await writeFile(path, JSON.stringify({ articleId: SEED, events: { e1: { decision: "reject", note: "teaser" } } }));
    expect((await readCorpusArticle(dataDir, SEED)).curation?.events.e1?.decision).toBe("reject");
  });
});
