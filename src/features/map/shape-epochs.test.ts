import { describe, expect, it } from "vitest";
import { ShapeEpochs } from "./shape-epochs";

const SHAPES = [
  { id: "SUN@start", spans: [[null, "1991-12-26"]] as const },
  { id: "RUS", spans: [["1991-12-26", null]] as const },
  { id: "ETH", spans: [[null, "1952-09-15"], ["1993-05-24", null]] as const },
  { id: "FRA", spans: [[null, null]] as const },
];

describe("ShapeEpochs", () => {
  const epochs = new ShapeEpochs(SHAPES);

  it("draws each shape only within its spans, `to` excluded", () => {
    expect([...epochs.drawnOn("1991-12-25")].sort()).toEqual(["FRA", "SUN@start"]);
    expect([...epochs.drawnOn("1991-12-26")].sort()).toEqual(["FRA", "RUS"]);
    expect([...epochs.drawnOn("1950-01-01")].sort()).toEqual(["ETH", "FRA", "SUN@start"]);
    expect([...epochs.drawnOn("2000-01-01")].sort()).toEqual(["ETH", "FRA", "RUS"]);
  });

  it("gives two days the same epoch exactly when no border changes between them", () => {
    expect(epochs.epochOf("1960-01-01")).toBe(epochs.epochOf("1980-01-01"));
    expect(epochs.epochOf("1991-12-25")).not.toBe(epochs.epochOf("1991-12-26"));
    expect(epochs.drawnOn("1960-01-01")).toBe(epochs.drawnOn("1980-01-01"));
  });
});
