import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { CONTEXT_MESSAGES } from "../features/country/context-messages";
import { EMBED_MESSAGES } from "../features/embed/embed-messages";
import { EXPORT_MESSAGES } from "../features/export/export-messages";
import { MAP_TEXT_MESSAGES } from "../features/map/map-text-messages";
import { NOTICE_MESSAGES } from "../features/notices/notice-messages";
import { COMPARE_MESSAGES } from "../lib/compare-messages";
import { formatDay, MESSAGES } from "../lib/i18n";
import { PAGE_WORDS } from "./page-meta";

/** Every catalogue of interface words, with the file that defines it. */
const CATALOGUES = [
  { file: "src/lib/i18n.ts", messages: MESSAGES },
  { file: "src/features/notices/notice-messages.ts", messages: NOTICE_MESSAGES },
  { file: "src/features/map/map-text-messages.ts", messages: MAP_TEXT_MESSAGES },
  { file: "src/features/country/context-messages.ts", messages: CONTEXT_MESSAGES },
  { file: "src/lib/compare-messages.ts", messages: COMPARE_MESSAGES },
  { file: "src/features/export/export-messages.ts", messages: EXPORT_MESSAGES },
  { file: "src/features/embed/embed-messages.ts", messages: EMBED_MESSAGES },
  { file: "src/app/page-meta.ts", messages: PAGE_WORDS },
] as const;

type Entry = readonly [path: string, value: unknown];

/** Every message of a catalogue by its path, nested groups opened. */
function entries(catalogue: object, prefix = ""): Entry[] {
  return Object.entries(catalogue).flatMap(([key, value]: [string, unknown]) =>
    typeof value === "object" && value !== null ? entries(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value] as const],
  );
}

/** The words a message shows: a function is called with plain sample values, which carry no punctuation. */
function shown(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "function") return String((value as (...args: unknown[]) => unknown)("Xyz", "Abc", "Def"));
  throw new Error(`not a message: ${String(value)}`);
}

const root = join(import.meta.dirname, "..");
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/u.test(e.name) && !/\.test\.tsx?$/u.test(e.name) ? [path] : [];
  });
}

describe.each(CATALOGUES)("$file", ({ file, messages }) => {
  const en = new Map(entries(messages.en));
  const fr = new Map(entries(messages.fr));

  it("has every message in both languages, of the same kind", () => {
    expect([...fr.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [path, value] of en) expect(typeof fr.get(path), path).toBe(typeof value);
  });

  it("uses every message somewhere in the interface", () => {
    const code = sources(root)
      .filter((path) => relative(join(root, ".."), path) !== file)
      .map((path) => readFileSync(path, "utf8"))
      .join("\n");
    const topLevel = Object.keys(messages.en);
    const unused = topLevel.filter((key) => !new RegExp(`[.]${key}\\b|["']${key}["']|[{,]\\s*${key}\\s*[,}:]`, "u").test(code));
    expect(unused).toEqual([]);
  });

  it("sets French by its typography: a narrow no-break space before : ; ! ? and inside « »", () => {
    for (const [path, value] of fr) {
      const words = shown(value);
      expect(words, path).not.toMatch(/[^\u202f][:;!?]/u);
      expect(words, path).not.toMatch(/«[^\u202f]|[^\u202f]»/u);
    }
  });

  it("has no message empty, starting with a space or with two in a row", () => {
    for (const [path, value] of [...en, ...fr]) {
      const words = shown(value);
      expect(words.trim(), path).not.toBe("");
      expect(words, path).not.toMatch(/ {2}|^\s/u);
    }
  });
});

describe("formatDay", () => {
  it("writes the first of a month as an ordinal in French only", () => {
    expect(formatDay("2023-07-01", "fr")).toBe("1er juillet 2023");
    expect(formatDay("2023-07-02", "fr")).toBe("2 juillet 2023");
    expect(formatDay("2023-07-11", "fr")).toBe("11 juillet 2023");
    expect(formatDay("2023-07-01", "en")).toBe("1 July 2023");
  });
});
