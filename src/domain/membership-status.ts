/**
 * A member's standing in a bloc. `member`, `member-outside-command` and `inactive` count as membership:
 * France 1966–2009 stayed a NATO member outside the integrated military command, and Albania stayed a
 * party to the Warsaw Pact while taking no part in it (1961–1968). The others are shown but not
 * counted. Plain constants, so the browser's first paint needs no zod.
 */
export const MEMBERSHIP_STATUSES = [
  "member",
  "member-outside-command",
  "inactive",
  "partner",
  "observer",
  "suspended",
] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const COUNTED_STATUSES: ReadonlySet<MembershipStatus> = new Set(["member", "member-outside-command", "inactive"]);
