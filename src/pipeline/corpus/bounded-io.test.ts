import { describe, expect, it } from "vitest";
import { createWritePool, mapBounded } from "./bounded-io";

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("mapBounded", () => {
  it("keeps input order and never exceeds the limit", async () => {
    let inFlight = 0;
    let peak = 0;
    const results = await mapBounded([5, 1, 4, 2, 3], 2, async (n, i) => {
      peak = Math.max(peak, ++inFlight);
      for (let t = 0; t < n; t++) await tick();
      inFlight--;
      return `${i}:${n * 10}`;
    });
    expect(results).toEqual(["0:50", "1:10", "2:40", "3:20", "4:30"]);
    expect(peak).toBe(2);
  });
});

describe("createWritePool", () => {
  it("runs every write with at most `limit` in flight", async () => {
    const pool = createWritePool(3);
    let inFlight = 0;
    let peak = 0;
    const done: number[] = [];
    for (let i = 0; i < 10; i++) {
      await pool.add(async () => {
        peak = Math.max(peak, ++inFlight);
        await tick();
        inFlight--;
        done.push(i);
      });
    }
    await pool.drain();
    expect(done.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(peak).toBe(3);
  });

  it("reports the first failure once every write has settled", async () => {
    const pool = createWritePool(4);
    let finished = 0;
    await pool.add(() => Promise.reject(new Error("disk full")));
    await pool.add(async () => {
      await tick();
      finished++;
    });
    await expect(pool.drain()).rejects.toThrow("disk full");
    expect(finished).toBe(1);
  });
});
