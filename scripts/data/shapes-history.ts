import type { Occupation, StatePeriod, Territory } from "../../src/domain/schemas/states";
import type { CodedShape } from "./shapes-codes";
import { clippedAreaKm2, splitBy, unionOf, type ClipPolygon } from "./shapes-clip";
import { pointInPolygon, type LonLat } from "./shapes-planar";
import { mergePolygons, ringsOf, type ArcPolygon, type SourcePolygon, type SourceTopology } from "./shapes-source";
import type { StatesData } from "./states";

/**
 * Today's shapes turned into the shapes of every date (data/states/): occupied areas moved to the
 * state the UN recognises, outlying parts cut out of their state, and the former states built as
 * unions of today's shapes (the Soviet Union) or split along a historical line (the two Germanys).
 * Each shape says when it is drawn, so the map switches shapes by date without rebuilding anything.
 */

/** `[from, to)`: the first day a shape is drawn and the first day it no longer is; null is open-ended. */
export type Span = [from: string | null, to: string | null];

export interface HistoricShape {
  /** Unique per shape: the map's feature id. */
  id: string;
  /** The country a click opens and whose membership colours it. */
  iso3: string;
  /** The territory or region this shape is, when it is one (GUF, US-HI). */
  area?: string;
  /** The occupation this shape marks (an overlay, not a country). */
  occupation?: string;
  spans: Span[];
  polygons: SourcePolygon[];
  /** What it was built from, for error messages. */
  label: string;
}

const ALWAYS: Span[] = [[null, null]];

function spanOf(dated: { from?: string | undefined; to?: string | undefined }): Span {
  return [dated.from ?? null, dated.to ?? null];
}

/** Every day not covered by `hidden` (spans may overlap or nest), as ascending spans. */
export function complement(hidden: readonly Span[]): Span[] {
  // Open-ended starts (null) sort first.
  const sorted = [...hidden].sort(([a], [b]) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1));
  const visible: Span[] = [];
  let atStart = true;
  let cursor: string | null = null;
  for (const [from, to] of sorted) {
    if (from !== null && (atStart || (cursor !== null && from > cursor))) visible.push([atStart ? null : cursor, from]);
    if (to === null) return visible;
    if (atStart || (cursor !== null && to > cursor)) cursor = to;
    atStart = false;
  }
  visible.push([atStart ? null : cursor, null]);
  return visible;
}

function takePolygons(shape: CodedShape, keep: (polygon: ArcPolygon) => boolean): ArcPolygon[] {
  const taken = shape.polygons.filter((p) => !keep(p));
  shape.polygons = shape.polygons.filter(keep);
  return taken;
}

function need<T>(value: T | undefined, message: string): T {
  if (value === undefined) throw new Error(message);
  return value;
}

function meanPoint(rings: readonly LonLat[][]): LonLat {
  const exterior = rings[0] ?? [];
  const n = Math.max(exterior.length, 1);
  return [exterior.reduce((s, [x]) => s + x, 0) / n, exterior.reduce((s, [, y]) => s + y, 0) / n];
}

function inBox([x, y]: LonLat, [west, south, east, north]: readonly number[]): boolean {
  return x >= (west ?? 0) && x <= (east ?? 0) && y >= (south ?? 0) && y <= (north ?? 0);
}

function fromClipped(polygons: readonly ClipPolygon[], label: string): SourcePolygon[] {
  return polygons.map((rings) => ({ rings, areaKm2: clippedAreaKm2(rings, label) }));
}

function toClip(polygons: readonly SourcePolygon[]): ClipPolygon[] {
  return polygons.map((p) => p.rings);
}

/** The occupied areas that are whole polygons or shapes, moved in the topology before anything is merged. */
function moveOccupiedArcs(topology: SourceTopology, coded: Map<string, CodedShape>, occupations: readonly Occupation[]) {
  const overlayArcs = new Map<string, ArcPolygon[]>();
  for (const occupation of occupations) {
    const { area } = occupation;
    const where = `occupation "${occupation.id}"`;
    if ("polygonOf" in area) {
      const from = need(coded.get(area.polygonOf), `${where}: no shape ${area.polygonOf}`);
      const taken = takePolygons(from, (p) => !pointInPolygon(area.at, ringsOf(topology, p)));
      if (taken.length !== 1) throw new Error(`${where}: ${taken.length} polygons of ${area.polygonOf} contain ${area.at.join(",")}`);
      need(coded.get(occupation.sovereign), `${where}: no shape ${occupation.sovereign}`).polygons.push(...taken);
      overlayArcs.set(occupation.id, taken);
    } else if ("shape" in area) {
      const shape = need(coded.get(area.shape), `${where}: no shape ${area.shape}`);
      overlayArcs.set(occupation.id, [...shape.polygons]);
      if (area.mergeInto) {
        need(coded.get(area.mergeInto), `${where}: no shape ${area.mergeInto}`).polygons.push(...shape.polygons);
        coded.delete(area.shape);
      }
    }
  }
  return overlayArcs;
}

