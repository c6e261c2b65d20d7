import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync } from "node:fs";
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

/** The table is the same for every article of a run: serialise it once, not once per article. */
const serialisedTables = new WeakMap<ReferenceEvent[], string>();

function serialisedTable(referenceEvents: ReferenceEvent[]): string {
  let json = serialisedTables.get(referenceEvents);
  if (json === undefined) serialisedTables.set(referenceEvents, (json = JSON.stringify(referenceEvents)));
  return json;
}

/** Everything an analysis depends on; curation is applied after the cache, so it is not part of it. */
export function cacheKey(parts: CacheKeyParts): string {
  const hash = createHash("sha256");
  for (const part of [parts.pipelineVersion, serialisedTable(parts.referenceEvents), JSON.stringify(parts.meta), parts.text]) {
    hash.update(part).update("\0");
  }
  return hash.digest("hex");
}

/**
 * Content-addressed analyses in `dir` (`.cache/ingest/`); an unreadable or invalid entry is a miss.
 * Entries are read synchronously (a cold run looks up thousands of missing files, and a promise per
 * lookup cost more than the lookup) and written compact: only this module reads them.
 */
export function createAnalysisCache(dir: string) {
  const pathOf = (key: string) => join(dir, `${key}.json`);
  return {
    async get(key: string): Promise<IngestedArticle | null> {
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
