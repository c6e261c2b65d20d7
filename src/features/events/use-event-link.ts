import { useEffect, useRef } from "react";
import { useEventById } from "../../lib/data/use-events";
import { useEventParam, useLinkDated, useViewActions } from "../../lib/view-store";

/**
 * Follows `?event=ID`: a link without a date moves the date to the event, an unknown id is reported
 * (a notice) and dropped. Each id is settled once, so later moves of the date never reject an open event.
 */
export function useEventLink(): void {
  const eventId = useEventParam();
  const dated = useLinkDated();
  const lookup = useEventById(eventId);
  const { paramRejected, linkDated } = useViewActions();
  const settled = useRef<string | null>(null);

  useEffect(() => {
    if (!eventId || settled.current === eventId) return;
    if (lookup.status === "missing") {
      settled.current = eventId;
      paramRejected("event", { param: "event", value: eventId, reason: "no-such-event" });
    } else if (lookup.status === "found") {
      settled.current = eventId;
      if (dated) return;
      linkDated(lookup.event.date.start);
    }
  }, [eventId, dated, lookup, paramRejected, linkDated]);
}
