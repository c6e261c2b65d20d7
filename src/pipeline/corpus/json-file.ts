import * as z from "zod/mini";
import { CorpusError } from "./corpus-error";
import { readRegularFileSync } from "./regular-file";

/** Largest data file read as JSON, in bytes: reviewed files and sidecars are kilobytes; more is not one of them. */
const MAX_JSON_BYTES = 64 * 1024 * 1024;

/** `events.3.date.end: expected …` — the first issue, with its field path, as one line. */
export function describeIssues(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid";
  const path = issue.path.length > 0 ? issue.path.map(String).join(".") : "(root)";
  return `${path}: ${issue.message}`;
}

/** Validates already-parsed JSON; a failure names the file and the field path. */
export function parseWithSchema<S extends z.core.$ZodType>(schema: S, json: unknown, fileName: string): z.output<S> {
  const result = z.safeParse(schema, json);
  if (!result.success) throw new CorpusError(fileName, describeIssues(result.error));
  return result.data;
}

/** A data file's JSON, unchecked; a file that is not regular, too large or not JSON is named in the error. */
export function readJsonSync(path: string, fileName = path): unknown {
  const bytes = readRegularFileSync(path, fileName, MAX_JSON_BYTES);
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch (error) {
    throw new CorpusError(fileName, `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Synchronous, like `readArticleTextSync`: a corpus has one small sidecar per article. */
export function readJsonFileSync<S extends z.core.$ZodType>(schema: S, path: string, fileName = path): z.output<S> {
  return parseWithSchema(schema, readJsonSync(path, fileName), fileName);
}

export async function readJsonFile<S extends z.core.$ZodType>(schema: S, path: string, fileName = path): Promise<z.output<S>> {
  return readJsonFileSync(schema, path, fileName);
}
