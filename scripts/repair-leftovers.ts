import { describeRepair, repairCorpus } from "../src/pipeline/corpus/repair-corpus";
import { removeLeftovers } from "./data/publish";

/**
 * What every command that writes from the corpus does first: undo what a killed run left, the corpus's
 * half pairs and temporary files and unfinished generations of public/data, saying so in one line each.
 */
export function repairLeftovers(root: string, dataDir: string, say: (line: string) => void): void {
  const corpus = describeRepair(repairCorpus(dataDir));
  if (corpus !== null) say(corpus);
  const generations = removeLeftovers(root);
  if (generations.length > 0) say(`removed what an interrupted run left of public/data: ${generations.join(", ")}`);
}
