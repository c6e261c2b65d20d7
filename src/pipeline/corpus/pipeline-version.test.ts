import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { computePipelineVersion } from "./pipeline-version";

describe("computePipelineVersion", () => {
  it("changes when pipeline code changes, not when a test does", async () => {
    const root = await mkdtemp(join(tmpdir(), "version-"));
    await mkdir(join(root, "pipeline", "dates"), { recursive: true });
    await mkdir(join(root, "domain"));
    await writeFile(join(root, "pipeline", "dates", "rule.ts"), "export const a = 1;");
    const v1 = await computePipelineVersion(root);
    await writeFile(join(root, "pipeline", "dates", "rule.test.ts"), "test");
    expect(await computePipelineVersion(root)).toBe(v1);
    await writeFile(join(root, "pipeline", "dates", "rule.ts"), "export const a = 2;");
    expect(await computePipelineVersion(root)).not.toBe(v1);
  });
});
