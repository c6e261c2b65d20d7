import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cachedScript } from "./cached-script";

function counted(text: string) {
  const build = async () => {
    build.calls += 1;
    return text;
  };
  build.calls = 0;
  return build;
}

describe("cachedScript", () => {
  it("builds a version once and reads it on later runs", async () => {
    const dir = join(await mkdtemp(join(tmpdir(), "script-")), "cache");
    const build = counted("module.exports = 1;");
    const options = { dir, name: "worker", version: async () => "v1", build };
    expect(await cachedScript(options)).toBe("module.exports = 1;");
    expect(await cachedScript(options)).toBe("module.exports = 1;");
    expect(build.calls).toBe(1);
    expect(readdirSync(dir)).toEqual(["worker.v1.cjs"]);
  });

  it("builds again for a new version and removes the old one and killed runs' temporary files", async () => {
    const dir = await mkdtemp(join(tmpdir(), "script-"));
    await cachedScript({ dir, name: "worker", version: async () => "v1", build: counted("old") });
    // A run killed while writing: its process is gone (pid 2^22 + 1 is above Linux's limit).
    writeFileSync(join(dir, `.worker.v2.cjs.${2 ** 22 + 1}.0123abcd.1.tmp`), "half");
    writeFileSync(join(dir, "other-tool.json"), "{}");
    const build = counted("new");
    expect(await cachedScript({ dir, name: "worker", version: async () => "v2", build })).toBe("new");
    expect(build.calls).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(["other-tool.json", "worker.v2.cjs"]);
  });

  it("still gives the script when the cache cannot be written", async () => {
    const file = join(await mkdtemp(join(tmpdir(), "script-")), "not-a-folder");
    writeFileSync(file, "");
    const build = counted("built");
    const options = { dir: join(file, "cache"), name: "worker", version: async () => "v1", build };
    expect(await cachedScript(options)).toBe("built");
    expect(await cachedScript(options)).toBe("built");
    expect(build.calls).toBe(2);
    expect(existsSync(join(file, "cache"))).toBe(false);
  });
});
