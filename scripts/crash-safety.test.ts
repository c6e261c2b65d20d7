/**
 * `kill -9` at counted moments of `npm run ingest` and `npm run data` (the crash hook in
 * src/pipeline/corpus/crash-point.ts kills the process right after its Nth change to the file system),
 * then the next run: it must leave the corpus and public/data exactly as an uninterrupted run does,
 * one generation of public/data and no temporary file; and right after the kill, public/data must be
 * the whole old set or the whole new one.
 */
import { lstat, readdir, readFile, readlink, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CRASH_AFTER_VARIABLE, TRACE_VARIABLE } from "../src/pipeline/corpus/crash-point";
import { GENERATIONS_DIR } from "./data/publish";
import { COMMAND_TIMEOUT_MS, type CommandRun, copyProject, makeProject, removeProjects, runCommand, tree } from "./test-project";

/** Two new articles: one dated, one in which nothing is dated. */
const DATED = "Le président a déclaré mercredi 12 juillet 2023 que la France restera dans l'Otan.\n";
const UNDATED = "Un texte sans aucune date, qui parle de géographie et de rien d'autre.\n";
const INPUTS = ["dated.txt", "undated.txt"];
/** Each scenario runs two commands on a shared 2-core machine. */
const SCENARIO_TIMEOUT_MS = 3 * COMMAND_TIMEOUT_MS;

type Tree = Record<string, string>;

afterAll(removeProjects);

interface Reference {
  /** The project before the command (a copy is made for each scenario). */
  before: string;
  /** What one uninterrupted run leaves. */
  corpus: Tree;
  publicData: Tree;
  oldPublicData: Tree;
  /** Each change the uninterrupted run made, in order: `write path`, `rename path`, … */
  changes: string[];
  run: CommandRun;
}

function changesOf(run: CommandRun): string[] {
  return run.stderr
    .split("\n")
    .map((line) => /^change \d+: (.*)$/.exec(line)?.[1])
    .filter((change) => change !== undefined);
}

/** Temporary files anywhere in the project's data, its cache, and what public/data shows. */
async function temporaryFiles(project: string): Promise<string[]> {
  const found: string[] = [];
  for (const dir of ["data", "public", join(".cache", "ingest"), GENERATIONS_DIR]) {
    const names = await readdir(join(project, dir), { recursive: true }).catch(() => []);
    found.push(...names.filter((n) => n.endsWith(".tmp")).map((n) => join(dir, n)));
  }
  return found;
}

/** What a finished run must leave: public/data a link to the one generation there is, nothing temporary. */
async function expectOneGeneration(project: string): Promise<void> {
  expect((await lstat(join(project, "public", "data"))).isSymbolicLink()).toBe(true);
  expect(await readdir(join(project, "public"))).toEqual(["data"]);
  const generations = await readdir(join(project, GENERATIONS_DIR));
  expect(generations).toHaveLength(1);
  expect(await readlink(join(project, "public", "data"))).toBe(join("..", GENERATIONS_DIR, generations[0] as string));
  expect(await temporaryFiles(project)).toEqual([]);
}

/** A change to the corpus as `kind what`: `rename sidecar`, `write text (temporary)`, … */
function describeChange(change: string): string {
  const [kind, path = ""] = change.split(" ");
  const name = basename(path);
  const temporary = name.endsWith(".tmp") ? " (temporary)" : "";
  const what = name.includes(".ingest.") ? "journal" : name.includes(".meta.json") ? "sidecar" : "text";
  return `${kind} ${what}${temporary}`;
}

async function reference(prepare: (project: string) => Promise<void>, command: "ingest" | "data", args: string[]): Promise<Reference> {
  const before = await makeProject();
  expect((await runCommand(before, "data")).code).toBe(0);
  await prepare(before);
  const oldPublicData = await tree(join(before, "public", "data"));
  const done = await copyProject(before);
  const run = await runCommand(done, command, args, { [TRACE_VARIABLE]: "1" });
  expect(run.code, run.stderr).toBe(0);
  await expectOneGeneration(done);
  return {
    before,
    corpus: await tree(join(done, "data")),
    publicData: await tree(join(done, "public", "data")),
    oldPublicData,
    changes: changesOf(run),
    run,
  };
}

/**
 * The moments to kill at, as change numbers (1-based): every change matching one of `moments` (the
 * first match of each), plus the middle of the run and its last change.
 */
function killPoints(changes: string[], moments: RegExp[]): number[] {
  const points = moments.map((moment) => changes.findIndex((c) => moment.test(c)) + 1);
  expect(points, "every moment happens in the run").not.toContain(0);
  return [...new Set([...points, Math.ceil(changes.length / 2), changes.length])].sort((a, b) => a - b);
}

async function crashThenRecover(ref: Reference, command: "ingest" | "data", args: string[], killAt: number) {
  const project = await copyProject(ref.before);
  const killed = await runCommand(project, command, args, { [CRASH_AFTER_VARIABLE]: String(killAt) });
  expect(killed.signal, killed.stderr).toBe("SIGKILL");
  const names = await readdir(join(project, "data", "articles"));
  const texts = names.filter((name) => /^\d+_[0-9a-f]{16}\.txt$/.test(name));
  expect(texts.filter((text) => !names.includes(text.replace(/\.txt$/, ".meta.json"))), "texts without their sidecar").toEqual([]);
  const shown = await tree(join(project, "public", "data"));
  expect([ref.oldPublicData, ref.publicData], "public/data right after the kill is the old set or the new").toContainEqual(shown);
  const next = await runCommand(project, command, args);
  expect(next.code, next.stderr).toBe(0);
  expect(await tree(join(project, "data"))).toEqual(ref.corpus);
  expect(await tree(join(project, "public", "data"))).toEqual(ref.publicData);
  await expectOneGeneration(project);
  return next;
}

