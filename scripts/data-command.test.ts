import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMAND_TIMEOUT_MS, copyProject, makeProject, removeProjects, runCommand, tree } from "./test-project";

const SEED = "002_58fc11a7e6963e4c";
let project: string;
let published: Record<string, string>;

afterAll(removeProjects);

beforeAll(async () => {
  project = await makeProject();
  expect((await runCommand(project, "data")).code).toBe(0);
  published = await tree(join(project, "public", "data"));
}, COMMAND_TIMEOUT_MS);

async function editJson(path: string, edit: (json: Record<string, unknown>) => void): Promise<void> {
  const json = JSON.parse(await readFile(path, "utf8")) as Record<string, unknown>;
  edit(json);
  await writeFile(path, JSON.stringify(json));
}

describe("npm run data", () => {
  it.each([
    ["javascript:alert(document.cookie)", "a script"],
    ["DATA:text/html,<script>alert(1)</script>", "a data: page"],
  ])("refuses an article address that is %s (%s), naming the file relative to the project and the field", async (url) => {
    const copy = await copyProject(project);
    await editJson(join(copy, "data", "articles", `${SEED}.meta.json`), (meta) => (meta.url = url));
    const run = await runCommand(copy, "data");
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`data: data/articles/${SEED}.meta.json: url: expected an http:// or https:// address\n`);
    expect(await tree(join(copy, "public", "data"))).toEqual(published);
  }, COMMAND_TIMEOUT_MS);

  it("refuses a bloc source that is not http(s), naming the file and the field", async () => {
    const copy = await copyProject(project);
    await editJson(join(copy, "data", "blocs", "aukus.json"), (bloc) => {
      (bloc.founded as { source: { url: string } }).source.url = "vbscript:msgbox(1)";
    });
    const run = await runCommand(copy, "data");
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("data: data/blocs/aukus.json: founded.source.url: expected an http:// or https:// address\n");
  }, COMMAND_TIMEOUT_MS);

  it("repairs a text an older ingest left without its sidecar, in one line, instead of failing", async () => {
    const copy = await copyProject(project);
    await rm(join(copy, "data", "articles", `${SEED}.meta.json`));
    await writeFile(join(copy, "data", "articles", `.${SEED}.meta.json.99999999.0123abcd.1.tmp`), "{");
    const run = await runCommand(copy, "data");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe(
      `data: repaired the corpus after an interrupted run: removed data/articles/${SEED}.txt (its sidecar was missing), ` +
        `a temporary file (data/articles/.${SEED}.meta.json.99999999.0123abcd.1.tmp); run the same ingest again to add what it was adding\n`,
    );
    expect((await readdir(join(copy, "data", "articles"))).filter((name) => name.startsWith(SEED) || name.startsWith("."))).toEqual([]);
    expect(Object.keys(await tree(join(copy, "public", "data")))).not.toContain(`articles/${SEED}.json`);
  }, COMMAND_TIMEOUT_MS);
});
