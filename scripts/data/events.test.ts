import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { dayNumber } from "../../src/domain/day";
import {
  type EventFilters,
  eventsStartingIn,
  firstNumbers,
  locateEvent,
  matchAll,
  NO_FILTERS,
  searchConditions,
  searchManifestFile,
  wordFile,
} from "../../src/domain/event-search";
import {
  type EventShard,
  eventShardSchema,
  type EventsIndex,
  eventsIndexSchema,
  readerArticleSchema,
  searchManifestSchema,
  type SearchPostings,
  searchPostingsSchema,
} from "../../src/domain/schemas/event-data";
import { writeEvents, type WriteEventsReport } from "./events";

const DATA = fileURLToPath(new URL("../../data", import.meta.url));
/** Analysing the seeds with the real pipeline takes a moment on a shared machine. */
const BUILD_TIMEOUT_MS = 60_000;

let outDir: string;
let cacheDir: string;
let first: WriteEventsReport;
let index: EventsIndex;
let shards: EventShard[];

const readJson = async (path: string): Promise<unknown> => JSON.parse(await readFile(path, "utf8"));
const overlaps = (a: { start: string; end: string }, b: { start: string; end: string }) =>
  dayNumber(a.start) <= dayNumber(b.end) && dayNumber(b.start) <= dayNumber(a.end);

beforeAll(async () => {
  const tmp = await mkdtemp(join(tmpdir(), "events-"));
  outDir = join(tmp, "out");
  cacheDir = join(tmp, "cache");
  await mkdir(join(outDir, "events"), { recursive: true });
  await writeFile(join(outDir, "events", "1999-01.json"), "{}");
  await mkdir(join(outDir, "events", "search"), { recursive: true });
  await writeFile(join(outDir, "events", wordFile("zz")), "{}");
  first = await writeEvents(DATA, outDir, { cacheDir, log: () => {} });
  index = eventsIndexSchema.parse(await readJson(join(outDir, "events", "index.json")));
  shards = await Promise.all(index.shards.map(async (s) => eventShardSchema.parse(await readJson(join(outDir, "events", s.file)))));
}, BUILD_TIMEOUT_MS);

describe("writeEvents on the real corpus", () => {
  it("writes an index and shards that match their schemas, and nothing stale", async () => {
    expect(first).toMatchObject({ articles: 5, processed: 5, cached: 0, events: index.count, shards: index.shards.length });
    expect((await readdir(join(outDir, "events"))).sort()).toEqual(["index.json", "search", ...index.shards.map((s) => s.file)].sort());
  });

  it("writes a search index that finds an event by its words and filters, through its shard", async () => {
    const manifest = searchManifestSchema.parse(await readJson(join(outDir, "events", searchManifestFile())));
    const names = await readdir(join(outDir, "events", "search"));
    expect(names).not.toContain(basename(wordFile("zz")));
    const files = new Map<string, SearchPostings>();
    for (const name of names.filter((n) => `search/${n}` !== searchManifestFile())) files.set(`search/${name}`, searchPostingsSchema.parse(await readJson(join(outDir, "events", "search", name))));
    const find = (filters: EventFilters) => {
      const firsts = firstNumbers(index.shards);
      return matchAll(searchConditions(filters, new Set(manifest.words)), files).map((n) => {
        const at = locateEvent(index.shards, firsts, n);
        const shard = shards[at?.shard ?? -1];
        return shard ? eventsStartingIn(shard)[at?.place ?? -1] : undefined;
      });
    };
    const [found, ...others] = find({ ...NO_FILTERS, query: "GEOGRAPHIE est tetue" });
    expect(others).toEqual([]);
    expect(found?.quotes.map((q) => q.text)).toContain("quoi qu’on en dise, la géographie est têtue");
    expect(find({ ...NO_FILTERS, country: "NZL" }).map((e) => e?.date.start)).toEqual(["2026-06-27"]);
  });

  it("puts every event in exactly the month shards its date range overlaps", () => {
    const events = new Map(shards.flatMap((s) => s.events.map((e) => [e.id, e.date] as const)));
    expect(events.size).toBe(index.count);
    for (const [id, date] of events) {
      const holding = shards.filter((s) => s.events.some((e) => e.id === id)).map((s) => s.id);
      expect(holding, id).toEqual(shards.filter((s) => overlaps(s, date)).map((s) => s.id));
    }
    index.shards.forEach((ref, i) => expect(ref.count).toBe(shards[i]?.events.length));
  });

  it("writes one reader file per article with the verbatim text and exact quote spans", async () => {
    for (const name of (await readdir(join(DATA, "articles"))).filter((n) => n.endsWith(".txt"))) {
      const id = name.slice(0, -".txt".length);
      const reader = readerArticleSchema.parse(await readJson(join(outDir, "articles", `${id}.json`)));
      expect(reader.text).toBe(await readFile(join(DATA, "articles", name), "utf8"));
      const quoted = shards.flatMap((s) => s.events).filter((e) => e.article.id === id).flatMap((e) => e.quotes);
      for (const q of quoted) expect(reader.text.slice(q.start, q.end)).toBe(q.text);
    }
  });

  it("does no analysis when the corpus has not changed", async () => {
    const again = await writeEvents(DATA, outDir, { cacheDir, log: () => {} });
    expect(again).toEqual({ ...first, processed: 0, cached: 5 });
  }, BUILD_TIMEOUT_MS);
});
