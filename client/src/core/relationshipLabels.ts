/** How a relationship type reads from either end, for the details panel, filters and legends. */
import { RELATIONSHIP_TYPES } from "@atlas/model";
import { GROUP_LINK } from "./overviewGroups.ts";

export function relationshipLabel(type: string, direction: "out" | "in"): string {
  if (type === GROUP_LINK) return "Between groups";
  return (RELATIONSHIP_TYPES as Record<string, { label: { out: string; in: string } }>)[type]?.label[direction] ?? type;
}
