import { describe, expect, it } from "vitest";
import { parseIngestArgs } from "./cli-args";

const problem = (argv: string[]) => {
  try {
    parseIngestArgs(argv);
  } catch (error) {
    return (error as Error).message;
  }
  return "no error";
};

describe("parseIngestArgs", () => {
  it("reads flags in both spellings and keeps the files in order", () => {
    expect(parseIngestArgs(["--json", "--lang", "en", "--published=2022-02-04", "a.txt", "b.txt"])).toEqual({
      json: true,
      lang: "en",
      published: { start: "2022-02-04", end: "2022-02-04" },
      files: ["a.txt", "b.txt"],
    });
  });

  it("reads a publication range as START..END", () => {
    expect(parseIngestArgs(["--published", "2023-01-23..2023-01-24", "a.txt"]).published).toEqual({ start: "2023-01-23", end: "2023-01-24" });
  });

  it("defaults to adding to the corpus with metadata unknown", () => {
    expect(parseIngestArgs(["a.txt"])).toEqual({ json: false, lang: null, published: null, files: ["a.txt"] });
  });

  it("treats everything after -- as files", () => {
    expect(parseIngestArgs(["--", "--json"]).files).toEqual(["--json"]);
  });

  it("names the flag at fault", () => {
    expect(problem(["--lang", "de", "a.txt"])).toBe('--lang: unknown language "de" (expected fr or en)');
    expect(problem(["--lang"])).toBe("--lang: missing value");
    expect(problem(["--published", "04/02/2022", "a.txt"])).toMatch(/^--published: "04\/02\/2022" is not a calendar day/);
    expect(problem(["--published", "2023-02-29", "a.txt"])).toMatch(/^--published: "2023-02-29" is not a calendar day/);
    expect(problem(["--published", "2023-01-24..2023-01-23", "a.txt"])).toBe('--published: "2023-01-24..2023-01-23" ends before it starts');
    expect(problem(["--published", "2023-01-23..", "a.txt"])).toMatch(/is not a calendar day as YYYY-MM-DD or a range/);
    expect(problem(["--published", "2023-01-23..2023-01-24..2023-01-25", "a.txt"])).toMatch(/or a range/);
    expect(problem(["--verbose", "a.txt"])).toMatch(/^--verbose: unknown option/);
    expect(problem(["--json=yes", "a.txt"])).toMatch(/^--json: unknown option/);
  });

  it("refuses a run without files", () => {
    expect(problem(["--json"])).toMatch(/^FILE: no input file/);
  });
});
