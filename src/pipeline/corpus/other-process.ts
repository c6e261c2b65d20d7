/**
 * Whether `pid` is another process still running: its temporary files are work in progress, not a
 * crashed run's leftovers. This process's own id counts as not running: before this run wrote anything,
 * a file with its id can only come from an earlier process that had the same id.
 */
export function isOtherProcessRunning(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
