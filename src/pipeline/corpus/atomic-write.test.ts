import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomic } from "./atomic-write";

describe("writeFileAtomic", () => {
  it("creates folders, replaces content, and leaves no temporary file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "atomic-"));
    const path = join(dir, "deep", "x.json");
    await writeFileAtomic(path, "one");
    await writeFileAtomic(path, "two");
    expect(await readFile(path, "utf8")).toBe("two");
    expect(await readdir(join(dir, "deep"))).toEqual(["x.json"]);
  });

  it("leaves the old file intact when the write fails", async () => {
    const dir = await mkdtemp(join(tmpdir(), "atomic-"));
    const path = join(dir, "x.json");
    await writeFileAtomic(path, "old");
    await expect(writeFileAtomic(join(path, "child"), "new")).rejects.toThrow();
    expect(await readFile(path, "utf8")).toBe("old");
  });
});
