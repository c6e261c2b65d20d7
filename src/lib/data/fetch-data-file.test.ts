import { afterEach, describe, expect, it, vi } from "vitest";
import { DataFileError, fetchDataFile } from "./fetch-data-file";

const respond = (body: string, status = 200) => vi.fn(async () => new Response(body, { status }));

afterEach(() => vi.unstubAllGlobals());

describe("fetchDataFile", () => {
  it("parses a file with its schema", async () => {
    vi.stubGlobal("fetch", respond(JSON.stringify({ id: "2022-02", start: "2022-02-01", end: "2022-02-28", events: [] })));
    const shard = await fetchDataFile("events/2022-02.json", (s) => s.eventShardSchema);
    expect(shard.events).toEqual([]);
  });

  it("names the file and the field, the HTTP status, broken JSON, or any other failure", async () => {
    const cases: [typeof fetch, RegExp][] = [
      [respond(JSON.stringify({ id: "2022-02", start: "2022-02-31", end: "2022-02-28", events: [] })), /^events\/2022-02\.json: start: /],
      [respond("", 404), /^events\/2022-02\.json: HTTP 404$/],
      [respond('{"id": "2022-02", "eve'), /^events\/2022-02\.json: not valid JSON$/],
      [vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))), /^events\/2022-02\.json: Failed to fetch$/],
    ];
    for (const [fetcher, message] of cases) {
      vi.stubGlobal("fetch", fetcher);
      const result = fetchDataFile("events/2022-02.json", (s) => s.eventShardSchema);
      await expect(result).rejects.toBeInstanceOf(DataFileError);
      await expect(result).rejects.toThrow(message);
    }
  });
});
