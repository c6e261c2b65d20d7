import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { computePipelineVersion } from "./pipeline-version";

async function project(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "version-"));
  await mkdir(join(root, "src", "pipeline", "dates"), { recursive: true });
  await mkdir(join(root, "src", "domain"));
  await mkdir(join(root, "data"));
  await writeFile(join(root, "src", "pipeline", "dates", "rule.ts"), "export const a = 1;");
  await writeFile(join(root, "data", "lexicon.json"), '{"people": []}');
  await writeFile(join(root, "package-lock.json"), '{"packages": {"node_modules/chrono-node": {"version": "2.9.0"}}}');
  return root;
}

describe("computePipelineVersion", () => {
  it("changes when pipeline code changes, not when a test does", async () => {
    const root = await project();
    const v1 = await computePipelineVersion(root);
    await writeFile(join(root, "src", "pipeline", "dates", "rule.test.ts"), "test");
    expect(await computePipelineVersion(root)).toBe(v1);
    await writeFile(join(root, "src", "pipeline", "dates", "rule.ts"), "export const a = 2;");
    expect(await computePipelineVersion(root)).not.toBe(v1);
  });

  it("changes when the lexicon or a library version changes, or the lockfile goes", async () => {
    const root = await project();
    const versions = [await computePipelineVersion(root)];
    await writeFile(join(root, "data", "lexicon.json"), '{"people": [{"id": "x"}]}');
    versions.push(await computePipelineVersion(root));
    await writeFile(join(root, "package-lock.json"), '{"packages": {"node_modules/chrono-node": {"version": "2.9.1"}}}');
    versions.push(await computePipelineVersion(root));
    await rm(join(root, "package-lock.json"));
    versions.push(await computePipelineVersion(root));
    expect(new Set(versions).size).toBe(4);
  });
});
