/**
 * For tests of the commands as a user runs them: a throwaway copy of the project's data in a temporary
 * folder, and `npm run data` / `npm run ingest` run on it in a separate Node process (the same code as
 * the npm scripts, given that folder as the project).
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, mkdtemp, readdir, readFile, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { SYNTHETIC_EVENTS_VARIABLE } from "./data/synthetic-corpus-switch";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** A command's run, with its process start-up: generous, but a hang still fails. */
export const COMMAND_TIMEOUT_MS = 60_000;

export interface CommandRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

const COMMANDS = {
  data: { module: "data-command.ts", call: "runData('.')" },
  ingest: { module: "ingest-command.ts", call: "runIngest(process.argv.slice(1), '.')" },
};

/** What scripts/build-data.ts and scripts/ingest.ts do, in the project at the working directory. */
function entryCode(command: keyof typeof COMMANDS): string {
  const { module, call } = COMMANDS[command];
  const url = new URL(module, new URL("./", import.meta.url)).href;
  const name = call.slice(0, call.indexOf("("));
  return [
    `import { ${name} } from ${JSON.stringify(url)};`,
    `try { await ${call}; } catch (error) {`,
    `  console.error(\`${command}: \${String(error instanceof Error ? error.message : error).split("\\n")[0]}\`);`,
    "  process.exitCode = 1;",
    "}",
  ].join("\n");
}

/** Runs a command in `project` (its working directory); `env` adds variables, such as the crash hook's. */
export function runCommand(project: string, command: keyof typeof COMMANDS, args: string[] = [], env: Record<string, string> = {}): Promise<CommandRun> {
  // The synthetic switch would build from a copy with 100,000 events instead of the project.
  const childEnv = { ...process.env, [SYNTHETIC_EVENTS_VARIABLE]: "", ...env };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", entryCode(command), ...args], {
      cwd: project,
      env: childEnv,
      stdio: ["ignore", "pipe", "pipe"],
      timeout: COMMAND_TIMEOUT_MS,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

const made: string[] = [];

async function newFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "atlas-project-"));
  made.push(folder);
  return folder;
}

/** Removes every project folder made so far (for `afterAll`). */
export async function removeProjects(): Promise<void> {
  await Promise.all(made.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
}

/** A new project folder holding a copy of data/ and a link to node_modules (for tsx). */
export async function makeProject(): Promise<string> {
  const project = await newFolder();
  await cp(join(ROOT, "data"), join(project, "data"), { recursive: true });
  await symlink(join(ROOT, "node_modules"), join(project, "node_modules"), "dir");
  return project;
}

/** A copy of `project` as it is now, links kept as links (public/data stays a link into the copy). */
export async function copyProject(project: string): Promise<string> {
  const copy = await newFolder();
  await cp(project, copy, { recursive: true, verbatimSymlinks: true });
  return copy;
}

/** Every file under `dir` (following a link at `dir` itself) with a hash of its content, by relative path. */
export async function tree(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile());
  const hashed = await Promise.all(
    files.map(async (e) => {
      const path = join(e.parentPath, e.name);
      return [path.slice(dir.length + 1), createHash("sha256").update(await readFile(path)).digest("hex")] as const;
    }),
  );
  return Object.fromEntries(hashed.sort(([a], [b]) => a.localeCompare(b)));
}
