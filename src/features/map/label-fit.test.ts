import { describe, expect, it } from "vitest";
import { LABEL_LINE_HEIGHT_EM, LABEL_MAX_WIDTH_EM, labelMinZoom, labelSizeAt, nameBoxEm } from "./label-fit";

/** Rooms (degrees) as the data build measures them: Russia, Germany, Luxembourg, the Vatican. */
const ROOM = { russia: 12.3, germany: 2.5, luxembourg: 0.23, vatican: 0.004 };

describe("labelSizeAt", () => {
  it("grows from its first stop to its last and holds beyond them", () => {
    expect(labelSizeAt(0)).toBe(11);
    expect(labelSizeAt(4)).toBeCloseTo(12.5);
    expect(labelSizeAt(10)).toBe(14);
  });
});

describe("nameBoxEm", () => {
  it("keeps a short name on one line", () => {
    const box = nameBoxEm("Chile");
    expect(box.height).toBe(LABEL_LINE_HEIGHT_EM);
    expect(box.width).toBeGreaterThan(2);
  });

  it("wraps a long name into balanced lines no wider than its longest word allows", () => {
    const box = nameBoxEm("Terres australes et antarctiques françaises");
    expect(box.height).toBeGreaterThan(LABEL_LINE_HEIGHT_EM * 2);
    expect(box.width).toBeLessThanOrEqual(LABEL_MAX_WIDTH_EM);
    expect(nameBoxEm("Bosnia and Herzegovina").width).toBeGreaterThanOrEqual(nameBoxEm("Herzegovina").width);
  });
});

describe("labelMinZoom", () => {
  it("names the largest countries at world zoom and smaller ones further in", () => {
    expect(labelMinZoom("Russia", ROOM.russia)).toBe(0);
    const germany = labelMinZoom("Germany", ROOM.germany);
    expect(germany).toBeGreaterThanOrEqual(2);
    expect(germany).toBeLessThanOrEqual(3);
    expect(labelMinZoom("Luxembourg", ROOM.luxembourg)).toBeGreaterThan(germany ?? Infinity);
  });

  it("waits longer for a longer name in the same room", () => {
    const short = labelMinZoom("Iran", 3) ?? Infinity;
    const long = labelMinZoom("Bosnia and Herzegovina", 3) ?? Infinity;
    expect(long).toBeGreaterThan(short);
  });

  it("finds a zoom for the smallest state, and none for a shape with no room at all", () => {
    expect(labelMinZoom("Vatican City", ROOM.vatican)).toBeLessThanOrEqual(22);
    expect(labelMinZoom("Vatican City", 0)).toBeNull();
  });
});