/** Cuts territories out of their state's shape by box (French Guiana out of France). */
function cutTerritories(topology: SourceTopology, coded: Map<string, CodedShape>, territories: readonly Territory[]) {
  for (const territory of territories) {
    if (!territory.within) continue;
    const { shape, box } = territory.within;
    const host = need(coded.get(shape), `territory ${territory.code}: no shape ${shape}`);
    const taken = takePolygons(host, (p) => !inBox(meanPoint(ringsOf(topology, p)), box));
    if (taken.length === 0) throw new Error(`territory ${territory.code}: no polygon of ${shape} lies in ${box.join(",")}`);
    coded.set(territory.code, { iso3: territory.code, polygons: taken, sources: [`${shape} within ${box.join(",")}`] });
  }
}

/** The codes a period's shape is made from: hidden while the period is drawn. */
function partsOf(period: StatePeriod): string[] {
  return "union" in period.shape ? period.shape.union : [period.shape.split.shape];
}

function periodId(period: StatePeriod): string {
  return `${period.code}@${period.from ?? "start"}`;
}

/** Every shape the map can draw, with the spans when it is drawn. */
export function historicShapes(topology: SourceTopology, codedShapes: readonly CodedShape[], states: StatesData): HistoricShape[] {
  const { periods, occupations, territories } = states.file;
  const coded = new Map(codedShapes.map((c) => [c.iso3, { ...c, polygons: [...c.polygons] }]));
  const overlayArcs = moveOccupiedArcs(topology, coded, occupations);
  cutTerritories(topology, coded, territories);

  const modern = new Map<string, SourcePolygon[]>();
  for (const [code, shape] of coded) modern.set(code, mergePolygons(topology, shape.polygons, `${code} (${shape.sources.join(", ")})`));

  const overlays = new Map<string, SourcePolygon[]>();
  for (const [id, arcs] of overlayArcs) overlays.set(id, mergePolygons(topology, arcs, `occupation "${id}"`));
  const clipped = new Set<string>();
  for (const occupation of occupations) {
    if (!("clipOf" in occupation.area)) continue;
    const { clipOf, border } = occupation.area;
    const label = `occupation "${occupation.id}"`;
    const cutter = need(states.borders.get(border), `${label}: no border ${border}`);
    const { inside, outside } = splitBy(toClip(need(modern.get(clipOf), `${label}: no shape ${clipOf}`)), cutter, label);
    if (inside.length === 0) throw new Error(`${label}: border ${border} does not overlap ${clipOf}`);
    const sovereign = need(modern.get(occupation.sovereign), `${label}: no shape ${occupation.sovereign}`);
    modern.set(clipOf, fromClipped(outside, label));
    modern.set(occupation.sovereign, fromClipped(unionOf(toClip(sovereign), inside), label));
    overlays.set(occupation.id, fromClipped(inside, label));
    clipped.add(clipOf).add(occupation.sovereign);
  }

  const shapes: HistoricShape[] = [];
  const hidden = new Map<string, Span[]>();
  for (const period of periods) {
    const label = `period ${periodId(period)}`;
    let polygons: SourcePolygon[];
    if ("union" in period.shape) {
      const parts = period.shape.union;
      const changed = parts.find((code) => clipped.has(code));
      if (changed) throw new Error(`${label}: ${changed} was cut by an occupation's border and cannot be merged by its arcs`);
      polygons = mergePolygons(topology, parts.flatMap((code) => need(coded.get(code), `${label}: no shape ${code}`).polygons), label);
    } else {
      const { shape, border, side } = period.shape.split;
      const cutter = need(states.borders.get(border), `${label}: no border ${border}`);
      const halves = splitBy(toClip(need(modern.get(shape), `${label}: no shape ${shape}`)), cutter, label);
      polygons = fromClipped(halves[side], label);
      if (polygons.length === 0) throw new Error(`${label}: nothing of ${shape} lies ${side} border ${border}`);
    }
    shapes.push({ id: periodId(period), iso3: period.code, spans: [spanOf(period)], polygons, label });
    for (const part of partsOf(period)) hidden.set(part, [...(hidden.get(part) ?? []), spanOf(period)]);
  }

  for (const [code, polygons] of modern) {
    const territory = territories.find((t) => t.code === code);
    const region = territory && !/^[A-Z]{3}$/.test(code) ? territory.within?.shape : undefined;
    shapes.push({
      id: code,
      iso3: region ?? code,
      ...(region ? { area: code } : {}),
      spans: hidden.has(code) ? complement(hidden.get(code) ?? []) : ALWAYS,
      polygons,
      label: code,
    });
  }
  for (const occupation of occupations) {
    shapes.push({
      id: `occupation:${occupation.id}`,
      iso3: "mergeInto" in occupation.area && occupation.area.mergeInto ? occupation.area.mergeInto : occupation.sovereign,
      occupation: occupation.id,
      spans: [spanOf(occupation)],
      polygons: need(overlays.get(occupation.id), `occupation "${occupation.id}": no area`),
      label: `occupation "${occupation.id}"`,
    });
  }
  return shapes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
