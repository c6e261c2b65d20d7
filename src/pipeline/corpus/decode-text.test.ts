import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeArticleText, MAX_ARTICLE_BYTES, readArticleText } from "./decode-text";

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeArticleText", () => {
  it("returns UTF-8 text verbatim, accents and typographic quotes included", () => {
    expect(decodeArticleText(utf8("« Otan » – l’an prochain"), "a.txt")).toBe("« Otan » – l’an prochain");
  });

  it("refuses empty, blank, binary and non-UTF-8 input, naming the file", () => {
    expect(() => decodeArticleText(bytes(), "a.txt")).toThrow("a.txt: empty file");
    expect(() => decodeArticleText(utf8(" \n\t"), "a.txt")).toThrow("a.txt: empty file (only white space)");
    expect(() => decodeArticleText(bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x01), "a.png")).toThrow("a.png: binary file");
    expect(() => decodeArticleText(bytes(0x63, 0x61, 0x66, 0xe9), "latin1.txt")).toThrow("latin1.txt: not valid UTF-8 text");
  });
});

describe("readArticleText", () => {
  it("refuses a file over the limit from its size, and a missing file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "decode-"));
    const big = join(dir, "big.txt");
    await writeFile(big, Buffer.alloc(MAX_ARTICLE_BYTES + 1, "a"));
    await expect(readArticleText(big, "big.txt")).rejects.toThrow(/^big\.txt: too large/);
    await expect(readArticleText(join(dir, "none.txt"), "none.txt")).rejects.toThrow("none.txt: no such file");
    await expect(readArticleText(dir, "dir")).rejects.toThrow("dir: not a regular file");
  });
});
