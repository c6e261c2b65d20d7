import { dayNumber, type IsoDay } from "../../domain/day";
import { lastAtOrBefore } from "../../domain/membership-index";

/** `[from, to)` as shapes carry it: null is open-ended. */
export type Span = readonly [from: string | null, to: string | null];

export interface DatedShape {
  readonly id: string;
  readonly spans: readonly Span[];
}

export function drawnOn(shape: DatedShape, day: IsoDay): boolean {
  return shape.spans.some(([from, to]) => (from === null || from <= day) && (to === null || day < to));
}

/**
 * The few days on which the set of shapes drawn changes (borders changed), so that a date move costs a
 * binary search, and the shapes drawn between two such days are computed once per stretch.
 */
export class ShapeEpochs {
  private readonly boundaries: number[];
  private readonly cache = new Map<number, ReadonlySet<string>>();

  constructor(private readonly shapes: readonly DatedShape[]) {
    const days = new Set<number>();
    for (const shape of shapes) {
      for (const [from, to] of shape.spans) {
        if (from !== null) days.add(dayNumber(from));
        if (to !== null) days.add(dayNumber(to));
      }
    }
    this.boundaries = [...days].sort((a, b) => a - b);
  }

  /** Which stretch between border changes `day` is in: equal numbers draw the same shapes. */
  epochOf(day: IsoDay): number {
    return lastAtOrBefore(this.boundaries, dayNumber(day));
  }

  /** The ids of the shapes drawn on `day`. */
  drawnOn(day: IsoDay): ReadonlySet<string> {
    const epoch = this.epochOf(day);
    let drawn = this.cache.get(epoch);
    if (!drawn) {
      drawn = new Set(this.shapes.filter((shape) => drawnOn(shape, day)).map((shape) => shape.id));
      this.cache.set(epoch, drawn);
    }
    return drawn;
  }
}
