import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { removeArticle, removeFile } from "./add-to-corpus";
import { parseTempName } from "./atomic-write";
import { readJournals, removeJournal } from "./ingest-journal";
import { isOtherProcessRunning } from "./other-process";
import { ARTICLES_DIR, META_SUFFIX, TEXT_SUFFIX } from "./read-corpus";

export interface CorpusRepair {
  /** Articles an ingest that never finished had added (or begun to add): taken back. */
  takenBack: string[];
  /** Halves of a pair whose other half is missing, each with what it lacked. */
  halves: { path: string; lacking: "sidecar" | "text" }[];
  /** Journals of ingests that did not finish, once their articles were taken back. */
  journals: string[];
  /** Temporary files of runs that no longer run. */
  temps: string[];
}

/** The article id a corpus file name belongs to, or null for any other file. */
function articleIdOf(name: string): string | null {
  if (name.endsWith(META_SUFFIX)) return name.slice(0, -META_SUFFIX.length);
  if (name.endsWith(TEXT_SUFFIX)) return name.slice(0, -TEXT_SUFFIX.length);
  return null;
}

/**
 * Undoes what an interrupted ingest left in `data/articles/`: the articles its journal names (see
 * ingest-journal.ts), temporary files of runs that no longer run, and any half pair (a sidecar without
 * its text, or a text without its sidecar, as older versions could leave) that no running ingest is
 * still writing. What a running process is writing is left to it. Running the same ingest again then
 * adds its articles whole.
 */
export function repairCorpus(dataDir: string): CorpusRepair {
  const dir = join(dataDir, ARTICLES_DIR);
  const repair: CorpusRepair = { takenBack: [], halves: [], journals: [], temps: [] };
  if (!existsSync(dir)) return repair;
  const names = readdirSync(dir).sort();
  const inProgress = new Set<string>();
  for (const journal of readJournals(dir, names)) {
    if (isOtherProcessRunning(journal.pid)) {
      journal.ids.forEach((id) => inProgress.add(id));
      continue;
    }
    for (const id of journal.ids) {
      if (!names.includes(`${id}${TEXT_SUFFIX}`) && !names.includes(`${id}${META_SUFFIX}`)) continue;
      removeArticle(dataDir, id);
      repair.takenBack.push(id);
    }
    removeJournal(journal.path);
    repair.journals.push(journal.path);
  }
  for (const name of names) {
    const temp = parseTempName(name);
    if (!temp) continue;
    if (isOtherProcessRunning(temp.pid)) {
      inProgress.add(articleIdOf(temp.target) ?? temp.target);
      continue;
    }
    removeFile(join(dir, name));
    repair.temps.push(join(dir, name));
  }
  const ids = new Set(names.filter((n) => !n.startsWith(".")).map(articleIdOf).filter((id) => id !== null));
  for (const id of ids) {
    const text = join(dir, `${id}${TEXT_SUFFIX}`);
    const meta = join(dir, `${id}${META_SUFFIX}`);
    // Look again rather than trust the listing: a pair taken back or completed meanwhile is not a half pair.
    const hasText = existsSync(text);
    if (inProgress.has(id) || hasText === existsSync(meta)) continue;
    removeFile(hasText ? text : meta);
    repair.halves.push({ path: hasText ? text : meta, lacking: hasText ? "sidecar" : "text" });
  }
  return repair;
}

/** The repair as the one line a command prints, or null when there was nothing to repair. */
export function describeRepair(repair: CorpusRepair): string | null {
  const parts = [];
  if (repair.takenBack.length > 0) parts.push(`took back ${repair.takenBack.join(", ")} (added by an ingest that did not finish)`);
  const removed = [
    ...repair.halves.map(({ path, lacking }) => `${path} (its ${lacking} was missing)`),
    ...repair.journals.map((path) => `${path} (the journal of an ingest that did not finish)`),
  ];
  if (repair.temps.length === 1) removed.push(`a temporary file (${repair.temps[0]})`);
  else if (repair.temps.length > 1) removed.push(`${repair.temps.length} temporary files`);
  if (removed.length > 0) parts.push(`removed ${removed.join(", ")}`);
  if (parts.length === 0) return null;
  return `repaired the corpus after an interrupted run: ${parts.join("; ")}; run the same ingest again to add what it was adding`;
}
