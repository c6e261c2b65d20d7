/**
 * Generates everything the app reads under public/data/ from the reviewed sources in data/ and the
 * packaged Natural Earth shapes. Runs before `npm start` and `npm run build`; a bad data file stops it
 * with a message that names the file and the field. The command runs bundled (scripts/bundled.ts).
 */
import { importBundled } from "./bundled";
import type * as DataCommand from "./data-command";
import { projectRoot } from "./project-root";

try {
  const { runData } = await importBundled<typeof DataCommand>(new URL("./data-command.ts", import.meta.url));
  await runData(projectRoot(import.meta.url));
} catch (error) {
  console.error(`data: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
