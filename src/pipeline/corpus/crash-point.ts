/**
 * The crash tests' hook (scripts/crash.test.ts). With `ATLAS_CRASH_AFTER_CHANGES=N` a command kills
 * itself with SIGKILL right after its Nth change to the file system, as `kill -9` would at that very
 * moment; with `ATLAS_TRACE_CHANGES=1` it prints each change to standard error, so a test can count
 * a run's changes and choose its moments. Without either variable it does nothing.
 */
export const CRASH_AFTER_VARIABLE = "ATLAS_CRASH_AFTER_CHANGES";
export const TRACE_VARIABLE = "ATLAS_TRACE_CHANGES";

const crashAfter = Number(process.env[CRASH_AFTER_VARIABLE] ?? 0);
const trace = process.env[TRACE_VARIABLE] === "1";
let changes = 0;

/** Call right after each change to the file system (a write, a rename, a removal, a link). */
export function fileSystemChanged(what: string, path: string): void {
  if (!trace && !(crashAfter > 0)) return;
  changes += 1;
  if (trace) process.stderr.write(`change ${changes}: ${what} ${path}\n`);
  if (changes === crashAfter) process.kill(process.pid, "SIGKILL");
}
