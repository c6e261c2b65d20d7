import type { MembershipStatus } from "../domain/membership-status";
import type { Standing } from "../domain/standing";

/** Land outside every bloc shown, and the sea: a light, neutral base so bloc colours carry the meaning. */
export const LAND_COLOUR = "#e6e3dc";
export const SEA_COLOUR = "#cfe0ea";
export const BORDER_COLOUR = "#ffffff";

/** How strongly each standing shows the bloc's colour over the land (0 = land, 1 = full colour). */
const STRENGTH: Record<MembershipStatus, number> = {
  member: 1,
  "member-outside-command": 0.55,
  inactive: 0.45,
  partner: 0.35,
  observer: 0.35,
  suspended: 0.25,
};
/** A country in a bloc other than the highlighted one: visible, but clearly secondary. */
const OTHER_BLOC_STRENGTH = 0.3;
/** A member's territory outside the bloc's treaty area: a tint of the bloc, lighter than any status. */
const OUTSIDE_TREATY_AREA_STRENGTH = 0.18;

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Mixes already computed: the map asks for the same few dozen on every date move. */
const mixed = new Map<string, string>();

/** `colour` laid over the land at `strength`, as an opaque `#rrggbb` (the legend shows exactly the map's colour). */
export function mixOverLand(colour: string, strength: number): string {
  const key = `${colour}/${strength}`;
  const known = mixed.get(key);
  if (known) return known;
  const result = mix(colour, strength);
  mixed.set(key, result);
  return result;
}

function mix(colour: string, strength: number): string {
  const top = channels(colour);
  const base = channels(LAND_COLOUR);
  const result = top.map((c, i) => Math.round(c * strength + (base[i] ?? 0) * (1 - strength)));
  return `#${result.map((c) => c.toString(16).padStart(2, "0")).join("")}`;
}

export function highlightedFill(colour: string, status: MembershipStatus): string {
  return mixOverLand(colour, STRENGTH[status]);
}

export function otherBlocFill(colour: string): string {
  return mixOverLand(colour, OTHER_BLOC_STRENGTH);
}

export function outsideTreatyAreaFill(colour: string): string {
  return mixOverLand(colour, OUTSIDE_TREATY_AREA_STRENGTH);
}

/** The fill a shape's standing gets on the map (and its text surface): the land colour when unknown. */
export function standingFill(standing: Standing, colourOf: (bloc: string) => string | undefined): string {
  if (standing.kind === "none") return LAND_COLOUR;
  const colour = colourOf(standing.bloc);
  if (!colour) return LAND_COLOUR;
  if (standing.kind === "member") return highlightedFill(colour, standing.status);
  if (standing.kind === "outside-treaty-area") return outsideTreatyAreaFill(colour);
  return otherBlocFill(colour);
}
