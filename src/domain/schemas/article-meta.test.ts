import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { weekday } from "../day";
import { articleMetaSchema } from "./article-meta";

const ARTICLES = fileURLToPath(new URL("../../../data/articles", import.meta.url));
const sidecar = (id: string) => articleMetaSchema.parse(JSON.parse(readFileSync(join(ARTICLES, `${id}.meta.json`), "utf8")));
const SATURDAY = 6;

describe("articleMetaSchema", () => {
  it("accepts every sidecar in data/articles, each naming its own file", () => {
    const ids = readdirSync(ARTICLES).filter((n) => n.endsWith(".txt")).map((n) => n.slice(0, -".txt".length));
    expect(ids.length).toBeGreaterThanOrEqual(5);
    for (const id of ids) expect(sidecar(id).id).toBe(id);
  });

  it("keeps the seeds' publication dates consistent with what their text says", () => {
    // 000 reports "ce samedi 27 juin" as past: publication starts on that Saturday.
    const colloquium = sidecar("000_90e75e902162ad50").published;
    expect(colloquium?.start).toBe("2026-06-27");
    expect(weekday("2026-06-27")).toBe(SATURDAY);
    // 002 is left to the pipeline's anchor on the Vilnius summit.
    expect(sidecar("002_58fc11a7e6963e4c").published).toBeNull();
    for (const id of ["003_5241068be115698e", "004_bfcca99e1c7093f0"]) {
      expect(sidecar(id).published).toMatchObject({ start: "2022-02-04", end: "2022-02-06" });
    }
  });

  it("refuses a reversed range, an unknown field and a bad id, naming the field", () => {
    const base = { id: "000_90e75e902162ad50", language: "fr", outlet: null, url: null, published: null };
    const issuePath = (value: unknown) => articleMetaSchema.safeParse(value).error?.issues[0]?.path.join(".");
    expect(issuePath({ ...base, published: { start: "2022-02-05", end: "2022-02-04", basis: "x" } })).toBe("published.end");
    expect(issuePath({ ...base, date: "2022-02-04" })).toBe("");
    expect(issuePath({ ...base, id: "seed-0" })).toBe("id");
    expect(issuePath({ ...base, url: "not a url" })).toBe("url");
  });
});
