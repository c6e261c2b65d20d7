/**
 * `npm run size`, after `npm run build`: fails with one line per budget exceeded when the shell, the
 * total JavaScript in dist/ or its chunks loaded on demand grow past their gzip budget
 * (scripts/bench/bundle-budgets.ts).
 */
import { fileURLToPath } from "node:url";
import { budgetFailures, isOnDemandChunk } from "./bench/bundle-budgets";
import { gzipTotal, listJsFiles, shellJsFiles } from "./bench/js-bundle";

const DIST = fileURLToPath(new URL("../dist", import.meta.url));

try {
  const files = await listJsFiles(DIST);
  const [shell, total, onDemand] = await Promise.all([
    shellJsFiles(DIST).then((shellFiles) => gzipTotal(DIST, shellFiles)),
    gzipTotal(DIST, files.filter((file) => !isOnDemandChunk(file))),
    gzipTotal(DIST, files.filter(isOnDemandChunk)),
  ]);
  const failures = budgetFailures({ shellJsGzipBytes: shell.bytes, totalJsGzipBytes: total.bytes, onDemandJsGzipBytes: onDemand.bytes });
  if (failures.length > 0) {
    failures.forEach((line) => console.error(line));
    process.exit(1);
  }
  console.log(
    `size: shell JS ${shell.bytes.toLocaleString("en-US")} B gzip, total JS ${total.bytes.toLocaleString("en-US")} B gzip, ` +
      `on demand ${onDemand.bytes.toLocaleString("en-US")} B gzip, within budgets`,
  );
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(code === "ENOENT" ? "size: dist/ is missing or incomplete: run `npm run build` first" : `size: ${String(error)}`);
  process.exit(1);
}
