import { createHash, type Hash, randomBytes } from "node:crypto";
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { ArticleMeta } from "../../domain/schemas/article-meta";
import { type IngestedArticle, ingestedArticleSchema } from "../../domain/schemas/ingest";
import type { ReferenceEvent } from "../dates/reference-events";
import { parseTempName, stageFile } from "./atomic-write";
import { fileSystemChanged } from "./crash-point";
import { isOtherProcessRunning } from "./other-process";

export interface CacheKeyParts {
  text: string;
  meta: ArticleMeta;
  referenceEvents: ReferenceEvent[];
  pipelineVersion: string;
}

/**
 * The version and the table are the same for every article of a run: they are serialised and hashed
 * once, and each article's key continues a copy of that hash (the table alone is ten kilobytes).
 */
const hashedTables = new WeakMap<ReferenceEvent[], Map<string, Hash>>();

function hashedPrefix(referenceEvents: ReferenceEvent[], pipelineVersion: string): Hash {
  let byVersion = hashedTables.get(referenceEvents);
  if (!byVersion) hashedTables.set(referenceEvents, (byVersion = new Map()));
  let prefix = byVersion.get(pipelineVersion);
  if (!prefix) {
    prefix = createHash("sha256");
    for (const part of [pipelineVersion, JSON.stringify(referenceEvents)]) prefix.update(part).update("\0");
    byVersion.set(pipelineVersion, prefix);
  }
  return prefix;
}

/** Everything an analysis depends on; curation is applied after the cache, so it is not part of it. */
export function cacheKey(parts: CacheKeyParts): string {
  const hash = hashedPrefix(parts.referenceEvents, parts.pipelineVersion).copy();
  for (const part of [JSON.stringify(parts.meta), parts.text]) hash.update(part).update("\0");
  return hash.digest("hex");
}

/** `analyses.<pid>.<8 hex>.jsonl`: the segment one cache of one process appends to. */
const SEGMENT_NAME = /^analyses\.(\d+)\.[0-9a-f]{8}\.jsonl$/;
/** One entry per line: the key, the length of the JSON that follows, the analysis as compact JSON. */
const ENTRY_LINE = /^([0-9a-f]{64}) (\d+) /;
/** An entry of the cache's earlier layout, one file per analysis: nothing reads them any more. */
const OLD_ENTRY_FILE = /^[0-9a-f]{64}\.json$/;
/** Up to this many characters of entries a run did not use, a cache is left as it is (a few thousand analyses). */
const COMPACT_ABOVE_CHARS = 16 * 1024 * 1024;

export interface AnalysisCacheOptions {
  /** The characters of unused entries a cache keeps before it compacts, when the entries used are fewer. */
  compactAboveChars?: number;
}

/** Segments this process has open, whichever cache opened them: never removed while being written. */
const openSegments = new Set<string>();

function segmentLine(key: string, json: string): string {
  return `${key} ${json.length} ${json}\n`;
}

/**
 * Adds the entries of a segment's whole lines to `into`, the first of each key (a line cut short or
 * damaged is skipped), and gives the segment's length in characters.
 */
function readSegment(path: string, into: Map<string, string | IngestedArticle>): number {
  let content: string;
  try {
    content = readFileSync(path, "utf8");
  } catch {
    return 0;
  }
  let start = 0;
  for (let end = content.indexOf("\n"); end >= 0; start = end + 1, end = content.indexOf("\n", start)) {
    const line = content.slice(start, end);
    const match = ENTRY_LINE.exec(line);
    if (!match) continue;
    const json = line.slice(match[0].length);
    if (json.length === Number(match[2]) && !into.has(match[1] as string)) into.set(match[1] as string, json);
  }
  return content.length;
}

/**
 * Content-addressed analyses in `dir` (`.cache/ingest/`), an unreadable or invalid entry being a miss.
 * A run appends what it analyses to a segment file of its own, one line per analysis: a run over a
 * large corpus writes one file instead of thousands, each of which cost more to create than to fill.
 * A line is whole or ignored (its length is written before it), so a killed run leaves entries that
 * are either readable or skipped. Segments are read once, when the cache is first used; once a run
 * has finished, `close` rewrites them as one segment of the entries the run used when the others
 * weigh more than those and than `compactAboveChars`, so analyses of code and corpora long gone do not
 * pile up. A segment another running process writes is never removed. The JSON of what a run stores
 * is not kept in memory: compacting reads it back.
 */
