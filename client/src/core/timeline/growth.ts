/** The network's growth year by year, and the steps of its animation. */
import type { AtlasGraph } from "../atlasGraph.ts";
import { getVisibility, type Filters } from "../filters.ts";

export interface GrowthPoint {
  year: number;
  actors: number;
  relationships: number;
}

/**
 * What the range [from, year] shows for each year from `from` to `to`: the network as it grows,
 * under the other filters, by the same rule the explorer draws with.
 */
export function getGrowth(
  graph: AtlasGraph,
  filters: Filters,
  subset: ReadonlySet<string> | null,
  [from, to]: [number, number],
): GrowthPoint[] {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to) {
    throw new Error(`getGrowth: the year range ${from}-${to} is not an ordered pair of whole years`);
  }
  const points: GrowthPoint[] = [];
  for (let year = from; year <= to; year += 1) {
    const { nodes, edges } = getVisibility(graph, { ...filters, years: [from, year] }, subset);
    points.push({ year, actors: nodes.size, relationships: edges.size });
  }
  return points;
}

/**
 * The range one step of the growth animation shows after `range`: one more year at its end; from
 * the first year alone when the range already reaches the last year (a fresh start); null when
 * there is no year to add because the range is that first year alone and it is also the last.
 */
export function getNextPlayRange(
  range: [number, number] | null,
  bounds: { min: number; max: number },
): [number, number] | null {
  if (range === null || range[1] >= bounds.max) return bounds.min < bounds.max ? [bounds.min, bounds.min] : null;
  return [range[0], range[1] + 1];
}
