import { readFileSync } from "node:fs";
import type { z } from "zod";
import { CorpusError } from "./corpus-error";

/** `events.3.date.end: expected …` — the first issue, with its field path, as one line. */
export function describeIssues(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid";
  const path = issue.path.length > 0 ? issue.path.map(String).join(".") : "(root)";
  return `${path}: ${issue.message}`;
}

/** Validates already-parsed JSON; a failure names the file and the field path. */
export function parseWithSchema<S extends z.ZodType>(schema: S, json: unknown, fileName: string): z.infer<S> {
  const result = schema.safeParse(json);
  if (!result.success) throw new CorpusError(fileName, describeIssues(result.error));
  return result.data;
}

/** Synchronous, like `readArticleTextSync`: a corpus has one small sidecar per article. */
export function readJsonFileSync<S extends z.ZodType>(schema: S, path: string, fileName = path): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new CorpusError(fileName, error instanceof SyntaxError ? `not valid JSON (${error.message})` : describeFsError(error));
  }
  return parseWithSchema(schema, json, fileName);
}

export async function readJsonFile<S extends z.ZodType>(schema: S, path: string, fileName = path): Promise<z.infer<S>> {
  return readJsonFileSync(schema, path, fileName);
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES") return "permission denied";
  if (code === "EISDIR") return "is a directory, not a file";
  return error instanceof Error ? error.message : String(error);
}
