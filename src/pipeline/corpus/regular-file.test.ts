import { execFileSync } from "node:child_process";
import { mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readRegularFileSync } from "./regular-file";

const LIMIT = 1024;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "regular-"));
  await writeFile(join(dir, "a.txt"), "text");
  await symlink(join(dir, "a.txt"), join(dir, "link.txt"));
  execFileSync("mkfifo", [join(dir, "pipe")]);
  await symlink(join(dir, "pipe"), join(dir, "pipe-link.txt"));
});

describe("readRegularFileSync", () => {
  it("reads a regular file, also through a symbolic link", () => {
    expect(readRegularFileSync(join(dir, "a.txt"), "a.txt", LIMIT).toString()).toBe("text");
    expect(readRegularFileSync(join(dir, "link.txt"), "link.txt", LIMIT).toString()).toBe("text");
  });

  // Opening a pipe with no writer blocks: these would hang the test if the check came after the open.
  it.each([
    ["a named pipe", "pipe"],
    ["a link to a named pipe", "pipe-link.txt"],
    ["a folder", "."],
  ])("refuses %s before reading it", (_name, file) => {
    expect(() => readRegularFileSync(join(dir, file), file, LIMIT)).toThrow(`${file}: not a regular file`);
  });

  it.each(["/dev/zero", "/dev/null", "/dev/urandom"])("refuses the device %s", (device) => {
    expect(() => readRegularFileSync(device, device, LIMIT)).toThrow(`${device}: not a regular file`);
  });

  it("refuses a file over the limit and names a missing one", () => {
    expect(() => readRegularFileSync(join(dir, "a.txt"), "a.txt", 2)).toThrow("a.txt: too large (4 bytes, limit 2)");
    expect(() => readRegularFileSync(join(dir, "none"), "none", LIMIT)).toThrow("none: no such file");
  });
});
