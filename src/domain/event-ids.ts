/** An article id (`000_90e75e902162ad50`, or bare hex for an outside file) before the event's own suffix. */
const EVENT_ID = /^((?:\d{3,}_)?[0-9a-f]{16})-[A-Za-z0-9]+$/;

/**
 * The article an event comes from: event ids are `<article id>-<suffix>` (src/pipeline/events/event-id.ts),
 * so a link to an event finds its article file, and through it the event's date, in a corpus too
 * large to list every event in the index. Null for anything else.
 */
export function articleOfEvent(eventId: string): string | null {
  return EVENT_ID.exec(eventId)?.[1] ?? null;
}
