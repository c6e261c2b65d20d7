import { readFile } from "node:fs/promises";
import path from "node:path";
import * as z from "zod/mini";

/** A path as a reader would type it: relative to the working directory when it lies inside it. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
}

function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}

/** Reads a JSON file, naming it when it cannot be read or parsed. */
export async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new Error(`${displayPath(file)}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${displayPath(file)}: not valid JSON (${(error as Error).message})`);
  }
}

/** Parses `json` with `schema`, naming the file, the field and the problem when it does not fit. */
export function check<T>(file: string, schema: z.core.$ZodType<T>, json: unknown): T {
  const result = z.safeParse(schema, json);
  if (!result.success) throw new Error(`${displayPath(file)}: ${describeIssues(result.error)}`);
  return result.data;
}
