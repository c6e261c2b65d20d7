import { appendFile, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createAnalysisCache } from "./analysis-cache";
import { article, event } from "./test-fixtures";

const KEY_A = "a".repeat(64);
const KEY_B = "b".repeat(64);
const KEY_C = "c".repeat(64);
const ANALYSIS_A = article([event("a-0", "2023-07-12")], "000_aaaaaaaaaaaaaaaa");
const ANALYSIS_B = article([event("b-0", "2024-01-02")], "001_bbbbbbbbbbbbbbbb");

const newDir = () => mkdtemp(join(tmpdir(), "analysis-cache-"));

/** A run that stores `entries` and finishes. */
async function storeRun(dir: string, entries: [string, typeof ANALYSIS_A][]): Promise<void> {
  const cache = createAnalysisCache(dir);
  for (const [key, analysis] of entries) cache.set(key, analysis);
  cache.close({ compact: true });
}

describe("createAnalysisCache", () => {
  it("serves a later run what an earlier one stored, from one file per run", async () => {
    const dir = await newDir();
    await storeRun(dir, [[KEY_A, ANALYSIS_A], [KEY_B, ANALYSIS_B]]);
    expect(await readdir(dir)).toEqual([expect.stringMatching(/^analyses\.\d+\.[0-9a-f]{8}\.jsonl$/)]);
    const cache = createAnalysisCache(dir);
    expect(cache.get(KEY_A)).toEqual(ANALYSIS_A);
    expect(cache.get(KEY_B)).toEqual(ANALYSIS_B);
    expect(cache.get(KEY_C)).toBeNull();
  });

  it("skips a line cut short by a killed run, and a damaged one, and keeps the others", async () => {
    const dir = await newDir();
    await storeRun(dir, [[KEY_A, ANALYSIS_A], [KEY_B, ANALYSIS_B]]);
    const [segment] = await readdir(dir);
    const path = join(dir, segment as string);
    const [lineA, lineB] = (await readFile(path, "utf8")).split("\n");
    // B's line loses a character in the middle; a third line stops before its end, as a killed write would.
    await writeFile(path, `${lineA}\n${(lineB as string).replace('"b-0"', '"b0"')}\n${KEY_C} 400 {"id":"00`);
    const cache = createAnalysisCache(dir);
    expect(cache.get(KEY_A)).toEqual(ANALYSIS_A);
    expect(cache.get(KEY_B)).toBeNull();
    expect(cache.get(KEY_C)).toBeNull();
  });

  it("treats an entry that is not a valid analysis as a miss", async () => {
    const dir = await newDir();
    const json = JSON.stringify({ ...ANALYSIS_A, language: "de" });
    await writeFile(join(dir, "analyses.1.0123abcd.jsonl"), `${KEY_A} ${json.length} ${json}\n${KEY_B} 5 {oops\n`);
    const cache = createAnalysisCache(dir);
    expect(cache.get(KEY_A)).toBeNull();
    expect(cache.get(KEY_B)).toBeNull();
  });

  it("after a finished run, keeps only the entries it used once the others outweigh them", async () => {
    const dir = await newDir();
    await storeRun(dir, [[KEY_A, ANALYSIS_A], [KEY_B, ANALYSIS_B]]);
    await storeRun(dir, [[KEY_C, { ...ANALYSIS_B, id: "002_cccccccccccccccc" }]]);
    expect(await readdir(dir)).toHaveLength(2);

    // A run that uses A alone: B and C weigh more than A, but less than the threshold.
    const kept = createAnalysisCache(dir);
    expect(kept.get(KEY_A)).toEqual(ANALYSIS_A);
    kept.close({ compact: true });
    expect(await readdir(dir)).toHaveLength(2);

    const interrupted = createAnalysisCache(dir, { compactAboveChars: 0 });
    interrupted.get(KEY_A);
    interrupted.close({ compact: false });
    expect(await readdir(dir)).toHaveLength(2);

    const compacting = createAnalysisCache(dir, { compactAboveChars: 0 });
    expect(compacting.get(KEY_A)).toEqual(ANALYSIS_A);
    compacting.close({ compact: true });
    expect(await readdir(dir)).toHaveLength(1);
    const after = createAnalysisCache(dir);
    expect(after.get(KEY_A)).toEqual(ANALYSIS_A);
    expect(after.get(KEY_B)).toBeNull();
    expect(after.get(KEY_C)).toBeNull();
  });

  it("keeps, when it compacts, what the run itself stored", async () => {
    const dir = await newDir();
    const others = ["b", "c", "d"].map((letter): [string, typeof ANALYSIS_A] => [letter.repeat(64), ANALYSIS_B]);
    await storeRun(dir, [[KEY_A, ANALYSIS_A], ...others]);
    const cache = createAnalysisCache(dir, { compactAboveChars: 0 });
    cache.get(KEY_A);
    const keyE = "e".repeat(64);
    cache.set(keyE, ANALYSIS_B);
    expect(cache.get(keyE)).toEqual(ANALYSIS_B);
    cache.close({ compact: true });
    expect(await readdir(dir)).toHaveLength(1);
    const after = createAnalysisCache(dir);
    expect(after.get(KEY_A)).toEqual(ANALYSIS_A);
    expect(after.get(keyE)).toEqual(ANALYSIS_B);
    expect(after.get(KEY_B)).toBeNull();
  });

  it("does not compact when the run used as much as it leaves", async () => {
    const dir = await newDir();
    await storeRun(dir, [[KEY_A, ANALYSIS_A], [KEY_B, ANALYSIS_B]]);
    const cache = createAnalysisCache(dir, { compactAboveChars: 0 });
    cache.get(KEY_A);
    cache.get(KEY_B);
    cache.set(KEY_C, ANALYSIS_A);
    cache.close({ compact: true });
    expect(await readdir(dir)).toHaveLength(2);
  });

  it("never removes the segment of another running process, and reads it", async () => {
    const dir = await newDir();
    const json = JSON.stringify(ANALYSIS_B);
    // The parent of this process is running: its segment is work in progress.
    const running = `analyses.${process.ppid}.0123abcd.jsonl`;
    await writeFile(join(dir, running), `${KEY_B} ${json.length} ${json}\n`);
    await storeRun(dir, [[KEY_A, ANALYSIS_A], [KEY_C, ANALYSIS_A], ["d".repeat(64), ANALYSIS_A]]);
    const [stored] = (await readdir(dir)).filter((name) => name !== running);
    expect(createAnalysisCache(dir).get(KEY_B)).toEqual(ANALYSIS_B);
    const cache = createAnalysisCache(dir, { compactAboveChars: 0 });
    cache.get(KEY_A);
    cache.close({ compact: true });
    const names = await readdir(dir);
    expect(names).toHaveLength(2);
    expect(names).toContain(running);
    expect(names, "the stored segment was compacted").not.toContain(stored);
  });

  it("removes a killed run's temporary files and the entries of its earlier layout, and nothing else", async () => {
    const dir = await newDir();
    await storeRun(dir, [[KEY_A, ANALYSIS_A]]);
    const [segment] = await readdir(dir);
    await writeFile(join(dir, `${KEY_B}.json`), JSON.stringify(ANALYSIS_B));
    await writeFile(join(dir, `.analyses.1.0.jsonl.999999999.0123abcd.1.tmp`), "");
    await appendFile(join(dir, "notes.txt"), "a reviewer's file");
    createAnalysisCache(dir).removeLeftovers();
    expect((await readdir(dir)).sort()).toEqual([segment, "notes.txt"].sort());
  });
});
