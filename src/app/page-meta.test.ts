import { describe, expect, it } from "vitest";
import aukusJson from "../../data/blocs/aukus.json";
import natoJson from "../../data/blocs/nato.json";
import { buildMembershipIndex, countedMembersOn } from "../domain/membership";
import { blocSchema } from "../domain/schemas/bloc";
import { pageMeta } from "./page-meta";

const blocs = [natoJson, aukusJson].map((json) => blocSchema.parse(json));
const data = { blocs, byId: new Map(blocs.map((b) => [b.id, b])), index: buildMembershipIndex(blocs), lastDay: "2024-03-07" };
const [nato, aukus] = blocs;

describe("pageMeta", () => {
  it("names the site alone until the data and the date are known", () => {
    expect(pageMeta(undefined, undefined, null, null, "en").title).toBe("Alliance Atlas");
    expect(pageMeta(data, nato, null, null, "fr").title).toBe("Alliance Atlas");
  });

  it("names the bloc and the date, with the members counted that day", () => {
    const meta = pageMeta(data, aukus, "2021-09-16", null, "en");
    expect(meta.title).toBe("AUKUS · 16 September 2021 — Alliance Atlas");
    expect(meta.description).toMatch(new RegExp(`: ${countedMembersOn(data.index, "aukus", "2021-09-16").length} members\\.`));
  });

  it("names both dates of a comparison, earlier first, with French's « 1er » and its narrow space before a colon", () => {
    const meta = pageMeta(data, nato, "2024-03-07", "1990-01-01", "fr");
    expect(meta.title).toBe("OTAN · 1er janvier 1990 → 7 mars 2024 — Alliance Atlas");
    expect(meta.description).toMatch(/^Organisation du traité de l'Atlantique nord du 1er janvier 1990 au 7 mars 2024\u202f: 16 adhésions, 0 départ\./);
    expect(pageMeta(data, nato, "1990-01-01", "2024-03-07", "fr").title).toBe(meta.title);
  });
});
