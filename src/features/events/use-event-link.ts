import { useEffect, useRef } from "react";
import { useEventById } from "../../lib/data/use-events";
import { getViewState, useDateParam, useEventParam, useViewActions } from "../../lib/view-store";

/**
 * Follows `?event=ID`: a link without a date moves the date to the event, an unknown id is reported
 * (a notice) and dropped. Each id is settled once, so later moves of the date never reject an open event.
 */
export function useEventLink(): void {
  const eventId = useEventParam();
  const dateParam = useDateParam();
  const lookup = useEventById(eventId);
  const { paramRejected, linkRestored } = useViewActions();
  const settled = useRef<string | null>(null);

  useEffect(() => {
    if (!eventId || settled.current === eventId) return;
    if (lookup.status === "missing") {
      settled.current = eventId;
      paramRejected("event", { param: "event", value: eventId, reason: "no-such-event" });
    } else if (lookup.status === "found") {
      settled.current = eventId;
      if (dateParam !== null) return;
      // Part of reading the link, not a new step: restore it with the date filled in, adding no history entry.
      const { bloc, event, quote, country, lang, view } = getViewState();
      linkRestored({ date: lookup.event.date.start, bloc, event, quote, country, lang, view });
    }
  }, [eventId, dateParam, lookup, paramRejected, linkRestored]);
}
