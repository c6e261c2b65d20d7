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

/** A file system error in words, for the line that names the file. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES") return "permission denied";
  if (code === "EISDIR") return "is a directory, not a file";
  return error instanceof Error ? error.message : String(error);
}
