import { describe, expect, it } from "vitest";
import { generateGraph, isDirected } from "../../test/generatedGraphs.ts";
import { toSimpleGraphs, type SimpleGraph } from "../simpleGraphs.ts";
import { toCompactGraph, type CompactGraph } from "./compactGraphs.ts";

/** Every link as "source target weight", sorted: the same text for the same simple graph. */
function linesOf(graph: CompactGraph, ids: string[], undirected: boolean): string[] {
  const lines: string[] = [];
  for (let v = 0; v < graph.order; v++)
    for (let j = graph.starts[v]!; j < graph.starts[v + 1]!; j++) {
      const u = graph.neighbours[j]!;
      if (!undirected || v < u) lines.push(`${ids[v]} ${ids[u]} ${graph.weights[j]}`);
    }
  return lines.sort();
}

function linesOfGraphology(graph: SimpleGraph, ids: string[]): string[] {
  const index = new Map(ids.map((id, i) => [id, i]));
  return graph
    .mapEdges((_edge, { weight }, source, target) => {
      const [a, b] =
        graph.type === "undirected" && index.get(source)! > index.get(target)! ? [target, source] : [source, target];
      return `${a} ${b} ${weight}`;
    })
    .sort();
}

describe("toCompactGraph", () => {
  it("holds the same simple graphs as toSimpleGraphs: parallel links merged, undirected types both ways, no self-loops", () => {
    const { ids, links, compact } = generateGraph(60, 900, { groups: 3, inside: 0.8, seed: 4 });
    const graphs = toSimpleGraphs(ids, links, isDirected);
    const directed = toCompactGraph(compact, "directed");
    const undirected = toCompactGraph(compact, "undirected");
    expect(linesOf(undirected, ids, true)).toEqual(linesOfGraphology(graphs.undirected, ids));
    expect(linesOf(directed, ids, false)).toEqual(linesOfGraphology(graphs.directed, ids));
    expect(undirected.size).toBe(graphs.undirected.size);
    expect(directed.size).toBe(graphs.directed.size);
    expect(Math.max(...undirected.weights)).toBeGreaterThan(1);
  });

  it("keeps isolated actors and only the first `count` relationships", () => {
    const links = {
      order: 3,
      count: 2,
      sources: Uint32Array.of(0, 1, 0),
      targets: Uint32Array.of(1, 1, 2),
      directed: Uint8Array.of(1, 1, 1),
    };
    const directed = toCompactGraph(links, "directed");
    const undirected = toCompactGraph(links, "undirected");
    expect([...undirected.starts]).toEqual([0, 1, 2, 2]);
    expect(directed.size).toBe(1);
  });

  it("refuses a relationship to an actor beyond the order, naming it", () => {
    const links = {
      order: 1,
      count: 1,
      sources: Uint32Array.of(0),
      targets: Uint32Array.of(5),
      directed: Uint8Array.of(1),
    };
    expect(() => toCompactGraph(links, "directed")).toThrow("toCompactGraph: relationship 0 joins actor 5 of 1");
  });
});
