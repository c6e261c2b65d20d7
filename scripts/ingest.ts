/**
 * The ingest CLI (DESIGN.md, "Ingest CLI"): see ingest-command.ts. Any failure is one line on stderr
 * naming the file and the problem, and exit 1. The command runs bundled (scripts/bundled.ts).
 */
import { importBundled } from "./bundled";
import type * as IngestCommand from "./ingest-command";
import { projectRoot } from "./project-root";

try {
  const { runIngest } = await importBundled<typeof IngestCommand>(new URL("./ingest-command.ts", import.meta.url));
  await runIngest(process.argv.slice(2), projectRoot(import.meta.url));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`ingest: ${message.split("\n")[0]}`);
  process.exitCode = 1;
}
