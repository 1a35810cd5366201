/** The generated graph both renderer benchmarks draw: clustered, seeded, positioned. */
import Graph from "graphology";
import clusters from "graphology-generators/random/clusters";
import { createSeededRandom } from "@atlas/model";
import { ACTOR_TYPE_COLOURS } from "@atlas/model";

export function benchGraph(order: number, size: number): Graph {
  const rng = createSeededRandom(42);
  const colours = Object.values(ACTOR_TYPE_COLOURS);
  const graph = clusters(Graph, {
    order,
    size,
    clusters: Math.max(4, Math.round(order / 250)),
    clusterDensity: 0.8,
    rng,
  });
  graph.forEachNode((node) => {
    graph.mergeNodeAttributes(node, {
      x: rng() * 1000,
      y: rng() * 1000,
      size: 1.5 + Math.sqrt(graph.degree(node)) * 0.6,
      color: colours[Number(node) % colours.length],
      label: `Actor ${node}`,
    });
  });
  return graph;
}

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
