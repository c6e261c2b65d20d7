import { mkdir, mkdtemp, readdir, readFile, rename, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyPublicDir } from "./public-dir-plugin";

async function generation(root: string, name: string, content: string): Promise<string> {
  const dir = join(root, ".cache", "public-data", name);
  await mkdir(join(dir, "events"), { recursive: true });
  await writeFile(join(dir, "blocs.json"), content);
  await writeFile(join(dir, "events", "index.json"), content);
  return dir;
}

describe("copyPublicDir", () => {
  it("copies the generation resolved at the start, as plain files, even when the link has switched since", async () => {
    const root = await mkdtemp(join(tmpdir(), "public-dir-"));
    const publicDir = join(root, "public");
    await mkdir(publicDir);
    await writeFile(join(publicDir, "robots.txt"), "User-agent: *");
    const old = await generation(root, "1-old", "old");
    await generation(root, "2-new", "new");
    await symlink(join("..", ".cache", "public-data", "1-old"), join(publicDir, "data"));
    // A run switches the link after the build has resolved it.
    await symlink(join("..", ".cache", "public-data", "2-new"), join(publicDir, ".next"));
    await rename(join(publicDir, ".next"), join(publicDir, "data"));

    const outDir = join(root, "dist");
    copyPublicDir(publicDir, outDir, old);
    expect((await readdir(outDir)).sort()).toEqual(["data", "robots.txt"]);
    expect(await readFile(join(outDir, "data", "blocs.json"), "utf8")).toBe("old");
    expect(await readFile(join(outDir, "data", "events", "index.json"), "utf8")).toBe("old");
    expect(await readFile(join(outDir, "robots.txt"), "utf8")).toBe("User-agent: *");
  });

  it("copies no data when there is no generation yet", async () => {
    const root = await mkdtemp(join(tmpdir(), "public-dir-"));
    await mkdir(join(root, "public"));
    await writeFile(join(root, "public", "robots.txt"), "x");
    copyPublicDir(join(root, "public"), join(root, "dist"), null);
    expect(await readdir(join(root, "dist"))).toEqual(["robots.txt"]);
  });
});
