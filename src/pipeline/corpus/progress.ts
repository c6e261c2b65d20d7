/** What a long run tells of its progress: how many articles there are, each one as it is done, and the end. */
export interface ProgressSink {
  begin(total: number): void;
  advance(label: string): void;
  end(): void;
}

export const NO_PROGRESS: ProgressSink = { begin: () => undefined, advance: () => undefined, end: () => undefined };

/** A terminal line redrawn at most this often, in milliseconds: drawing costs more than analysing one article. */
const REDRAW_MS = 100;
/** Fewer articles than this finish before a line would help. */
const MIN_ARTICLES = 2;

export interface Terminal {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): unknown;
}

/**
 * Progress on a terminal: one line, redrawn in place, with the count, the rate and the current file,
 * cleared at the end. Anything that is not a terminal (a pipe, a file, a CI log) gets nothing, so
 * `--json` output and logs stay clean.
 */
export function terminalProgress(stream: Terminal, label: string, now: () => number = () => performance.now()): ProgressSink {
  if (!stream.isTTY) return NO_PROGRESS;
  let total = 0;
  let done = 0;
  let started = 0;
  let drawn = -Infinity;
  let shown = false;
  const width = Math.max(20, (stream.columns ?? 80) - 1);
  return {
    begin(n) {
      total = n;
      done = 0;
      started = now();
    },
    advance(current) {
      done += 1;
      const t = now();
      if (total < MIN_ARTICLES || (t - drawn < REDRAW_MS && done < total)) return;
      drawn = t;
      const rate = done / Math.max((t - started) / 1000, 0.001);
      const line = `${label}: ${done}/${total} · ${Math.round(rate)}/s · ${current}`;
      stream.write(`\r\x1b[K${line.slice(0, width)}`);
      shown = true;
    },
    end() {
      if (shown) stream.write("\r\x1b[K");
      shown = false;
    },
  };
}
