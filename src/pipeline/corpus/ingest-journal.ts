import { flatMapped } from "../../domain/flat-mapped";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { jsonText, stageFile } from "./atomic-write";
import { fileSystemChanged } from "./crash-point";

/**
 * An ingest's journal, `data/articles/.ingest.<pid>.json`: the articles it is adding, written before
 * the first of them and removed once the app's data includes them. A journal left by a process that no
 * longer runs means that ingest never finished: the next run takes its articles back (and the same
 * ingest, run again, adds them whole).
 */
const JOURNAL_NAME = /^\.ingest\.(\d+)\.json$/;
const journalSchema = z.object({ ids: z.array(z.string()) });

export interface Journal {
  path: string;
  pid: number;
  /** Unreadable (a journal killed half written never is: it is written atomically) reads as empty. */
  ids: string[];
}

export function writeJournal(articlesDir: string, ids: string[]): string {
  const path = join(articlesDir, `.ingest.${process.pid}.json`);
  stageFile(path, jsonText({ ids })).commit();
  return path;
}

export function removeJournal(path: string): void {
  rmSync(path, { force: true });
  fileSystemChanged("remove", path);
}

/** The journals among the file `names` of `articlesDir`. */
export function readJournals(articlesDir: string, names: readonly string[]): Journal[] {
  return flatMapped(names, (name) => {
    const pid = JOURNAL_NAME.exec(name)?.[1];
    if (pid === undefined) return [];
    const path = join(articlesDir, name);
    let ids: string[] = [];
    try {
      ids = journalSchema.parse(JSON.parse(readFileSync(path, "utf8"))).ids;
    } catch {
      // Nothing to take back from a journal that says nothing.
    }
    return [{ path, pid: Number(pid), ids }];
  });
}
