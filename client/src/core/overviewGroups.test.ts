import { ACTOR_TYPE_COLOURS } from "@atlas/model";
import { beforeEach, describe, expect, it } from "vitest";
import { readFixtureSubgraph } from "../../../seed/fixtures/subgraph.ts";
import type { OverviewDto, SubgraphDto } from "../api/types.ts";
import { createAtlasGraph, mergeSubgraph, type AtlasGraph } from "./atlasGraph.ts";
import { getVisibility, NO_COUNTRY, NO_FILTERS } from "./filters.ts";
import { GROUP_LINK, groupLabel, isGroupNode, mergeOverview, placeGroupMembers } from "./overviewGroups.ts";

const small = readFixtureSubgraph("small");

/** Only the given actors of the small fixture and the relationships among them. */
function part(ids: string[]): SubgraphDto {
  const keep = new Set(ids);
  return {
    nodes: small.nodes.filter((n) => keep.has(n.id)),
    edges: small.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
  };
}

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
