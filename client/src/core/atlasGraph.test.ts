import { ACTOR_TYPE_COLOURS, UNKNOWN_TYPE_COLOUR } from "@atlas/model";
import { beforeEach, describe, expect, it } from "vitest";
import { readFixtureSubgraph } from "../../../seed/fixtures/subgraph.ts";
import type { SubgraphDto } from "../api/types.ts";
import { createAtlasGraph, EDGE_COLOUR, edgeColour, mergeSubgraph, type AtlasGraph } from "./atlasGraph.ts";
import { getVisibility, NO_FILTERS } from "./filters.ts";
import { fromGraphqlResult } from "./resultToSubgraph.ts";

const small = readFixtureSubgraph("small");
const INITIATIVE = "fx-solidarity-cities-initiative";
const positions = (graph: AtlasGraph) => graph.mapNodes((node, a) => [node, a.x, a.y]);

/** Only the given actors of the small fixture and the relationships among them. */
function part(ids: string[]): SubgraphDto {
  const keep = new Set(ids);
  return {
    nodes: small.nodes.filter((n) => keep.has(n.id)),
    edges: small.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
  };
}

describe("mergeSubgraph", () => {
  let graph: AtlasGraph;
  beforeEach(() => {
    graph = createAtlasGraph();
  });

  it("adds every actor and relationship, keyed by id, and returns the new actors' ids in order", () => {
    const added = mergeSubgraph(graph, small);
    expect(added).toEqual(small.nodes.map((n) => n.id).sort());
    expect(graph.order).toBe(10);
    expect(graph.size).toBe(17);
    expect(graph.extremities("MAYOR_OF:fx-ulf-kampfer:fx-kiel:mayor")).toEqual(["fx-ulf-kampfer", "fx-kiel"]);
    expect(graph.isDirected("MAYOR_OF:fx-ulf-kampfer:fx-kiel:mayor")).toBe(true);
    expect(graph.getNodeAttributes("fx-kiel")).toMatchObject({
      label: "Kiel",
      actorType: "City",
      country: "DE",
      role: null,
      sources: ["002_7b751642ae57aecf.txt"],
      color: ACTOR_TYPE_COLOURS.City,
    });
    expect(graph.getNodeAttributes("fx-ulf-kampfer")).toMatchObject({ country: "DE", role: "Mayor of Kiel" });
    expect(graph.getEdgeAttributes("FOUNDED:fx-athens:fx-solidarity-cities-initiative:2016")).toEqual({
      relType: "FOUNDED",
      year: 2016,
      until: null,
      // The fixture is raw records: reportedYear is derived when the dataset is built.
      reportedYear: null,
      status: null,
      office: null,
      purpose: null,
      sources: ["002_7b751642ae57aecf.txt", "002_7b751642ae57aecf.txt"],
      size: 1,
      color: EDGE_COLOUR,
    });
  });

  it("sizes actors by the square root of their degree", () => {
    mergeSubgraph(graph, small);
    expect(graph.degree(INITIATIVE)).toBe(7);
    expect(graph.getNodeAttribute(INITIATIVE, "size")).toBeCloseTo(3 + 1.6 * Math.sqrt(7));
    expect(graph.getNodeAttribute("fx-ulf-kampfer", "size")).toBeCloseTo(4.6);
  });

  it("draws planned, proposed and former relationships in their own colours", () => {
    expect(edgeColour(null)).toBe(EDGE_COLOUR);
    expect(edgeColour("planned")).toBe(edgeColour("proposed"));
    expect(new Set([EDGE_COLOUR, edgeColour("planned"), edgeColour("former")]).size).toBe(3);
  });

  it("colours an unknown actor type in the fallback colour", () => {
    mergeSubgraph(graph, { nodes: [{ id: "x", name: "X", type: "Company" }], edges: [] });
    expect(graph.getNodeAttribute("x", "color")).toBe(UNKNOWN_TYPE_COLOUR);
  });

  it("places the same data at the same positions", () => {
    mergeSubgraph(graph, small);
    const again = createAtlasGraph();
    mergeSubgraph(again, { nodes: [...small.nodes].reverse(), edges: small.edges });
    expect(positions(again)).toEqual(positions(graph));
    expect(new Set(positions(graph).map(([, x, y]) => `${x},${y}`)).size).toBe(10);
  });

  it("is idempotent: merging the same subgraph again adds nothing and moves nothing", () => {
    mergeSubgraph(graph, small);
    const before = graph.export();
    expect(mergeSubgraph(graph, small)).toEqual([]);
    expect(graph.export()).toEqual(before);
  });

  it("updates the attributes of an actor it already holds, keeping its position", () => {
    mergeSubgraph(graph, small);
    const { x, y } = graph.getNodeAttributes("fx-kiel");
    const renamed = { ...small.nodes.find((n) => n.id === "fx-kiel")!, name: "Landeshauptstadt Kiel" };
    mergeSubgraph(graph, { nodes: [renamed], edges: [] });
    expect(graph.getNodeAttributes("fx-kiel")).toMatchObject({ label: "Landeshauptstadt Kiel", x, y });
  });

  it("keeps what it knows of an actor for the fields an incoming record lacks", () => {
    mergeSubgraph(graph, small);
    // Copies: graphology hands out the attributes object it updates.
    const before = { ...graph.getNodeAttributes("fx-kiel") };
    const mayor = { ...graph.getNodeAttributes("fx-ulf-kampfer") };
    // A console answer to `{search(text:"Kiel"){id name type}}`, as the explorer receives it.
    const answer = fromGraphqlResult({
      search: [
        { id: "fx-kiel", name: "Kiel", type: "City" },
        { id: "fx-ulf-kampfer", name: "Ulf Kämpfer", type: "Person" },
      ],
    });
    mergeSubgraph(graph, answer);
    expect(graph.getNodeAttributes("fx-kiel")).toEqual(before);
    expect(graph.getNodeAttributes("fx-ulf-kampfer")).toEqual(mayor);
    expect(getVisibility(graph, { ...NO_FILTERS, sources: before.sources }, null).nodes.has("fx-kiel")).toBe(true);
  });

  it("takes an explicit null as the actor's new value", () => {
    mergeSubgraph(graph, small);
    mergeSubgraph(graph, {
      nodes: [{ id: "fx-kiel", name: "Kiel", type: "City", country: null, sources: null }],
      edges: [],
    });
    expect(graph.getNodeAttributes("fx-kiel")).toMatchObject({ label: "Kiel", country: null, sources: [] });
  });

  it("skips relationships to actors it holds nowhere", () => {
    const added = mergeSubgraph(graph, part(["fx-ulf-kampfer"]));
    expect(added).toEqual(["fx-ulf-kampfer"]);
    mergeSubgraph(graph, { nodes: [], edges: small.edges });
    expect(graph.size).toBe(0);
  });

  it("starts a new actor next to a neighbour already placed", () => {
    mergeSubgraph(graph, part(["fx-kiel", "fx-bremen", INITIATIVE]));
    const anchor = graph.getNodeAttributes("fx-kiel");
    expect(mergeSubgraph(graph, part(["fx-kiel", "fx-ulf-kampfer"]))).toEqual(["fx-ulf-kampfer"]);
    const mayor = graph.getNodeAttributes("fx-ulf-kampfer");
    // An offset of a twentieth of the start circle's radius (100 to 120).
    const distance = Math.hypot(mayor.x - anchor.x, mayor.y - anchor.y);
    expect(distance).toBeGreaterThan(4.9);
    expect(distance).toBeLessThan(6.1);
    expect(graph.getNodeAttribute("fx-kiel", "size")).toBeCloseTo(3 + 1.6 * Math.sqrt(2));
  });
});
