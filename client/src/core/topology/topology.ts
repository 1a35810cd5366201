/**
 * Topological filters: they narrow what the other filters show by the shape of the network. They
 * apply in a fixed order, each to what the one before left: the ego network around the selection,
 * then the k-core, then the largest connected component, then hiding isolates. Relationships are
 * read undirected and parallel ones count once, as for the metrics in @atlas/analysis.
 */
import { getCoreNumbers } from "@atlas/analysis";
import Graph from "graphology";
import type { AtlasGraph } from "../atlasGraph.ts";
import type { Visibility } from "../filters.ts";

export interface Topology {
  /** Steps around the selected actors; null: off (also when nothing is selected). */
  ego: number | null;
  /** Keep actors of core number k or more, counted in what is shown; null: off. */
  core: number | null;
  /** Keep only the largest connected component (ties: the one holding the smallest id). */
  largest: boolean;
  /** Hide actors left without relationships once the other filters apply. */
  hideIsolates: boolean;
}

export const NO_TOPOLOGY: Topology = { ego: null, core: null, largest: false, hideIsolates: false };
export const MAX_EGO_STEPS = 6;

export const isTopologyActive = (t: Topology) => t.ego !== null || t.core !== null || t.largest || t.hideIsolates;

/** The shown actors and relationships as an undirected simple graph. */
function toShownGraph(graph: AtlasGraph, visibility: Visibility): Graph {
  const shown = new Graph({ type: "undirected" });
  for (const node of visibility.nodes) shown.addNode(node);
  for (const edge of visibility.edges) {
    const [source, target] = graph.extremities(edge);
    if (source !== target && shown.hasNode(source) && shown.hasNode(target)) shown.mergeEdge(source, target);
  }
  return shown;
}

/** The actors within `steps` of the centres (those shown), breadth first. */
export function getEgoNodes(shown: Graph, centres: readonly string[], steps: number): Set<string> {
  let frontier = centres.filter((c) => shown.hasNode(c));
  const reached = new Set(frontier);
  for (let step = 0; step < steps && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const node of frontier)
      shown.forEachNeighbor(node, (neighbour) => {
        if (!reached.has(neighbour)) {
          reached.add(neighbour);
          next.push(neighbour);
        }
      });
    frontier = next;
  }
  return reached;
}

/** The largest connected component's actors; among equals, the one holding the smallest id. */
export function getLargestComponent(shown: Graph): Set<string> {
  const seen = new Set<string>();
  let best = new Set<string>();
  for (const start of [...shown.nodes()].sort()) {
    if (seen.has(start)) continue;
    const component = new Set([start]);
    const queue = [start];
    seen.add(start);
    while (queue.length > 0)
      shown.forEachNeighbor(queue.pop()!, (neighbour) => {
        if (seen.has(neighbour)) return;
        seen.add(neighbour);
        component.add(neighbour);
        queue.push(neighbour);
      });
    if (component.size > best.size) best = component;
  }
  return best;
}

function keepOnly(shown: Graph, keep: (node: string) => boolean): void {
  for (const node of shown.nodes()) if (!keep(node)) shown.dropNode(node);
}

/** What the topological filters leave of a visibility; the input is not changed. */
export function applyTopology(
  graph: AtlasGraph,
  visibility: Visibility,
  topology: Topology,
  centres: readonly string[],
): Visibility {
  if (!isTopologyActive(topology)) return visibility;
  const shown = toShownGraph(graph, visibility);
  if (topology.ego !== null && centres.some((c) => shown.hasNode(c))) {
    const ego = getEgoNodes(shown, centres, topology.ego);
    keepOnly(shown, (node) => ego.has(node));
  }
  if (topology.core !== null) {
    const core = getCoreNumbers(shown);
    const k = topology.core;
    keepOnly(shown, (node) => core[node]! >= k);
  }
  if (topology.largest) {
    const largest = getLargestComponent(shown);
    keepOnly(shown, (node) => largest.has(node));
  }
  if (topology.hideIsolates) keepOnly(shown, (node) => shown.degree(node) > 0);
  const edges = new Set<string>();
  for (const edge of visibility.edges) {
    const [source, target] = graph.extremities(edge);
    if (shown.hasNode(source) && shown.hasNode(target)) edges.add(edge);
  }
  return { nodes: new Set(shown.nodes()), edges };
}
