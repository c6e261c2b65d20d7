import { cp, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeEach, describe, expect, it } from "vitest";
import { listArticleIds } from "./read-corpus";
import { describeRepair, repairCorpus } from "./repair-corpus";

const REAL_ARTICLES = fileURLToPath(new URL("../../../data/articles", import.meta.url));
const SEEDS = ["000_90e75e902162ad50", "001_4f65af8bd44526b5", "002_58fc11a7e6963e4c", "003_5241068be115698e", "004_bfcca99e1c7093f0"];
/** No process has this id (Linux allows at most 2^22), so its files are a crashed run's. */
const DEAD_PID = 99_999_999;
let dataDir: string;
let articles: string;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "repair-"));
  articles = join(dataDir, "articles");
  await cp(REAL_ARTICLES, articles, { recursive: true });
});

const temp = (target: string, pid: number) => `.${target}.${pid}.0123abcd.1.tmp`;

describe("repairCorpus", () => {
  it("leaves a whole corpus as it is", async () => {
    const before = (await readdir(articles)).sort();
    expect(repairCorpus(dataDir)).toEqual({ takenBack: [], halves: [], journals: [], temps: [] });
    expect((await readdir(articles)).sort()).toEqual(before);
  });

  it("removes a sidecar without its text, a text without its sidecar, and a crashed run's temporary files", async () => {
    await writeFile(join(articles, "005_aaaaaaaaaaaaaaaa.meta.json"), "{}");
    await writeFile(join(articles, temp("005_aaaaaaaaaaaaaaaa.txt", DEAD_PID)), "half a text");
    await rm(join(articles, "004_bfcca99e1c7093f0.meta.json"));
    const repair = repairCorpus(dataDir);
    expect(repair.halves).toEqual([
      { path: join(articles, "004_bfcca99e1c7093f0.txt"), lacking: "sidecar" },
      { path: join(articles, "005_aaaaaaaaaaaaaaaa.meta.json"), lacking: "text" },
    ]);
    expect(repair.temps).toEqual([join(articles, temp("005_aaaaaaaaaaaaaaaa.txt", DEAD_PID))]);
    expect(await listArticleIds(dataDir)).toEqual(SEEDS.slice(0, 4));
    expect((await readdir(articles)).filter((n) => !SEEDS.slice(0, 4).some((id) => n.startsWith(id)))).toEqual([]);
    expect(describeRepair(repair)).toBe(
      `repaired the corpus after an interrupted run: removed ${join(articles, "004_bfcca99e1c7093f0.txt")} (its sidecar was missing), ` +
        `${join(articles, "005_aaaaaaaaaaaaaaaa.meta.json")} (its text was missing), a temporary file (${repair.temps[0]}); ` +
        "run the same ingest again to add what it was adding",
    );
    expect(repairCorpus(dataDir)).toEqual({ takenBack: [], halves: [], journals: [], temps: [] });
  });

  it("takes back the articles of an ingest that did not finish, as its journal names them", async () => {
    const added = ["005_aaaaaaaaaaaaaaaa", "006_bbbbbbbbbbbbbbbb", "007_cccccccccccccccc"];
    await writeFile(join(articles, `${added[0]}.txt`), "text");
    await writeFile(join(articles, `${added[0]}.meta.json`), "{}");
    await writeFile(join(articles, `${added[1]}.meta.json`), "{}");
    await writeFile(join(articles, `.ingest.${DEAD_PID}.json`), JSON.stringify({ ids: added }));
    const repair = repairCorpus(dataDir);
    expect(repair).toEqual({ takenBack: added.slice(0, 2), halves: [], journals: [join(articles, `.ingest.${DEAD_PID}.json`)], temps: [] });
    expect((await readdir(articles)).sort()).toEqual(SEEDS.flatMap((id) => [`${id}.meta.json`, `${id}.txt`]).sort());
    expect(describeRepair(repair)).toBe(
      "repaired the corpus after an interrupted run: took back 005_aaaaaaaaaaaaaaaa, 006_bbbbbbbbbbbbbbbb (added by an ingest that did not finish); " +
        `removed ${join(articles, `.ingest.${DEAD_PID}.json`)} (the journal of an ingest that did not finish); ` +
        "run the same ingest again to add what it was adding",
    );
  });

  it("leaves alone the articles a running ingest is adding", async () => {
    await writeFile(join(articles, "005_aaaaaaaaaaaaaaaa.meta.json"), "{}");
    await writeFile(join(articles, `.ingest.${process.ppid}.json`), JSON.stringify({ ids: ["005_aaaaaaaaaaaaaaaa"] }));
    const before = (await readdir(articles)).sort();
    expect(repairCorpus(dataDir)).toEqual({ takenBack: [], halves: [], journals: [], temps: [] });
    expect((await readdir(articles)).sort()).toEqual(before);
  });

  it("leaves alone what a running process is still writing", async () => {
    const running = process.ppid;
    await writeFile(join(articles, "005_aaaaaaaaaaaaaaaa.meta.json"), "{}");
    await writeFile(join(articles, temp("005_aaaaaaaaaaaaaaaa.txt", running)), "a text being written");
    const before = (await readdir(articles)).sort();
    expect(repairCorpus(dataDir)).toEqual({ takenBack: [], halves: [], journals: [], temps: [] });
    expect((await readdir(articles)).sort()).toEqual(before);
  });
});

describe("listArticleIds", () => {
  it("lists only whole pairs", async () => {
    await writeFile(join(articles, "005_aaaaaaaaaaaaaaaa.meta.json"), "{}");
    await writeFile(join(articles, "006_bbbbbbbbbbbbbbbb.txt"), "text");
    expect(await listArticleIds(dataDir)).toEqual(SEEDS);
  });
});

describe("describeRepair", () => {
  it("says nothing when nothing was repaired, and counts many temporary files", () => {
    expect(describeRepair({ takenBack: [], halves: [], journals: [], temps: [] })).toBeNull();
    expect(describeRepair({ takenBack: [], halves: [], journals: [], temps: ["a", "b", "c"] })).toBe(
      "repaired the corpus after an interrupted run: removed 3 temporary files; run the same ingest again to add what it was adding",
    );
  });
});
