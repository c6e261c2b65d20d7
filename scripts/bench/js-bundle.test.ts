import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { distPath, gzipBytes, gzipTotal, listJsFiles, shellJsFiles, staticImports } from "./js-bundle";

describe("staticImports", () => {
  it("finds minified and spaced static imports and re-exports, but not dynamic ones", () => {
    const code = [
      'import{a as b,c}from"./vendor-1.js";',
      'import "./side-effect.js";',
      "import React, { useState } from './react.js';",
      "import * as ns from './ns.js';",
      'export{x}from"./re-export.js";',
      "const lazy = () => import(`./map-view.js`);",
      'const other = import("./also-lazy.js");',
      "el.style.display=`none !important`;",
    ].join("\n");
    expect(staticImports(code)).toEqual(["./vendor-1.js", "./side-effect.js", "./react.js", "./ns.js", "./re-export.js"]);
  });
});

describe("distPath", () => {
  it("resolves root-relative and relative specifiers inside dist, and ignores other origins", () => {
    expect(distPath("/assets/index-abc.js")).toBe("assets/index-abc.js");
    expect(distPath("./chunk.js?v=1", "assets/index.js")).toBe("assets/chunk.js");
    expect(distPath("../lib/x.js", "assets/deep/y.js")).toBe("assets/lib/x.js");
    expect(distPath("https://cdn.example/x.js")).toBeNull();
    expect(distPath("react")).toBeNull();
  });
});

describe("on a tiny fake dist", () => {
  let dist: string;
  const write = async (path: string, content: string) => {
    await mkdir(join(dist, path, ".."), { recursive: true });
    await writeFile(join(dist, path), content);
  };

  beforeEach(async () => {
    dist = await mkdtemp(join(tmpdir(), "atlas-dist-"));
    await write(
      "index.html",
      '<script type="module" crossorigin src="/assets/index-1.js"></script>\n<link rel="modulepreload" crossorigin href="/assets/preloaded-2.js">',
    );
    await write("assets/index-1.js", 'import{a}from"./shared-3.js";const m=()=>import(`./map-view-4.js`);');
    await write("assets/preloaded-2.js", "export const p=1;");
    await write("assets/shared-3.js", 'import"./deeper-5.js";export const a=1;');
    await write("assets/deeper-5.js", "export const d=1;");
    await write("assets/map-view-4.js", 'import{a}from"./shared-3.js";export default a;');
    await write("assets/worker-6.mjs", "self.onmessage=()=>{};");
    await write("assets/index-1.css", "body{}");
  });
  afterEach(() => rm(dist, { recursive: true, force: true }));

  it("lists every JavaScript file, module workers included, and no stylesheet", async () => {
    expect(await listJsFiles(dist)).toEqual([
      "assets/deeper-5.js",
      "assets/index-1.js",
      "assets/map-view-4.js",
      "assets/preloaded-2.js",
      "assets/shared-3.js",
      "assets/worker-6.mjs",
    ]);
  });

  it("takes the entry, its preloads and their static imports as the shell, not lazy chunks", async () => {
    expect(await shellJsFiles(dist)).toEqual(["assets/deeper-5.js", "assets/index-1.js", "assets/preloaded-2.js", "assets/shared-3.js"]);
  });

  it("sums the gzip size of each file", async () => {
    const total = await gzipTotal(dist, ["assets/deeper-5.js", "assets/shared-3.js"]);
    expect(total.files.map((f) => f.bytes)).toEqual([gzipBytes("export const d=1;"), gzipBytes('import"./deeper-5.js";export const a=1;')]);
    expect(total.bytes).toBe(total.files.reduce((sum, f) => sum + f.bytes, 0));
  });

  it("names index.html when it has no module script", async () => {
    await write("index.html", "<p>no scripts</p>");
    await expect(shellJsFiles(dist)).rejects.toThrow(/index\.html: no module script/);
  });
});

describe("gzipBytes", () => {
  it("compresses repetitive text far below its length", () => {
    const text = "const x = 1;\n".repeat(1_000);
    expect(gzipBytes(text)).toBeLessThan(text.length / 20);
  });
});