describe("npm run ingest killed with SIGKILL", () => {
  let ref: Reference;
  beforeAll(async () => {
    ref = await reference(
      async (project) => {
        await writeFile(join(project, INPUTS[0] as string), DATED);
        await writeFile(join(project, INPUTS[1] as string), UNDATED);
      },
      "ingest",
      INPUTS,
    );
  }, SCENARIO_TIMEOUT_MS);

  it("adds both articles, the undated one with a warning naming it", () => {
    expect(ref.run.stdout).toMatch(/^ingest: added 005_[0-9a-f]{16}, 006_[0-9a-f]{16}; /);
    const undated = /006_[0-9a-f]{16}/.exec(ref.run.stdout)?.[0];
    expect(ref.run.stderr).toContain(
      `ingest: warning: data/articles/${undated}.txt (from undated.txt): no dated event: it will not appear on the timeline\n`,
    );
    expect(ref.run.stderr).not.toContain("(from dated.txt)");
  });

  it("recovers from a kill at every step of writing the journal, the first pair, and the second", async () => {
    const PAIR = ["write text (temporary)", "write sidecar (temporary)", "rename sidecar", "rename text"];
    expect(ref.changes.slice(0, 10).map(describeChange)).toEqual(["write journal (temporary)", "rename journal", ...PAIR, ...PAIR]);
    for (const killAt of [1, 2, 3, 5, 6, 9]) {
      const next = await crashThenRecover(ref, "ingest", INPUTS, killAt);
      expect(next.stderr, `kill at ${killAt}`).toMatch(/^ingest: repaired the corpus after an interrupted run: /);
    }
  }, 7 * SCENARIO_TIMEOUT_MS);

  it("takes the articles back when public/data cannot be written, also when killed while doing so", async () => {
    const broken = async () => {
      const project = await copyProject(ref.before);
      await writeFile(join(project, "data", "blocs", "nato.json"), "{ not json");
      return project;
    };
    const project = await broken();
    const before = await tree(join(project, "data"));
    const failed = await runCommand(project, "ingest", INPUTS, { [TRACE_VARIABLE]: "1" });
    expect(failed.code).toBe(1);
    const said = failed.stderr.split("\n").filter((line) => line.startsWith("ingest: "));
    expect(said).toEqual([expect.stringMatching(/^ingest: data\/blocs\/nato\.json: not valid JSON/)]);
    expect(await tree(join(project, "data"))).toEqual(before);
    expect(await tree(join(project, "public", "data"))).toEqual(ref.oldPublicData);
    await expectOneGeneration(project);

    const rollback = changesOf(failed).findIndex((change) => /^remove data\/articles\/005_/.test(change)) + 1;
    expect(rollback).toBeGreaterThan(8);
    const killed = await broken();
    expect((await runCommand(killed, "ingest", INPUTS, { [CRASH_AFTER_VARIABLE]: String(rollback) })).signal).toBe("SIGKILL");
    const next = await runCommand(killed, "ingest", INPUTS);
    expect(next.code).toBe(1);
    expect(next.stderr).toMatch(/^ingest: repaired the corpus after an interrupted run: took back 005_[0-9a-f]{16} \(added by an ingest that did not finish\)/);
    expect(await tree(join(killed, "data"))).toEqual(before);
    expect(await tree(join(killed, "public", "data"))).toEqual(ref.oldPublicData);
    await expectOneGeneration(killed);
  }, 4 * SCENARIO_TIMEOUT_MS);

  it("recovers from a kill while public/data is written, switched and cleaned", async () => {
    const points = killPoints(ref.changes, [/^create /, /^write .*\.cache\/ingest\//, /^link /, /^rename public\/data$/]);
    for (const killAt of points) {
      const next = await crashThenRecover(ref, "ingest", INPUTS, killAt);
      expect(next.stdout, `kill at ${killAt}`).toMatch(/^ingest: added (none|00[56])/);
    }
  }, 8 * SCENARIO_TIMEOUT_MS);
});

describe("npm run data killed with SIGKILL", () => {
  let ref: Reference;
  beforeAll(async () => {
    // A new article arrives in data/ (a pull, a review): public/data is now behind it.
    ref = await reference(
      async (project) => {
        const seed = join(project, "data", "articles", "004_bfcca99e1c7093f0");
        await writeFile(join(project, "data", "articles", "005_0123456789abcdef.txt"), DATED);
        const meta = JSON.parse(await readFile(`${seed}.meta.json`, "utf8")) as Record<string, unknown>;
        await writeFile(join(project, "data", "articles", "005_0123456789abcdef.meta.json"), JSON.stringify({ ...meta, id: "005_0123456789abcdef" }));
      },
      "data",
      [],
    );
  }, SCENARIO_TIMEOUT_MS);

  it("recovers from a kill at any moment of its run, and says what it removed", async () => {
    expect(ref.publicData).not.toEqual(ref.oldPublicData);
    const points = killPoints(ref.changes, [/^create /, /^link /, /^rename public\/data$/]);
    for (const killAt of points) {
      const next = await crashThenRecover(ref, "data", [], killAt);
      // Up to the removal of the generation it replaced, a killed run leaves a generation behind.
      const leftGeneration = killAt < ref.changes.length;
      expect(next.stderr.includes("removed what an interrupted run left of public/data"), `kill at ${killAt}`).toBe(leftGeneration);
    }
  }, 8 * SCENARIO_TIMEOUT_MS);
});
