import { createSeededRandom } from "@atlas/model";
import louvain from "graphology-communities-louvain";
import modularity from "graphology-metrics/graph/modularity";
import { describe, expect, it } from "vitest";
import { generateGraph, isDirected } from "../../test/generatedGraphs.ts";
import { toSimpleGraphs } from "../simpleGraphs.ts";
import { toCompactGraph } from "./compactGraphs.ts";
import { getCompactCommunities } from "./compactLouvain.ts";
import { getCompactModularity } from "./compactModularity.ts";

/** graphology's modularity of a partition given per actor index. */
function graphologyModularity(
  graph: ReturnType<typeof toSimpleGraphs>["undirected"],
  ids: string[],
  labels: ArrayLike<number>,
  resolution = 1,
) {
  const index = new Map(ids.map((id, i) => [id, i]));
  return modularity(graph, {
    getNodeCommunity: (node) => labels[index.get(node)!]!,
    getEdgeWeight: "weight",
    resolution,
  });
}

describe("getCompactCommunities", () => {
  it.each([
    [400, 3000, 8, 0.8, 1],
    [2000, 12000, 20, 0.6, 2],
    [3000, 9000, 30, 0.4, 3],
    [1000, 5000, 10, 0.3, 4],
  ])(
    "on %i actors, %i relationships in %i planted groups (%d inside): modularity as graphology's Louvain or better",
    (order, size, groups, inside, seed) => {
      const { ids, links, compact } = generateGraph(order, size, { groups, inside, seed });
      const graph = toSimpleGraphs(ids, links, isDirected).undirected;
      const theirs = louvain(graph, { getEdgeWeight: "weight", rng: createSeededRandom(seed) });
      const communities = getCompactCommunities(toCompactGraph(compact, "undirected"), { resolution: 1, seed });
      const ours = graphologyModularity(graph, ids, communities);
      expect(ours).toBeGreaterThan(
        graphologyModularity(
          graph,
          ids,
          ids.map((id) => theirs[id]!),
        ) - 0.01,
      );
    },
  );

  it("finds the planted groups of an easy case, numbered in the order of the actors", () => {
    const { compact, groups } = generateGraph(600, 6000, { groups: 6, inside: 0.98, seed: 5 });
    const communities = getCompactCommunities(toCompactGraph(compact, "undirected"), { resolution: 1, seed: 1 });
    expect([...communities.slice(0, 8)]).toEqual([0, 1, 2, 3, 4, 5, 0, 1]);
    communities.forEach((community, v) => expect(community, `actor ${v}`).toBe(groups[v]));
  });

  it("gives one result a seed, and each actor its own community without links", () => {
    const { compact } = generateGraph(1500, 8000, { groups: 15, inside: 0.5, seed: 6 });
    const graph = toCompactGraph(compact, "undirected");
    const run = (seed: number) => [...getCompactCommunities(graph, { resolution: 1, seed })];
    expect(run(3)).toEqual(run(3));
    expect(run(3)).not.toEqual(run(4));
    const lonely = toCompactGraph({ ...compact, count: 0 }, "undirected");
    expect([...getCompactCommunities(lonely, { resolution: 1, seed: 1 }).slice(0, 3)]).toEqual([0, 1, 2]);
  });

  it("follows the resolution: higher splits into more communities", () => {
    const { compact } = generateGraph(1000, 6000, { groups: 10, inside: 0.7, seed: 7 });
    const graph = toCompactGraph(compact, "undirected");
    const count = (resolution: number) => Math.max(...getCompactCommunities(graph, { resolution, seed: 1 })) + 1;
    expect(count(0.5)).toBeLessThan(count(1));
    expect(count(1)).toBeLessThan(count(3));
  });
});

describe("getCompactModularity", () => {
  it.each([0.5, 1, 2])("equals graphology-metrics' modularity at resolution %d", (resolution) => {
    const { ids, links, compact } = generateGraph(500, 3000, { groups: 5, inside: 0.6, seed: 8 });
    const graph = toCompactGraph(compact, "undirected");
    const communities = getCompactCommunities(graph, { resolution, seed: 1 });
    const expected = graphologyModularity(
      toSimpleGraphs(ids, links, isDirected).undirected,
      ids,
      communities,
      resolution,
    );
    expect(getCompactModularity(graph, communities, resolution)).toBeCloseTo(expected, 12);
  });
});
