import { createHash, type Hash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { ArticleMeta } from "../../domain/schemas/article-meta";
import { type IngestedArticle, ingestedArticleSchema } from "../../domain/schemas/ingest";
import type { ReferenceEvent } from "../dates/reference-events";
import { parseTempName, writeJsonAtomic } from "./atomic-write";
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

/**
 * Content-addressed analyses in `dir` (`.cache/ingest/`); an unreadable or invalid entry is a miss.
 * Entries are read synchronously (a cold run looks up thousands of missing files, and a promise per
 * lookup cost more than the lookup), a missing one found so without the cost of a read's error, and
 * written compact: only this module reads them.
 */
export function createAnalysisCache(dir: string) {
  const pathOf = (key: string) => join(dir, `${key}.json`);
  return {
    async get(key: string): Promise<IngestedArticle | null> {
      if (!existsSync(pathOf(key))) return null;
      try {
        const parsed = ingestedArticleSchema.safeParse(JSON.parse(readFileSync(pathOf(key), "utf8")));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    set(key: string, article: IngestedArticle): Promise<void> {
      return writeJsonAtomic(pathOf(key), article, { compact: true });
    },
    /** Removes the temporary files of killed runs: entries they never finished writing. */
    removeLeftovers(): void {
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return;
      }
      for (const name of names) {
        const temp = parseTempName(name);
        if (!temp || isOtherProcessRunning(temp.pid)) continue;
        rmSync(join(dir, name), { force: true });
        fileSystemChanged("remove", join(dir, name));
      }
    },
  };
}
export type AnalysisCache = ReturnType<typeof createAnalysisCache>;
