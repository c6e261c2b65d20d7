import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { frenchTypography } from "../../src/domain/french-typography";

const DATA = join(import.meta.dirname, "../../data");

/** The reviewed data files: everything in `data/` but the articles, which are kept as published. */
function dataFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "articles" ? [] : dataFiles(path);
    return e.name.endsWith(".json") ? [path] : [];
  });
}

/** Every French text of a file (`{ "fr": "…" }` anywhere), with where it is. */
function frenchTexts(value: unknown, at: string): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => frenchTexts(v, `${at}[${i}]`));
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, v]: [string, unknown]) =>
    key === "fr" && typeof v === "string" ? [[`${at}.fr`, v] as [string, string]] : frenchTexts(v, `${at}.${key}`),
  );
}

describe.each(dataFiles(DATA).map((path) => relative(DATA, path)))("data/%s", (file) => {
  it("writes its French by French typography", () => {
    const texts = frenchTexts(JSON.parse(readFileSync(join(DATA, file), "utf8")), "");
    const wrong = texts.filter(([, text]) => frenchTypography(text) !== text).map(([at]) => at);
    expect(wrong).toEqual([]);
  });
});
