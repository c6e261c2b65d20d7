import { cp, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeEach, describe, expect, it } from "vitest";
import { articleMetaSchema } from "../../domain/schemas/article-meta";
import { addToCorpus } from "./add-to-corpus";
import { contentId, resolveInputs } from "./resolve-inputs";

const REAL_ARTICLES = fileURLToPath(new URL("../../../data/articles", import.meta.url));
const OUTSIDE = "The Alliance met on Monday. NATO leaders said the plan was agreed.";
let dataDir: string;
let outside: string;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "add-"));
  await cp(REAL_ARTICLES, join(dataDir, "articles"), { recursive: true });
  outside = join(dataDir, "outside.txt");
  await writeFile(outside, OUTSIDE);
});

const args = (files: string[]) => ({ json: false, lang: null, published: { start: "2024-07-10", end: "2024-07-10" }, files });

describe("resolveInputs", () => {
  it("gives an outside file a content id, the detected language and the given day", async () => {
    const [input] = await resolveInputs(args([outside]), dataDir);
    expect(input?.corpusId).toBeNull();
    expect(input?.meta).toEqual({
      id: contentId(OUTSIDE),
      language: "en",
      outlet: null,
      url: null,
      published: { start: "2024-07-10", end: "2024-07-10", basis: "given on the command line" },
    });
    expect(input?.meta.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it("uses the sidecar of a corpus file, found by path or by identical text", async () => {
    const seed = join(dataDir, "articles", "002_58fc11a7e6963e4c.txt");
    const copy = join(dataDir, "copy.txt");
    await cp(seed, copy);
    const inputs = await resolveInputs(args([seed, copy]), dataDir);
    expect(inputs.map((i) => i.corpusId)).toEqual(["002_58fc11a7e6963e4c", "002_58fc11a7e6963e4c"]);
    expect(inputs[0]?.meta.published).toBeNull();
  });

  it("fails on the first bad file before anything else is done", async () => {
    await writeFile(join(dataDir, "empty.txt"), "");
    await expect(resolveInputs(args([outside, join(dataDir, "empty.txt")]), dataDir)).rejects.toThrow(/empty\.txt: empty file$/);
  });
});

describe("addToCorpus", () => {
  it("copies a new article as the next number with a valid sidecar, once", async () => {
    const seed = join(dataDir, "articles", "000_90e75e902162ad50.txt");
    const inputs = await resolveInputs(args([outside, seed, outside]), dataDir);
    const added = await addToCorpus(dataDir, inputs);
    const id = `005_${contentId(OUTSIDE)}`;
    expect(added.ids).toEqual([id]);
    expect(await readFile(join(dataDir, "articles", `${id}.txt`), "utf8")).toBe(OUTSIDE);
    const meta = articleMetaSchema.parse(JSON.parse(await readFile(join(dataDir, "articles", `${id}.meta.json`), "utf8")));
    expect(meta).toMatchObject({ id, language: "en", published: { start: "2024-07-10" } });
  });

  it("can take back what it added", async () => {
    const before = (await readdir(join(dataDir, "articles"))).sort();
    const added = await addToCorpus(dataDir, await resolveInputs(args([outside]), dataDir));
    await added.rollback();
    expect((await readdir(join(dataDir, "articles"))).sort()).toEqual(before);
  });
});
