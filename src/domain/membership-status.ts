/**
 * A member's standing in a bloc. `member` and `member-outside-command` both count as membership
 * (France 1966–2009 stayed a NATO member outside the integrated military command); the others are
 * shown but not counted. Plain constants, so the browser's first paint needs no zod.
 */
export const MEMBERSHIP_STATUSES = ["member", "member-outside-command", "partner", "observer", "suspended"] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const COUNTED_STATUSES: ReadonlySet<MembershipStatus> = new Set(["member", "member-outside-command"]);
