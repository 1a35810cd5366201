/**
 * Geographic layout: places (cities, regions) at their coordinates, and an actor without
 * coordinates beside its place only when it is tied to exactly one (located in, mayor of, works
 * for). Every other actor has no place on the map and is listed apart: drawing it at an invented
 * location (the mean of its neighbours, a grid) would tell the reader something false.
 */
import { MAP_MERCATOR_SCALE } from "@atlas/model";
import { geoMercator } from "d3-geo";
import type { AtlasGraph } from "./atlasGraph.ts";

export type Positions = Record<string, { x: number; y: number }>;

/** The relationships that tie an actor to the place it is in. */
export const PLACE_TIES: ReadonlySet<string> = new Set(["LOCATED_IN", "MAYOR_OF", "WORKS_FOR"]);

/** One projection for nodes and the country outlines; graph y points up, screen y down. */
export const projection = geoMercator().scale(MAP_MERCATOR_SCALE).translate([0, 0]);

export function project(lon: number, lat: number): { x: number; y: number } {
  const [px, py] = projection([lon, lat])!;
  return { x: px, y: -py };
}

export interface GeoPlacement {
  positions: Positions;
  /** Actors with neither coordinates nor exactly one place, sorted. */
  unplaced: string[];
}

const hasCoordinates = (graph: AtlasGraph, id: string) => {
  const { lat, lon } = graph.getNodeAttributes(id);
  return lat !== null && lon !== null;
};

/** The one place with coordinates an actor is tied to; null for none or several. */
export function findSinglePlace(graph: AtlasGraph, id: string): string | null {
  const places = new Set<string>();
  graph.forEachOutEdge(id, (_, attributes, __, target) => {
    if (PLACE_TIES.has(attributes.relType) && hasCoordinates(graph, target)) places.add(target);
  });
  return places.size === 1 ? [...places][0]! : null;
}

/** Where actors sharing a place go: around it, at distinct angles, in id order. */
function aroundPlace(anchor: { x: number; y: number }, index: number, count: number): { x: number; y: number } {
  const radius = 6 + 1.5 * Math.sqrt(count);
  const angle = (2 * Math.PI * index) / count;
  return { x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) };
}

export function getGeoPlacement(graph: AtlasGraph): GeoPlacement {
  const positions: Positions = {};
  const byPlace = new Map<string, string[]>();
  const unplaced: string[] = [];
  graph.forEachNode((node, a) => {
    if (a.lat !== null && a.lon !== null) {
      positions[node] = project(a.lon, a.lat);
      return;
    }
    const place = findSinglePlace(graph, node);
    if (place) byPlace.set(place, [...(byPlace.get(place) ?? []), node]);
    else unplaced.push(node);
  });
  for (const [place, actors] of byPlace) {
    actors.sort().forEach((id, index) => (positions[id] = aroundPlace(positions[place]!, index, actors.length)));
  }
  return { positions, unplaced: unplaced.sort() };
}

/** The map positions of the actors that have one. */
export function getGeoPositions(graph: AtlasGraph): Positions {
  return getGeoPlacement(graph).positions;
}