export function createAnalysisCache(dir: string, { compactAboveChars = COMPACT_ABOVE_CHARS }: AnalysisCacheOptions = {}) {
  /** An entry's JSON as read, until a lookup checks it; then, or once stored, the analysis itself (its caller keeps it anyway). */
  let entries: Map<string, string | IngestedArticle> | null = null;
  /** Characters in the segments this cache may rewrite, and in the entries this run used. */
  let stored = 0;
  let kept = 0;
  const used = new Set<string>();
  const markUsed = (key: string, size: number) => {
    if (used.has(key)) return;
    used.add(key);
    kept += size;
  };
  let segment: { path: string; fd: number } | null = null;

  const segmentNames = () => {
    try {
      return readdirSync(dir).filter((name) => SEGMENT_NAME.test(name));
    } catch {
      return [];
    }
  };
  const isRemovable = (name: string) => !openSegments.has(join(dir, name)) && !isOtherProcessRunning(Number(SEGMENT_NAME.exec(name)?.[1]));
  const loaded = () => {
    if (entries) return entries;
    entries = new Map();
    for (const name of segmentNames()) {
      const size = readSegment(join(dir, name), entries);
      if (isRemovable(name)) stored += size;
    }
    return entries;
  };
  const append = (line: string) => {
    if (!segment) {
      mkdirSync(dir, { recursive: true });
      const path = join(dir, `analyses.${process.pid}.${randomBytes(4).toString("hex")}.jsonl`);
      segment = { path, fd: openSync(path, "a") };
      openSegments.add(path);
      fileSystemChanged("write", path);
    }
    const bytes = Buffer.from(line, "utf8");
    for (let written = 0; written < bytes.length; ) written += writeSync(segment.fd, bytes, written);
    fileSystemChanged("write", segment.path);
  };

  return {
    get(key: string): IngestedArticle | null {
      const all = loaded();
      const entry = all.get(key);
      if (typeof entry !== "string") return entry ?? null;
      let parsed;
      try {
        parsed = ingestedArticleSchema.safeParse(JSON.parse(entry));
      } catch {
        parsed = null;
      }
      if (!parsed?.success) {
        all.delete(key);
        return null;
      }
      all.set(key, parsed.data);
      markUsed(key, entry.length);
      return parsed.data;
    },
    set(key: string, article: IngestedArticle): void {
      const json = JSON.stringify(article);
      append(segmentLine(key, json));
      loaded().set(key, article);
      markUsed(key, json.length);
      stored += json.length;
    },
    /**
     * Ends the run's segment; after a run that finished (`compact`), rewrites the segments as one of
     * the entries it used when the rest outweighs them (see above).
     */
    close({ compact }: { compact: boolean }): void {
      if (segment) {
        closeSync(segment.fd);
        openSegments.delete(segment.path);
        segment = null;
      }
      if (!compact || stored - kept <= Math.max(kept, compactAboveChars)) return;
      const replaced = segmentNames().filter(isRemovable);
      const found = new Map<string, string | IngestedArticle>();
      for (const name of replaced) readSegment(join(dir, name), found);
      const lines: string[] = [];
      for (const key of used) {
        const json = found.get(key);
        if (typeof json === "string") lines.push(segmentLine(key, json));
      }
      stageFile(join(dir, `analyses.${process.pid}.${randomBytes(4).toString("hex")}.jsonl`), lines.join("")).commit();
      for (const name of replaced) {
        rmSync(join(dir, name), { force: true });
        fileSystemChanged("remove", join(dir, name));
      }
    },
    /** Removes the temporary files of killed runs, and the entries of the cache's earlier layout. */
    removeLeftovers(): void {
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return;
      }
      for (const name of names) {
        const temp = parseTempName(name);
        if (temp ? isOtherProcessRunning(temp.pid) : !OLD_ENTRY_FILE.test(name)) continue;
        rmSync(join(dir, name), { force: true });
        fileSystemChanged("remove", join(dir, name));
      }
    },
  };
}
export type AnalysisCache = ReturnType<typeof createAnalysisCache>;
