/**
 * Countries the seed derived rather than read: an actor without a stated country takes that of
 * the one place it is tied to, marked `countrySource: "inherited"`. The explorer says so wherever
 * it shows the country.
 */
import type { AtlasGraph, NodeAttributes } from "../atlasGraph.ts";

export const INHERITED = "inherited";

export function isCountryInherited(attributes: Pick<NodeAttributes, "countrySource">): boolean {
  return attributes.countrySource === INHERITED;
}

/** "DE", or "DE (inherited)" when derived; null without a country. */
export function toCountryText(attributes: Pick<NodeAttributes, "country" | "countrySource">): string | null {
  if (attributes.country === null) return null;
  return isCountryInherited(attributes) ? `${attributes.country} (inherited)` : attributes.country;
}

/** Country -> how many of its actors inherited it (countries with none are left out). */
export function countInheritedCountries(graph: AtlasGraph): Map<string, number> {
  const counts = new Map<string, number>();
  graph.forEachNode((_, attributes) => {
    if (attributes.country !== null && isCountryInherited(attributes))
      counts.set(attributes.country, (counts.get(attributes.country) ?? 0) + 1);
  });
  return counts;
}
