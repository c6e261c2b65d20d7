import { writeBlocs } from "./blocs";
import { writeEvents, type WriteEventsOptions, type WriteEventsReport } from "./events";
import { writeShapes } from "./shapes";
import { readStates, writeStates } from "./states";

export interface AppDataOptions extends WriteEventsOptions {
  /** Where the articles are read from, when not `dataDir` itself (the synthetic switch's copy). */
  corpusDir?: string;
}

/**
 * Writes everything the app reads into `outDir`, a fresh generation folder: the blocs, the states
 * through time and the shapes of every date, the events, the search index and the reader's articles. Every writer is waited for before a
 * failure is reported, so none is still writing into the folder when the caller removes it.
 */
export async function writeAppData(dataDir: string, outDir: string, options: AppDataOptions = {}): Promise<WriteEventsReport> {
  const { corpusDir = dataDir, ...eventOptions } = options;
  const events = writeEvents(corpusDir, outDir, eventOptions);
  const states = readStates(dataDir);
  const settled = await Promise.allSettled([
    writeBlocs(dataDir, outDir),
    states.then((read) => Promise.all([writeStates(read, outDir), writeShapes(read, outDir)])),
    events,
  ]);
  const failure = settled.find((result): result is PromiseRejectedResult => result.status === "rejected");
  if (failure) throw failure.reason;
  return events;
}
