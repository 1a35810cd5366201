/**
 * Geographic layout: places (cities, regions) at their coordinates; every other actor around the
 * places it links to (the mean of their positions, spread on a small circle); actors linked to no
 * place, even at two steps, in rows under the map.
 */
import { MAP_MERCATOR_SCALE } from "@atlas/model";
import { geoMercator } from "d3-geo";
import type { AtlasGraph } from "./atlasGraph.ts";

export type Positions = Record<string, { x: number; y: number }>;

/** One projection for nodes and the country outlines; graph y points up, screen y down. */
export const projection = geoMercator().scale(MAP_MERCATOR_SCALE).translate([0, 0]);

export function project(lon: number, lat: number): { x: number; y: number } {
  const [px, py] = projection([lon, lat])!;
  return { x: px, y: -py };
}

function spread(id: string, index: number, count: number, radius: number): { dx: number; dy: number } {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  const angle = (2 * Math.PI * index) / Math.max(count, 1) + (Math.abs(hash) % 360) * (Math.PI / 180) * 0.05;
  return { dx: radius * Math.cos(angle), dy: radius * Math.sin(angle) };
}

export function getGeoPositions(graph: AtlasGraph): Positions {
  const positions: Positions = {};
  graph.forEachNode((node, a) => {
    if (a.lat !== null && a.lon !== null) positions[node] = project(a.lon, a.lat);
  });

  const meanOf = (ids: string[]) => {
    const placed = ids.filter((id) => positions[id]);
    if (placed.length === 0) return null;
    const x = placed.reduce((sum, id) => sum + positions[id]!.x, 0) / placed.length;
    const y = placed.reduce((sum, id) => sum + positions[id]!.y, 0) / placed.length;
    return { x, y };
  };

  const unplaced = graph.filterNodes((node) => !positions[node]);
  const anchored: Array<{ id: string; anchor: { x: number; y: number } }> = [];
  const orphans: string[] = [];
  for (const node of unplaced) {
    const direct = meanOf(graph.neighbors(node));
    const twoSteps = direct ?? meanOf(graph.neighbors(node).flatMap((n) => graph.neighbors(n)));
    if (twoSteps) anchored.push({ id: node, anchor: twoSteps });
    else orphans.push(node);
  }

  // Actors that share an anchor get distinct angles on the circle around it.
  const byAnchor = new Map<string, string[]>();
  for (const { id, anchor } of anchored) {
    const key = `${anchor.x.toFixed(1)},${anchor.y.toFixed(1)}`;
    byAnchor.set(key, [...(byAnchor.get(key) ?? []), id]);
  }
  for (const { id, anchor } of anchored) {
    const group = byAnchor.get(`${anchor.x.toFixed(1)},${anchor.y.toFixed(1)}`)!;
    const index = group.indexOf(id);
    const { dx, dy } = spread(id, index, group.length, 6 + 1.5 * Math.sqrt(group.length));
    positions[id] = { x: anchor.x + dx, y: anchor.y + dy };
  }

  // Rows under the bulk of the map (10th percentile), not under a far-away outlier.
  const xs = Object.values(positions)
    .map((p) => p.x)
    .sort((a, b) => a - b);
  const ys = Object.values(positions)
    .map((p) => p.y)
    .sort((a, b) => a - b);
  const minX = xs.length ? xs[Math.floor(xs.length * 0.1)]! : 0;
  const minY = ys.length ? ys[Math.floor(ys.length * 0.1)]! : 0;
  orphans.sort().forEach((id, index) => {
    positions[id] = { x: minX + (index % 20) * 8, y: minY - 20 - Math.floor(index / 20) * 8 };
  });
  return positions;
}
