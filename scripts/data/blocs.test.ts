import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { blocsFileSchema } from "../../src/domain/schemas/bloc";
import { readBlocs, writeBlocs } from "./blocs";

const DATA_DIR = fileURLToPath(new URL("../../data", import.meta.url));

const tempDirs: string[] = [];
async function tempCopyOfBlocs(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "blocs-test-"));
  tempDirs.push(dir);
  await cp(path.join(DATA_DIR, "blocs"), path.join(dir, "blocs"), { recursive: true });
  return dir;
}

async function editJson(file: string, edit: (json: Record<string, unknown>) => void): Promise<void> {
  const json = JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>;
  edit(json);
  await writeFile(file, JSON.stringify(json));
}

afterEach(async () => {
  await Promise.all(tempDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("readBlocs", () => {
  it("loads the real data files in display order", async () => {
    const blocs = await readBlocs(DATA_DIR);
    expect(blocs.map((b) => b.id)).toEqual(["nato", "warsaw-pact", "seato", "cento", "anzus", "csto", "sco", "russia-china", "aukus", "quad"]);
    expect(blocs[0]?.members.filter((m) => m.intervals.some((i) => i.status === "member"))).toHaveLength(32);
    expect(new Set(blocs.map((b) => b.colour)).size).toBe(blocs.length);
  });

  it("names the file, the field path and the problem when a bloc file is malformed", async () => {
    const dir = await tempCopyOfBlocs();
    await editJson(path.join(dir, "blocs", "nato.json"), (json) => {
      const members = json.members as { intervals: { from: string }[] }[];
      (members[3]?.intervals[0] as { from: string }).from = "1949-4-4";
    });
    await expect(readBlocs(dir)).rejects.toThrow(
      /blocs\/nato\.json: members\.3\.intervals\.0\.from: expected a calendar day as YYYY-MM-DD$/,
    );
  });

  it("reports an interval that ends before it starts", async () => {
    const dir = await tempCopyOfBlocs();
    await editJson(path.join(dir, "blocs", "nato.json"), (json) => {
      const members = json.members as { intervals: { to?: string }[] }[];
      (members[0]?.intervals[0] as { to?: string }).to = "1940-01-01";
    });
    await expect(readBlocs(dir)).rejects.toThrow(/blocs\/nato\.json: members\.0\.intervals\.0\.to: `to` must be after `from`/);
  });

  it("refuses a source address that is not http(s), naming the file and the field", async () => {
    const dir = await tempCopyOfBlocs();
    await editJson(path.join(dir, "blocs", "nato.json"), (json) => {
      const members = json.members as { intervals: { source: { url: string } }[] }[];
      (members[2]?.intervals[0] as { source: { url: string } }).source.url = "java\tscript:alert(document.domain)";
    });
    await expect(readBlocs(dir)).rejects.toThrow(
      /blocs\/nato\.json: members\.2\.intervals\.0\.source\.url: expected an http:\/\/ or https:\/\/ address$/,
    );
  });

  it("rejects a bloc file whose id is not its file name", async () => {
    const dir = await tempCopyOfBlocs();
    await editJson(path.join(dir, "blocs", "aukus.json"), (json) => {
      json.id = "quad";
    });
    await expect(readBlocs(dir)).rejects.toThrow(/blocs\/aukus\.json: id: expected "aukus"/);
  });

  it("names a bloc file that the index lists but that is missing", async () => {
    const dir = await tempCopyOfBlocs();
    await writeFile(path.join(dir, "blocs", "index.json"), JSON.stringify({ order: ["nato", "hanseatic-league"] }));
    await expect(readBlocs(dir)).rejects.toThrow(/blocs\/hanseatic-league\.json: cannot read the file \(ENOENT\)/);
  });
});

describe("writeBlocs", () => {
  it("writes a blocs.json valid against the app's schema and leaves no temp file", async () => {
    const dir = await tempCopyOfBlocs();
    const outDir = path.join(dir, "out", "data");
    await writeBlocs(dir, outDir);
    const written = blocsFileSchema.parse(JSON.parse(await readFile(path.join(outDir, "blocs.json"), "utf8")));
    expect(written.blocs.map((b) => b.id)).toEqual(["nato", "warsaw-pact", "seato", "cento", "anzus", "csto", "sco", "russia-china", "aukus", "quad"]);
    expect(await readdir(outDir)).toEqual(["blocs.json"]);
  });

  it("leaves an existing output untouched when the data is invalid", async () => {
    const dir = await tempCopyOfBlocs();
    const outDir = path.join(dir, "out");
    await writeBlocs(dir, outDir);
    const before = await readFile(path.join(outDir, "blocs.json"), "utf8");
    await writeFile(path.join(dir, "blocs", "aukus.json"), "{ not json");
    await expect(writeBlocs(dir, outDir)).rejects.toThrow(/blocs\/aukus\.json: not valid JSON/);
    expect(await readFile(path.join(outDir, "blocs.json"), "utf8")).toBe(before);
  });
});
