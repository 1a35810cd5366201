/**
 * Filters decide what is shown; they never remove anything from the graph. Everything here is
 * pure: the same graph, filters and subset always give the same visible sets and counts.
 */
import type { AtlasGraph, EdgeAttributes, NodeAttributes } from "./atlasGraph.ts";
import { getTimelineYear } from "./timeline/timelineYear.ts";

export interface Filters {
  /** null: all values pass. */
  types: string[] | null;
  relTypes: string[] | null;
  sources: string[] | null;
  countries: string[] | null;
  /** Relationship status: ACTUAL for stated as fact, else planned, proposed or former. */
  statuses: string[] | null;
  /** Inclusive year range over each relationship's timeline year (started, else reported); null: no year filter. */
  years: [number, number] | null;
  /** With a year range: keep relationships with neither year (links made on the client, console answers). */
  includeUndated: boolean;
}

export const NO_FILTERS: Filters = {
  types: null,
  relTypes: null,
  sources: null,
  countries: null,
  statuses: null,
  years: null,
  includeUndated: true,
};

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

const passes = (allowed: string[] | null, value: string) => allowed === null || allowed.includes(value);

/** The country facet's value for actors without a country (organisations, people). */
export const NO_COUNTRY = "none";

/** The status facet's value for relationships the text states as fact (no status). */
export const ACTUAL_STATUS = "actual";

export function isNodeAllowed(attributes: NodeAttributes, filters: Filters): boolean {
  return (
    passes(filters.types, attributes.actorType) &&
    passes(filters.countries, attributes.country ?? NO_COUNTRY) &&
    (filters.sources === null || attributes.sources.some((s) => filters.sources!.includes(s)))
  );
}

export function isEdgeAllowed(attributes: EdgeAttributes, filters: Filters): boolean {
  if (!passes(filters.relTypes, attributes.relType)) return false;
  if (!passes(filters.statuses, attributes.status ?? ACTUAL_STATUS)) return false;
  if (filters.sources !== null && !attributes.sources.some((s) => filters.sources!.includes(s))) return false;
  if (filters.years) {
    const start = getTimelineYear(attributes);
    if (start === null) return filters.includeUndated;
    const [from, to] = filters.years;
    // A relationship that began before the range but lasted into it counts as present.
    const end = attributes.until ?? start;
    return start <= to && end >= from;
  }
  return true;
}

/**
 * Shown: allowed nodes inside the subset (null = whole graph), and allowed edges between shown
 * nodes. With a year range, a node needs a shown edge in that range to appear, so that moving
 * the slider shows the network grow.
 */
export function getVisibility(graph: AtlasGraph, filters: Filters, subset: ReadonlySet<string> | null): Visibility {
  const candidates = new Set<string>();
  graph.forEachNode((node, attributes) => {
    if ((subset === null || subset.has(node)) && isNodeAllowed(attributes, filters)) candidates.add(node);
  });
  const edges = new Set<string>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (candidates.has(source) && candidates.has(target) && isEdgeAllowed(attributes, filters)) edges.add(edge);
  });
  if (!filters.years) return { nodes: candidates, edges };
  const nodes = new Set<string>();
  for (const edge of edges) {
    nodes.add(graph.source(edge));
    nodes.add(graph.target(edge));
  }
  return { nodes, edges };
}

export interface FacetCounts {
  /** value -> [shown, total] */
  types: Map<string, [number, number]>;
  relTypes: Map<string, [number, number]>;
  sources: Map<string, [number, number]>;
  countries: Map<string, [number, number]>;
  statuses: Map<string, [number, number]>;
  years: { min: number; max: number } | null;
}

export function getFacetCounts(graph: AtlasGraph, visibility: Visibility): FacetCounts {
  const bump = (map: Map<string, [number, number]>, key: string, shown: boolean) => {
    const entry = map.get(key) ?? [0, 0];
    entry[1] += 1;
    if (shown) entry[0] += 1;
    map.set(key, entry);
  };
  const counts: FacetCounts = {
    types: new Map(),
    relTypes: new Map(),
    sources: new Map(),
    countries: new Map(),
    statuses: new Map(),
    years: null,
  };
  graph.forEachNode((node, a) => {
    const shown = visibility.nodes.has(node);
    bump(counts.types, a.actorType, shown);
    bump(counts.countries, a.country ?? NO_COUNTRY, shown);
  });
  let min = Infinity;
  let max = -Infinity;
  graph.forEachEdge((edge, a) => {
    const shown = visibility.edges.has(edge);
    bump(counts.relTypes, a.relType, shown);
    bump(counts.statuses, a.status ?? ACTUAL_STATUS, shown);
    // `sources` holds one entry per evidence item; the facet counts relationships.
    for (const source of new Set(a.sources)) bump(counts.sources, source, shown);
    const start = getTimelineYear(a);
    if (start !== null) {
      min = Math.min(min, start);
      max = Math.max(max, a.until ?? start);
    }
  });
  counts.years = Number.isFinite(min) ? { min, max } : null;
  return counts;
}
