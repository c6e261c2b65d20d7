import { execFile, execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { ingestOutputSchema } from "../src/domain/schemas/ingest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DATA = join(ROOT, "data");
const SEED = "data/articles/004_bfcca99e1c7093f0.txt";
/** Each run starts a Node process with tsx: generous, but a hang (e.g. reading 20 MB) still fails. */
const CLI_TIMEOUT_MS = 30_000;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function ingest(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "scripts/ingest.ts", ...args],
      { cwd: ROOT, timeout: CLI_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Every file under data/ with a hash of its content: equal snapshots mean data/ was not touched. */
async function snapshot(dir = DATA): Promise<Record<string, string>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile());
  const entries = await Promise.all(
    names.map(async (d) => {
      const path = join(d.parentPath, d.name);
      return [path, createHash("sha256").update(await readFile(path)).digest("hex")] as const;
    }),
  );
  return Object.fromEntries(entries);
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ingest-cli-"));
  await writeFile(join(dir, "empty.txt"), "");
  await writeFile(join(dir, "binary.bin"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
  await writeFile(join(dir, "latin1.txt"), Buffer.from("L'Otan a été créée en 1949.", "latin1"));
  await writeFile(join(dir, "huge.txt"), Buffer.alloc(20 * 1024 * 1024, "a"));
  await writeFile(join(dir, "good.txt"), "Le président a déclaré mercredi que la France quittera l'Otan.");
  execFileSync("mkfifo", [join(dir, "pipe.txt")]);
});

describe("ingest CLI: bad input", () => {
  const cases: [string, () => string[], RegExp][] = [
    ["a missing file", () => [join(dir, "missing.txt")], /^ingest: .*missing\.txt: no such file$/],
    ["an empty file", () => [join(dir, "empty.txt")], /^ingest: .*empty\.txt: empty file$/],
    ["a binary file", () => [join(dir, "binary.bin")], /^ingest: .*binary\.bin: binary file, expected UTF-8 text$/],
    ["a non-UTF-8 file", () => [join(dir, "latin1.txt")], /^ingest: .*latin1\.txt: not valid UTF-8 text$/],
    ["a 20 MB file", () => [join(dir, "huge.txt")], /^ingest: .*huge\.txt: too large \(20971520 bytes, limit 5242880\)$/],
    ["a directory", () => [dir], /^ingest: .*: not a regular file$/],
    // Opened, a pipe with no writer would block the ingest forever, and a device would never end.
    ["a named pipe", () => [join(dir, "pipe.txt")], /^ingest: .*pipe\.txt: not a regular file$/],
    ["a device", () => ["/dev/zero"], /^ingest: \/dev\/zero: not a regular file$/],
    ["an unknown --lang", () => ["--lang", "de", join(dir, "good.txt")], /^ingest: --lang: unknown language "de" \(expected fr or en\)$/],
    ["a malformed --published", () => ["--published", "12/07/2023", join(dir, "good.txt")], /^ingest: --published: "12\/07\/2023" is not a calendar day/],
    ["an impossible --published", () => ["--published", "2023-02-30", join(dir, "good.txt")], /^ingest: --published: "2023-02-30" is not a calendar day/],
    ["an unknown flag", () => ["--force", join(dir, "good.txt")], /^ingest: --force: unknown option/],
    ["no file", () => [], /^ingest: FILE: no input file/],
    ["one bad file among good ones", () => [join(dir, "good.txt"), join(dir, "empty.txt")], /^ingest: .*empty\.txt: empty file$/],
  ];

  it.each(cases)("refuses %s with one line on stderr, exit 1, and data/ untouched", async (_name, args, line) => {
    const before = await snapshot();
    for (const json of [false, true]) {
      const run = await ingest(...(json ? ["--json"] : []), ...args());
      expect(run.code).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(run.stderr.trimEnd()).toMatch(line);
    }
    expect(await snapshot()).toEqual(before);
  }, 2 * CLI_TIMEOUT_MS);
});

describe("ingest CLI: --json", () => {
  it("prints a seed's analysis with its sidecar's metadata and exact quote spans, writing nothing", async () => {
    const before = await snapshot();
    const run = await ingest("--json", SEED);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const output = ingestOutputSchema.parse(JSON.parse(run.stdout));
    const [article] = output.articles;
    expect(article?.id).toBe("004_bfcca99e1c7093f0");
    expect(article?.published?.start).toBe("2022-02-04");
    expect(article?.text).toBe(await readFile(join(ROOT, SEED), "utf8"));
    for (const quote of article?.events.flatMap((e) => e.quotes) ?? []) {
      expect(article?.text.slice(quote.start, quote.end)).toBe(quote.text);
    }
    expect(await snapshot()).toEqual(before);
  }, CLI_TIMEOUT_MS);

  it("warns, naming the file, when an article has no dated event", async () => {
    const undated = join(dir, "undated.txt");
    await writeFile(undated, "Un texte sans date ni événement, qui parle de géographie.");
    const run = await ingest("--json", undated);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`ingest: warning: ${undated}: no dated event: it will not appear on the timeline\n`);
    expect(ingestOutputSchema.parse(JSON.parse(run.stdout)).articles[0]?.events).toEqual([]);
  }, CLI_TIMEOUT_MS);

  it("gives an outside file a content id and the command line's language and day", async () => {
    const run = await ingest("--json", "--lang", "fr", "--published", "2023-07-12", join(dir, "good.txt"));
    expect(run.code).toBe(0);
    const [article] = ingestOutputSchema.parse(JSON.parse(run.stdout)).articles;
    expect(article?.id).toMatch(/^[0-9a-f]{16}$/);
    expect(article?.language).toBe("fr");
    expect(article?.published).toEqual({ start: "2023-07-12", end: "2023-07-12", basis: "given on the command line" });
  }, CLI_TIMEOUT_MS);
});
