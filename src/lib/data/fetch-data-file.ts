import type * as z from "zod/mini";
import type * as DataSchemas from "./data-schemas";

/** A generated data file that could not be used: names the file, so the page can say which one. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = "DataFileError";
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join(".");
  return path ? `${path}: ${issue.message}` : issue.message;
}

async function load<T>(file: string, pick: (schemas: typeof DataSchemas) => z.ZodMiniType<T>, signal?: AbortSignal): Promise<T> {
  const schemas = import("./data-schemas");
  const response = await fetch(`${import.meta.env.BASE_URL}data/${file}`, signal ? { signal } : {});
  if (!response.ok) throw new DataFileError(file, `HTTP ${response.status}`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DataFileError(file, "not valid JSON");
  }
  const parsed = pick(await schemas).safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new DataFileError(file, first ? describeIssue(first) : "does not match its schema");
  }
  return parsed.data;
}

/**
 * Fetches one of the app's generated files (under `/data/`) and parses it with its schema, picked
 * from the lazily loaded schema module (fetched in parallel with the file). Any failure but an abort
 * is reported against the file: a network error or a throwing check still names it.
 */
export async function fetchDataFile<T>(
  file: string,
  pick: (schemas: typeof DataSchemas) => z.ZodMiniType<T>,
  signal?: AbortSignal,
): Promise<T> {
  try {
    return await load(file, pick, signal);
  } catch (error) {
    if (error instanceof DataFileError || (error instanceof DOMException && error.name === "AbortError")) throw error;
    throw new DataFileError(file, error instanceof Error ? error.message : String(error));
  }
}
