/** A problem with one input or data file: the CLI prints it as `ingest: <file>: <problem>`. */
export class CorpusError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = "CorpusError";
  }
}
