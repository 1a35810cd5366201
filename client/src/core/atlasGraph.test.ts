import { ACTOR_TYPE_COLOURS, UNKNOWN_TYPE_COLOUR } from "@atlas/model";
import { beforeEach, describe, expect, it } from "vitest";
import { readFixtureSubgraph } from "../../../seed/fixtures/subgraph.ts";
import type { OverviewDto, SubgraphDto } from "../api/queries.ts";
import {
  createAtlasGraph,
  EDGE_COLOUR,
  GROUP_LINK,
  groupLabel,
  isGroupNode,
  mergeOverview,
  mergeSubgraph,
  placeGroupMembers,
  type AtlasGraph,
} from "./atlasGraph.ts";
import { getVisibility, NO_COUNTRY, NO_FILTERS } from "./filters.ts";
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

describe("overview", () => {
  const overview: OverviewDto = {
    groups: [
      { id: "City|DE", type: "City", country: "DE", actors: 12_345 },
      { id: "Person|", type: "Person", country: null, actors: 2 },
      { id: "CityNetwork|", type: "CityNetwork", country: null, actors: 1 },
    ],
    links: [
      { source: "Person|", target: "City|DE", relationships: 100 },
      { source: "City|DE", target: "CityNetwork|", relationships: 1 },
      { source: "City|DE", target: "City|DE", relationships: 40_000 },
      { source: "City|DE", target: "Government|DE", relationships: 3 },
    ],
  };
  let graph: AtlasGraph;
  beforeEach(() => {
    graph = createAtlasGraph();
    mergeOverview(graph, overview);
  });

  it("draws one node per group, labelled with its type, country and size", () => {
    expect(graph.nodes().sort()).toEqual(["CityNetwork|", "City|DE", "Person|"]);
    expect(graph.getNodeAttributes("City|DE")).toMatchObject({
      label: "City · DE (12,345)",
      group: { type: "City", country: "DE", actors: 12_345, shown: 0 },
      actorType: "City",
      country: "DE",
      sources: [],
      color: ACTOR_TYPE_COLOURS.City,
    });
    expect(graph.getNodeAttribute("Person|", "label")).toBe("Person · no country (2)");
    expect(graph.getNodeAttribute("City|DE", "size")).toBeCloseTo(4 + 5 * Math.log10(12_346));
    expect(graph.getNodeAttribute("CityNetwork|", "size")).toBeCloseTo(4 + 5 * Math.log10(2));
  });

  it("draws one link per pair of groups, sized by its relationships; no self-links, none to unknown groups", () => {
    expect(graph.edges().sort()).toEqual([`${GROUP_LINK}:City|DE->CityNetwork|`, `${GROUP_LINK}:Person|->City|DE`]);
    expect(graph.getEdgeAttributes(`${GROUP_LINK}:Person|->City|DE`)).toMatchObject({
      relType: GROUP_LINK,
      count: 100,
      year: null,
      sources: [],
      size: 2.5,
    });
    expect(graph.getEdgeAttribute(`${GROUP_LINK}:City|DE->CityNetwork|`, "size")).toBe(0.5);
  });

  it("merges the same overview again without duplicates", () => {
    const before = graph.export();
    mergeOverview(graph, overview);
    expect(graph.export()).toEqual(before);
  });

  it("lets the type and country facets filter groups like actors; links count as undated", () => {
    const germanCities = getVisibility(graph, { ...NO_FILTERS, countries: ["DE"] }, null);
    expect([...germanCities.nodes]).toEqual(["City|DE"]);
    const noCountry = getVisibility(graph, { ...NO_FILTERS, countries: [NO_COUNTRY] }, null);
    expect([...noCountry.nodes].sort()).toEqual(["CityNetwork|", "Person|"]);
    expect(noCountry.edges.size).toBe(0);
    const people = getVisibility(graph, { ...NO_FILTERS, types: ["Person", "City"] }, null);
    expect([...people.edges]).toEqual([`${GROUP_LINK}:Person|->City|DE`]);
    expect(getVisibility(graph, { ...NO_FILTERS, years: [2000, 2020], includeUndated: true }, null).nodes.size).toBe(3);
  });

  it("tells group nodes from actors", () => {
    mergeSubgraph(graph, part(["fx-kiel"]));
    expect(isGroupNode(graph, "City|DE")).toBe(true);
    expect(isGroupNode(graph, "fx-kiel")).toBe(false);
    expect(isGroupNode(graph, "Government|DE")).toBe(false);
  });

  it("labels a partly shown group with what remains", () => {
    expect(groupLabel({ type: "City", country: "DE", actors: 12_345, shown: 500 })).toBe("City · DE (11,845 more)");
    expect(groupLabel({ type: "NGO", country: null, actors: 3, shown: 0 })).toBe("NGO · no country (3)");
  });

  it("rings a page of members around their group and shrinks the group by the page", () => {
    const anchor = graph.getNodeAttributes("City|DE");
    const page = part(["fx-bremen", "fx-kiel"]);
    const added = mergeSubgraph(graph, page);
    placeGroupMembers(graph, "City|DE", added, page.nodes.length, true);

    const group = graph.getNodeAttributes("City|DE");
    expect(group.group).toEqual({ type: "City", country: "DE", actors: 12_345, shown: 2 });
    expect(group.label).toBe("City · DE (12,343 more)");
    expect(group.size).toBeCloseTo(4 + 5 * Math.log10(12_344));
    let [minX, maxX] = [Infinity, -Infinity];
    graph.forEachNode((_, a) => ([minX, maxX] = [Math.min(minX, a.x), Math.max(maxX, a.x)]));
    for (const id of added) {
      const member = graph.getNodeAttributes(id);
      const distance = Math.hypot(member.x - anchor.x, member.y - anchor.y);
      expect(distance).toBeGreaterThan(0);
      expect(distance).toBeLessThan(0.12 * (maxX - minX));
    }
  });

  it("counts actors the page held even when they were shown already, and drops the group after its last page", () => {
    mergeSubgraph(graph, part(["fx-kiel"]));
    const page = part(["fx-bremen", "fx-kiel"]);
    const added = mergeSubgraph(graph, page);
    expect(added).toEqual(["fx-bremen"]);
    placeGroupMembers(graph, "City|DE", added, page.nodes.length, true);
    expect(graph.getNodeAttribute("City|DE", "group")?.shown).toBe(2);

    placeGroupMembers(graph, "City|DE", [], 0, false);
    expect(graph.hasNode("City|DE")).toBe(false);
    expect(graph.hasEdge(`${GROUP_LINK}:Person|->City|DE`)).toBe(false);
    expect(graph.hasNode("fx-kiel")).toBe(true);
  });
});
