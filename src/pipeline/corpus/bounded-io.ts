/** `fn` over `items` with at most `limit` calls in flight; results in input order. */
export async function mapBounded<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

/**
 * Background writes with at most `limit` in flight, so thousands of files neither wait on one another
 * nor hold thousands of descriptors open. `add` never waits: a write beyond the limit starts as soon as
 * one in flight ends, so a caller can hand writes over while it computes the next ones.
 */
export function createWritePool(limit: number) {
  const running = new Set<Promise<void>>();
  const queued: (() => Promise<void>)[] = [];
  const failures: unknown[] = [];
  const start = (write: () => Promise<void>) => {
    const task: Promise<void> = write()
      .catch((error: unknown) => void failures.push(error))
      .finally(() => {
        running.delete(task);
        const next = queued.shift();
        if (next) start(next);
      });
    running.add(task);
  };
  return {
    add(write: () => Promise<void>): void {
      if (running.size < limit) start(write);
      else queued.push(write);
    },
    /** Waits for every write, queued ones included; rejects with the first failure. */
    async drain(): Promise<void> {
      while (running.size > 0) await Promise.all(running);
      if (failures.length > 0) throw failures[0];
    },
  };
}
