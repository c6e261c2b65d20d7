import type { ShardEvent } from "./schemas/event-data";

/** A minimal valid event for tests; override what the test is about. */
export function testEvent(id: string, start: string, end = start, overrides: Partial<ShardEvent> = {}): ShardEvent {
  return {
    id,
    date: { start, end, basis: "test" },
    summary: `Summary of ${id}`,
    countries: [],
    blocs: [],
    people: [],
    quotes: [],
    place: null,
    article: { id: "000_90e75e902162ad50", title: "An article", outlet: null, language: "fr" },
    ...overrides,
  };
}
