import type * as z from "zod/mini";
import { countOf } from "../i18n";
import type * as DataSchemas from "./data-schemas";

/**
 * What is wrong with a data file, as facts the page puts in its language; `detail` is the
 * technical wording (the schema's or the browser's, in English), shown as such.
 */
export type DataProblem =
  | { kind: "http"; status: number }
  | { kind: "json" }
  | { kind: "schema"; field: string; detail: string }
  | { kind: "count"; found: number; expected: number }
  | { kind: "other"; detail: string };

/** The problem in plain English: the error's message (logs, the console), and the English page's words. */
export function describeDataProblem(problem: DataProblem): string {
  switch (problem.kind) {
    case "http":
      return `HTTP ${problem.status}`;
    case "json":
      return "not valid JSON";
    case "schema":
      return problem.field ? `${problem.field}: ${problem.detail}` : problem.detail;
    case "count":
      return `${countOf(problem.found, "en")} events start in the month, the index says ${countOf(problem.expected, "en")}`;
    case "other":
      return problem.detail;
  }
}

/** A generated data file that could not be used: names the file, so the page can say which one. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: DataProblem,
  ) {
    super(`${file}: ${describeDataProblem(problem)}`);
    this.name = "DataFileError";
  }
}

function schemaProblem(issue: z.core.$ZodIssue | undefined): DataProblem {
  return { kind: "schema", field: issue?.path.map(String).join(".") ?? "", detail: issue?.message ?? "does not match its schema" };
}

async function load<T>(file: string, pick: (schemas: typeof DataSchemas) => z.ZodMiniType<T>, signal?: AbortSignal): Promise<T> {
  const schemas = import("./data-schemas");
  const response = await fetch(`${import.meta.env.BASE_URL}data/${file}`, signal ? { signal } : {});
  if (!response.ok) throw new DataFileError(file, { kind: "http", status: response.status });
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DataFileError(file, { kind: "json" });
  }
  const parsed = pick(await schemas).safeParse(json);
  if (!parsed.success) {
    throw new DataFileError(file, schemaProblem(parsed.error.issues[0]));
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
    throw new DataFileError(file, { kind: "other", detail: error instanceof Error ? error.message : String(error) });
  }
}
