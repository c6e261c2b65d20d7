import type { Map as MapLibreMap } from "maplibre-gl";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import occupationsJson from "../../../data/states/occupations.json";
import periodsJson from "../../../data/states/periods.json";
import territoriesJson from "../../../data/states/territories.json";
import type { CountryLang } from "../../domain/countries";
import type { CountryPoint, CountryPoints } from "../../domain/schemas/shapes";
import { toAppStates } from "../../domain/schemas/app-states";
import { statesFileSchema } from "../../domain/schemas/states";
import { buildStatesIndex, nameOn } from "../../domain/states";
import { GESTURE_SETTLE_MS } from "../../lib/use-settled-date";
import { CountryLabels, countryLabels, type LabelProperties } from "./country-labels";
import { ShapeEpochs } from "./shape-epochs";

const states = buildStatesIndex(toAppStates(statesFileSchema.parse({ ...periodsJson, ...occupationsJson, ...territoriesJson })));

type Span = [string | null, string | null];
function point(id: string, iso3: string, spans: Span[], areaKm2: number, labelRoom: number, extra: object = {}): CountryPoint {
  return {
    type: "Feature",
    properties: { id, iso3, spans, areaKm2, labelRoom, small: areaKm2 < 35_000, ...extra },
    geometry: { type: "Point", coordinates: [10, 50] },
  };
}

/** A few shapes as the data build writes them: the two Germanys and today's, an occupied area, a microstate. */
const POINTS: CountryPoints = {
  type: "FeatureCollection",
  features: [
    point("DEU@start", "DEU", [[null, "1990-10-03"]], 248_000, 1.9),
    point("DDR", "DDR", [[null, "1990-10-03"]], 108_000, 1.3),
    point("DEU", "DEU", [["1990-10-03", null]], 356_000, 2.5),
    point("UKR", "UKR", [["1991-08-24", null]], 600_000, 3.5),
    point("occupation:crimea", "UKR", [["2014-02-27", null]], 27_000, 0.8, { occupation: "crimea" }),
    point("VAT", "VAT", [[null, null]], 1, 0),
  ],
};
const epochs = new ShapeEpochs(POINTS.features.map((f) => f.properties));
const labelsOn = (day: string, lang: CountryLang) =>
  countryLabels(POINTS, epochs.drawnOn(day), (shape) => nameOn(states, shape.area ?? shape.iso3, lang, day));
const names = (day: string, lang: CountryLang) => labelsOn(day, lang).features.map((f) => f.properties.name);

describe("countryLabels", () => {
  it("names the shapes drawn on the date, historical states by their own names", () => {
    expect(names("1960-01-01", "en")).toEqual(["West Germany", "East Germany"]);
    expect(names("1960-01-01", "fr")).toEqual(["Allemagne de l'Ouest", "Allemagne de l'Est"]);
    expect(names("2024-01-01", "fr")).toEqual(["Allemagne", "Ukraine"]);
  });

  it("leaves occupied areas to their outline and shapes with no room for a name out", () => {
    const shown = names("2024-01-01", "en");
    expect(shown).not.toContain("Crimea");
    expect(shown).not.toContain("Vatican City");
  });

  it("gives each label the zoom it fits from and the area that ranks it", () => {
    const [germany, ukraine] = labelsOn("2024-01-01", "en").features;
    expect(germany?.properties).toMatchObject({ name: "Germany", areaKm2: 356_000 });
    expect(germany?.properties.minZoom).toBeGreaterThan(0);
    expect(ukraine?.properties.minZoom).toBeLessThanOrEqual(germany?.properties.minZoom ?? 0);
  });

  it("keeps one label for a name two shapes share, on the larger", () => {
    const twoPieces: CountryPoints = {
      type: "FeatureCollection",
      features: [point("A", "FRA", [[null, null]], 10_000, 0.5), point("B", "FRA", [[null, null]], 540_000, 3.4)],
    };
    const labels = countryLabels(twoPieces, new Set(["A", "B"]), () => "France");
    expect(labels.features.map((f) => f.properties.areaKm2)).toEqual([540_000]);
  });
});

describe("CountryLabels", () => {
  const setData = vi.fn<(data: { features: { properties: LabelProperties }[] }) => void>();
  const map = { on: () => map, getSource: () => ({ setData }) } as unknown as MapLibreMap;
  const names = () => setData.mock.lastCall?.[0].features.map((f) => f.properties.name);
  const labels = () => new CountryLabels(map, POINTS, (shape, day) => nameOn(states, shape.iso3, "en", day), { dataset: {} } as HTMLElement);

  beforeEach(() => {
    vi.useFakeTimers();
    setData.mockClear();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("sets the names on the map only when the shapes drawn change, not on every date of a drag", () => {
    const shown = labels();
    for (const day of ["1960-01-01", "1960-01-02", "1975-06-30", "1990-10-02"]) {
      shown.showOn(day, false);
      vi.runAllTimers();
    }
    expect(setData).toHaveBeenCalledTimes(1);
    expect(names()).toEqual(["West Germany", "East Germany"]);
    for (const day of ["1990-10-03", "1991-01-01"]) {
      shown.showOn(day, false);
      vi.runAllTimers();
    }
    expect(setData).toHaveBeenCalledTimes(2);
    expect(names()).toEqual(["Germany"]);
  });

  it("sets them after the recolouring, once for border changes crossed in one frame, and makes each stretch's once", () => {
    const shown = labels();
    shown.showOn("1960-01-01", false);
    expect(setData).not.toHaveBeenCalled();
    vi.runAllTimers();
    const first = setData.mock.lastCall?.[0];
    shown.showOn("1990-10-03", false);
    shown.showOn("2015-01-01", false);
    vi.runAllTimers();
    expect(setData).toHaveBeenCalledTimes(2);
    expect(names()).toEqual(["Germany", "Ukraine"]);
    shown.showOn("1960-01-01", false);
    vi.runAllTimers();
    expect(setData.mock.lastCall?.[0]).toBe(first);
  });

  it("while a drag sweeps the date, sets the names once the date has rested, or at once when the sweep ends", () => {
    const shown = labels();
    shown.showOn("1960-01-01", false);
    vi.runAllTimers();
    for (const day of ["1990-10-03", "1991-01-01", "2015-01-01"]) {
      shown.showOn(day, true);
      vi.advanceTimersByTime(GESTURE_SETTLE_MS / 2);
    }
    expect(setData).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(GESTURE_SETTLE_MS);
    expect(setData).toHaveBeenCalledTimes(2);
    expect(names()).toEqual(["Germany", "Ukraine"]);
    shown.showOn("1960-01-01", true);
    vi.advanceTimersByTime(GESTURE_SETTLE_MS / 2);
    shown.showOn("1960-01-01", false);
    vi.advanceTimersByTime(0);
    expect(setData).toHaveBeenCalledTimes(3);
    expect(names()).toEqual(["West Germany", "East Germany"]);
  });

  it("sets nothing for a sweep that comes back to the names shown before it rests", () => {
    const shown = labels();
    shown.showOn("1960-01-01", false);
    vi.runAllTimers();
    shown.showOn("1990-10-03", true);
    shown.showOn("1975-06-30", true);
    vi.runAllTimers();
    expect(setData).toHaveBeenCalledTimes(1);
  });

  it("sets nothing once disposed", () => {
    const shown = labels();
    shown.showOn("1960-01-01", false);
    shown.dispose();
    vi.runAllTimers();
    expect(setData).not.toHaveBeenCalled();
  });
});
