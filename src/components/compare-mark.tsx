import type { ComparisonGroup } from "../domain/membership-compare";
import "./compare-mark.css";

/** A comparison group's mark as the map draws it (outline style, pattern, colour): a swatch for legends and lists. */
export function CompareMark({ group }: { group: ComparisonGroup }) {
  return <span className="compare-mark" data-mark={group} aria-hidden="true" />;
}
