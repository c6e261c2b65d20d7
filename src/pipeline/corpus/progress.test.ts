import { describe, expect, it } from "vitest";
import { type Terminal, terminalProgress } from "./progress";

function terminal(isTTY: boolean): Terminal & { output: string } {
  const t = { isTTY, columns: 60, output: "", write: (chunk: string) => (t.output += chunk) };
  return t;
}

describe("terminalProgress", () => {
  it("draws one line in place with the count, the rate and the current file, then clears it", () => {
    const out = terminal(true);
    let clock = 0;
    const progress = terminalProgress(out, "ingest", () => clock);
    progress.begin(3);
    for (const file of ["a.txt", "b.txt", "c.txt"]) {
      clock += 500;
      progress.advance(file);
    }
    progress.end();
    const frames = out.output.split("\r\x1b[K").filter(Boolean);
    expect(frames).toEqual(["ingest: 1/3 · 2/s · a.txt", "ingest: 2/3 · 2/s · b.txt", "ingest: 3/3 · 2/s · c.txt"]);
    expect(out.output.endsWith("\r\x1b[K")).toBe(true);
  });

  it("redraws at most every tenth of a second, but always the last article", () => {
    const out = terminal(true);
    let clock = 0;
    const progress = terminalProgress(out, "ingest", () => clock);
    progress.begin(100);
    for (let i = 0; i < 100; i++) {
      clock += 1;
      progress.advance(`${i}.txt`);
    }
    expect(out.output.split("\r\x1b[K").filter(Boolean).map((f) => f.split(" · ")[0])).toEqual(["ingest: 1/100", "ingest: 100/100"]);
  });

  it("writes nothing where the stream is not a terminal", () => {
    const out = terminal(false);
    const progress = terminalProgress(out, "ingest");
    progress.begin(10);
    progress.advance("a.txt");
    progress.end();
    expect(out.output).toBe("");
  });
});
