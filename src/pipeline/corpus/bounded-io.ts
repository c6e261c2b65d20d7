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
 * nor hold thousands of descriptors open. `add` waits only while the pool is full.
 */
export function createWritePool(limit: number) {
  const running = new Set<Promise<void>>();
  const failures: unknown[] = [];
  return {
    async add(write: () => Promise<void>): Promise<void> {
      while (running.size >= limit) await Promise.race(running);
      const task: Promise<void> = write()
        .catch((error: unknown) => void failures.push(error))
        .finally(() => running.delete(task));
      running.add(task);
    },
    /** Waits for every write; rejects with the first failure. */
    async drain(): Promise<void> {
      await Promise.all(running);
      if (failures.length > 0) throw failures[0];
    },
  };
}
