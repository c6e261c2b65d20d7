import { describe, expect, it } from "vitest";
import anzusJson from "../../../data/blocs/anzus.json";
import aukusJson from "../../../data/blocs/aukus.json";
import csto from "../../../data/blocs/csto.json";
import natoJson from "../../../data/blocs/nato.json";
import quadJson from "../../../data/blocs/quad.json";
import russiaChinaJson from "../../../data/blocs/russia-china.json";
import scoJson from "../../../data/blocs/sco.json";
import seatoJson from "../../../data/blocs/seato.json";
import warsawJson from "../../../data/blocs/warsaw-pact.json";
import { buildMembershipIndex } from "../../domain/membership";
import { blocSchema } from "../../domain/schemas/bloc";
import { groupBlocs } from "./bloc-groups";

const blocs = [natoJson, warsawJson, seatoJson, anzusJson, csto, scoJson, russiaChinaJson, aukusJson, quadJson].map((json) =>
  blocSchema.parse(json),
);
const index = buildMembershipIndex(blocs);
const ids = (date: string) => groupBlocs(blocs, index, date).map((g) => [g.kind, g.choices.map((c) => `${c.bloc.id}${c.active ? "" : "°"}`)]);

describe("groupBlocs", () => {
  it("groups by kind and lists the blocs that exist on the date first", () => {
    expect(ids("1960-01-01")).toEqual([
      ["military-alliance", ["nato", "warsaw-pact", "seato", "anzus", "csto°"]],
      ["strategic-partnership", ["russia-china"]],
      ["security-pact", ["aukus°"]],
      ["forum", ["sco°", "quad°"]],
    ]);
    expect(ids("2024-06-01")).toEqual([
      ["military-alliance", ["nato", "anzus", "csto", "warsaw-pact°", "seato°"]],
      ["security-pact", ["aukus"]],
      ["strategic-partnership", ["russia-china"]],
      ["forum", ["sco", "quad"]],
    ]);
  });

  it("says when a bloc absent on the date comes next, or the years it spanned", () => {
    const choice = (date: string, id: string) =>
      groupBlocs(blocs, index, date)
        .flatMap((g) => g.choices)
        .find((c) => c.bloc.id === id);
    expect(choice("2000-01-01", "warsaw-pact")?.years).toEqual({ from: "1955", to: "1991" });
    expect(choice("1990-01-01", "russia-china")).toMatchObject({ active: false, years: { from: "2001", to: null } });
    expect(choice("1960-01-01", "csto")?.years).toEqual({ from: "1992", to: null });
  });
});
