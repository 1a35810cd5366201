/**
 * computeMetrics against networkx on the same graphs: hand-made ones that trip the conventions
 * (dangling nodes, disconnected parts, parallel relationships, undirected types) and a seeded
 * random one, exact and sampled. Values within 1e-4; Louvain reaches 95% of networkx's modularity.
 */
import { isDirectedType } from "@atlas/model";
import { buildDataset, fixturesDir, readDataset, seedDataDir } from "@atlas/seed";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runNetworkx } from "../test/networkx.ts";
import { computeMetrics, type MetricOptions } from "./computeMetrics.ts";
import { METRIC_NAMES } from "./metricDefinitions.ts";
import { createSeededRandom } from "@atlas/model";
import { toSimpleGraphs, type RelationshipLink } from "./simpleGraphs.ts";

const UNDIRECTED_TYPES = ["PARTNERS_WITH", "MET"];
const isDirected = (type: string) => !UNDIRECTED_TYPES.includes(type);

const link = (source: string, target: string, type = "SUPPORTS"): RelationshipLink => ({ source, target, type });

function expectAgreement(
  nodes: string[],
  links: RelationshipLink[],
  directedness: (type: string) => boolean,
  options: MetricOptions = {},
): void {
  const result = computeMetrics(toSimpleGraphs(nodes, links, directedness), METRIC_NAMES, options);
  const communities = Object.fromEntries(nodes.map((node) => [node, result.nodes[node]!.community!]));
  const answer = runNetworkx({
    nodes,
    links,
    undirectedTypes: [...new Set(links.map((l) => l.type))].filter((type) => !directedness(type)),
    records: result.algorithms,
    communities,
  });
  for (const [metric, theirs] of Object.entries(answer.values))
    for (const node of nodes)
      expect(
        Math.abs(result.nodes[node]![metric as keyof typeof answer.values]! - theirs[node]!),
        `${metric} of ${node}`,
      ).toBeLessThan(1e-4);
  const ours = result.algorithms.find((a) => a.metric === "community")!.modularity!;
  // graphology and networkx score the same partition alike, and Louvain finds as good a one.
  expect(ours).toBeCloseTo(answer.modularity!.ours, 9);
  expect(ours).toBeGreaterThanOrEqual(0.95 * answer.modularity!.networkx - 1e-12);
}

function randomGraph(seed: number, order: number, size: number): { nodes: string[]; links: RelationshipLink[] } {
  const random = createSeededRandom(seed);
  const nodes = Array.from({ length: order }, (_, i) => `n${i}`);
  const types = ["SUPPORTS", "FUNDS", "PARTNERS_WITH", "MET"];
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
  const links = Array.from({ length: size }, () => link(pick(nodes), pick(nodes), pick(types)));
  return { nodes, links };
}

describe("metrics agree with networkx", () => {
  it("with dangling nodes (no way out) and an isolated actor", () => {
    const links = [link("a", "b"), link("b", "c"), link("c", "a"), link("c", "d"), link("e", "d")];
    expectAgreement(["a", "b", "c", "d", "e", "f"], links, isDirected);
  });

  it("with disconnected parts", () => {
    const links = [link("a", "b"), link("b", "c"), link("c", "a"), link("x", "y"), link("y", "z"), link("z", "w")];
    expectAgreement(["a", "b", "c", "x", "y", "z", "w", "lone"], links, isDirected);
  });

  it("with parallel relationships and both directions between the same actors", () => {
    const links = [
      link("a", "b"),
      link("a", "b", "FUNDS"),
      link("b", "a"),
      link("a", "c"),
      link("a", "c"),
      link("c", "d"),
    ];
    expectAgreement(["a", "b", "c", "d"], links, isDirected);
  });

  it("with types whose direction means nothing", () => {
    const links = [
      link("a", "b", "PARTNERS_WITH"),
      link("b", "c", "MET"),
      link("c", "a"),
      link("d", "c", "MET"),
      link("d", "a"),
    ];
    expectAgreement(["a", "b", "c", "d"], links, isDirected);
  });

  it("with self-loops, which neither side counts", () => {
    expectAgreement(
      ["a", "b", "c"],
      [link("a", "a"), link("a", "b"), link("b", "c", "MET"), link("c", "c", "MET")],
      isDirected,
    );
  });

  it("on a random graph, exactly and with sampled betweenness", () => {
    const { nodes, links } = randomGraph(7, 120, 300);
    expectAgreement(nodes, links, isDirected);
    expectAgreement(nodes, links, isDirected, { betweennessPivots: 25, seed: 3 });
  });

  it.each([
    ["the curated dataset", seedDataDir],
    ["the small fixture", path.join(fixturesDir, "small")],
  ])("on %s, with the model's directedness", (_name, dir) => {
    const { actors, relationships } = buildDataset(readDataset(dir));
    const links = relationships.map((r) => link(r.from, r.to, r.type));
    expectAgreement(
      actors.map((a) => a.id),
      links,
      isDirectedType,
    );
  });

  it("sampled from every actor, betweenness is exact", () => {
    const { nodes, links } = randomGraph(11, 60, 150);
    const graphs = toSimpleGraphs(nodes, links, isDirected);
    const exact = computeMetrics(graphs, ["betweenness"]).nodes;
    const sampled = computeMetrics(graphs, ["betweenness"], { betweennessPivots: nodes.length }).nodes;
    for (const node of nodes) expect(sampled[node]!.betweenness).toBeCloseTo(exact[node]!.betweenness!, 12);
  });
});
