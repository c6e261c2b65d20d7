import { describe, expect, it } from "vitest";
import natoJson from "../../data/blocs/nato.json";
import { buildMembershipIndex, countedMembersOn, membersOn } from "../domain/membership";
import { COMPARISON_GROUPS } from "../domain/membership-compare";
import { COUNTED_STATUSES } from "../domain/membership-status";
import { blocSchema } from "../domain/schemas/bloc";
import { shownMembers } from "./shown-members";

const nato = blocSchema.parse(natoJson);
const index = buildMembershipIndex([nato]);

describe("shownMembers", () => {
  it("lists one date's members by name, then its partners and observers by name", () => {
    const rows = shownMembers(index, undefined, nato, "2024-03-07", null, "en");
    const counted = countedMembersOn(index, "nato", "2024-03-07").length;
    expect(rows).toHaveLength(membersOn(index, "nato", "2024-03-07").length);
    expect(rows.slice(0, counted).every((r) => r.status !== null && COUNTED_STATUSES.has(r.status))).toBe(true);
    expect(rows.slice(counted).every((r) => r.status !== null && !COUNTED_STATUSES.has(r.status))).toBe(true);
    const names = rows.slice(0, counted).map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
    expect(rows.find((r) => r.country === "SWE")).toMatchObject({ name: "Sweden", status: "member", change: null, interval: { from: "2024-03-07" } });
  });

  it("lists a comparison's groups in order, with the status of the selected date whichever date is later", () => {
    const later = shownMembers(index, undefined, nato, "2024-03-07", "1990-01-01", "en");
    const order = later.map((r) => COMPARISON_GROUPS.indexOf(r.change?.group ?? "unchanged"));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(later.find((r) => r.country === "FIN")).toMatchObject({ status: "member", change: { group: "joined" } });
    const earlier = shownMembers(index, undefined, nato, "1990-01-01", "2024-03-07", "fr");
    expect(earlier.find((r) => r.country === "FIN")).toMatchObject({ name: "Finlande", status: null, change: { group: "joined" } });
    expect(earlier.map((r) => r.country).sort()).toEqual(later.map((r) => r.country).sort());
  });
});
