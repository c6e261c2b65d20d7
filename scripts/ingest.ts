/**
 * The ingest CLI (DESIGN.md, "Ingest CLI"): see ingest-command.ts. Any failure is one line on stderr
 * naming the file and the problem, and exit 1.
 */
import { runIngest } from "./ingest-command";
import { projectRoot } from "./project-root";

try {
  await runIngest(process.argv.slice(2), projectRoot(import.meta.url));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`ingest: ${message.split("\n")[0]}`);
  process.exitCode = 1;
}
