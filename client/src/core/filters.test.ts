import { beforeAll, describe, expect, it } from "vitest";
import { readFixtureSubgraph } from "../../../seed/fixtures/subgraph.ts";
import { createAtlasGraph, mergeSubgraph, type AtlasGraph } from "./atlasGraph.ts";
import {
  getFacetCounts,
  getVisibility,
  isEdgeAllowed,
  isNodeAllowed,
  ACTUAL_STATUS,
  NO_COUNTRY,
  NO_FILTERS,
  type Filters,
} from "./filters.ts";

/** seed/fixtures/small: ten actors, seventeen relationships, three of them dated (2014, 2016, 2018). */
const DOC = "002_7b751642ae57aecf.txt";
const FOUNDED = "FOUNDED:fx-athens:fx-solidarity-cities-initiative:2016";
const PARTNERS = "PARTNERS_WITH:fx-athens:fx-amsterdam:2014";
const VISITED_2018 = "VISITED:fx-eurocities:fx-milan:2018";

let graph: AtlasGraph;
const filters = (change: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...change });
const sorted = (set: Set<string>) => [...set].sort();

beforeAll(() => {
  graph = createAtlasGraph();
  mergeSubgraph(graph, readFixtureSubgraph("small"));
});

describe("getVisibility", () => {
  it("shows every actor and relationship without filters", () => {
    const { nodes, edges } = getVisibility(graph, NO_FILTERS, null);
    expect(nodes.size).toBe(10);
    expect(edges.size).toBe(17);
  });

  it("hides relationships of other types but keeps every actor (also those left without an edge)", () => {
    const { nodes, edges } = getVisibility(graph, filters({ relTypes: ["MAYOR_OF"] }), null);
    expect(sorted(edges)).toEqual([
      "MAYOR_OF:fx-carsten-sieling:fx-bremen:mayor",
      "MAYOR_OF:fx-ulf-kampfer:fx-kiel:mayor",
    ]);
    expect(nodes.size).toBe(10);
    expect(nodes.has("fx-milan")).toBe(true);
  });

  it("keeps an empty list (nothing allowed) distinct from no filter", () => {
    expect(getVisibility(graph, filters({ relTypes: [] }), null)).toMatchObject({ edges: new Set() });
    expect(getVisibility(graph, filters({ relTypes: [] }), null).nodes.size).toBe(10);
    expect(getVisibility(graph, filters({ types: [] }), null)).toEqual({ nodes: new Set(), edges: new Set() });
  });

  it("hides actors of other types and every relationship that touches them", () => {
    const { nodes, edges } = getVisibility(graph, filters({ types: ["City", "Person"] }), null);
    expect(nodes.size).toBe(8);
    expect(nodes.has("fx-eurocities")).toBe(false);
    expect(nodes.has("fx-solidarity-cities-initiative")).toBe(false);
    expect(sorted(edges)).toEqual([
      "MAYOR_OF:fx-carsten-sieling:fx-bremen:mayor",
      "MAYOR_OF:fx-ulf-kampfer:fx-kiel:mayor",
      PARTNERS,
      "SUPPORTS:fx-amsterdam:fx-thessaloniki",
      "VISITED:fx-amsterdam:fx-thessaloniki",
    ]);
  });

  it("filters by country, stated or inherited, with actors that have none under NO_COUNTRY", () => {
    const germany = getVisibility(graph, filters({ countries: ["DE"] }), null);
    // The mayors inherit Germany from the one city each is mayor of (docs/data-model.md).
    expect(sorted(germany.nodes)).toEqual(["fx-bremen", "fx-carsten-sieling", "fx-kiel", "fx-ulf-kampfer"]);
    expect(sorted(germany.edges)).toEqual([
      "MAYOR_OF:fx-carsten-sieling:fx-bremen:mayor",
      "MAYOR_OF:fx-ulf-kampfer:fx-kiel:mayor",
    ]);

    const withNone = getVisibility(graph, filters({ countries: ["DE", NO_COUNTRY] }), null);
    expect(sorted(withNone.nodes)).toEqual([
      "fx-bremen",
      "fx-carsten-sieling",
      "fx-eurocities",
      "fx-kiel",
      "fx-solidarity-cities-initiative",
      "fx-ulf-kampfer",
    ]);
    expect(sorted(withNone.edges)).toEqual([
      "COORDINATES:fx-eurocities:fx-solidarity-cities-initiative",
      "MAYOR_OF:fx-carsten-sieling:fx-bremen:mayor",
      "MAYOR_OF:fx-ulf-kampfer:fx-kiel:mayor",
      "PARTICIPATES_IN:fx-bremen:fx-solidarity-cities-initiative",
      "PARTICIPATES_IN:fx-kiel:fx-solidarity-cities-initiative",
    ]);
  });

  it("with a year range and undated off: only relationships in the range and the actors they join", () => {
    const { nodes, edges } = getVisibility(graph, filters({ years: [2015, 2017], includeUndated: false }), null);
    expect(sorted(edges)).toEqual([FOUNDED]);
    expect(sorted(nodes)).toEqual(["fx-athens", "fx-solidarity-cities-initiative"]);
  });

  it("counts both ends of the year range as inside it", () => {
    const only2014 = getVisibility(graph, filters({ years: [2014, 2014], includeUndated: false }), null);
    expect(sorted(only2014.edges)).toEqual([PARTNERS]);
    const upTo2016 = getVisibility(graph, filters({ years: [2010, 2016], includeUndated: false }), null);
    expect(sorted(upTo2016.edges)).toEqual([FOUNDED, PARTNERS]);
    const from2018 = getVisibility(graph, filters({ years: [2018, 2030], includeUndated: false }), null);
    expect(sorted(from2018.edges)).toEqual([VISITED_2018]);
    expect(sorted(from2018.nodes)).toEqual(["fx-eurocities", "fx-milan"]);
  });

  it("with a year range and undated on: undated relationships stay, dated ones outside go", () => {
    const { nodes, edges } = getVisibility(graph, filters({ years: [2015, 2017], includeUndated: true }), null);
    expect(edges.size).toBe(15);
    expect(edges.has(FOUNDED)).toBe(true);
    expect(edges.has(PARTNERS)).toBe(false);
    expect(edges.has(VISITED_2018)).toBe(false);
    // Every fixture actor has at least one undated relationship.
    expect(nodes.size).toBe(10);
  });

  it("ignores includeUndated when there is no year range", () => {
    expect(getVisibility(graph, filters({ includeUndated: false }), null).edges.size).toBe(17);
  });

  it("keeps only the subset's actors and the relationships among them", () => {
    const subset = new Set(["fx-athens", "fx-amsterdam", "fx-eurocities", "not-in-the-graph"]);
    const { nodes, edges } = getVisibility(graph, NO_FILTERS, subset);
    expect(sorted(nodes)).toEqual(["fx-amsterdam", "fx-athens", "fx-eurocities"]);
    expect(sorted(edges)).toEqual([
      "MEMBER_OF:fx-amsterdam:fx-eurocities",
      "MEMBER_OF:fx-athens:fx-eurocities",
      PARTNERS,
    ]);

    const dated = getVisibility(graph, filters({ years: [2000, 2030], includeUndated: false }), subset);
    expect(sorted(dated.edges)).toEqual([PARTNERS]);
    expect(sorted(dated.nodes)).toEqual(["fx-amsterdam", "fx-athens"]);
  });

  it("filters by source on both actors and relationships", () => {
    expect(getVisibility(graph, filters({ sources: [DOC] }), null).edges.size).toBe(17);
    expect(getVisibility(graph, filters({ sources: ["other.txt"] }), null)).toEqual({
      nodes: new Set(),
      edges: new Set(),
    });
  });

  it("changes nothing in the graph", () => {
    const before = graph.export();
    getVisibility(graph, filters({ types: ["City"], years: [2015, 2017], includeUndated: false }), new Set(["x"]));
    expect(graph.export()).toEqual(before);
  });
});

describe("isEdgeAllowed", () => {
  const founded = () => graph.getEdgeAttributes(FOUNDED);

  it("counts a relationship that began before the range and lasted into it", () => {
    const lasting = { ...founded(), year: 2010, until: 2016 };
    expect(isEdgeAllowed(lasting, filters({ years: [2015, 2020] }))).toBe(true);
    expect(isEdgeAllowed(lasting, filters({ years: [2016, 2020] }))).toBe(true);
    expect(isEdgeAllowed(lasting, filters({ years: [2017, 2020] }))).toBe(false);
    expect(isEdgeAllowed(lasting, filters({ years: [2000, 2009] }))).toBe(false);
  });

  it("decides an undated relationship by includeUndated alone, also with an until", () => {
    const undated = { ...founded(), year: null, until: 2016 };
    expect(isEdgeAllowed(undated, filters({ years: [2000, 2001], includeUndated: true }))).toBe(true);
    expect(isEdgeAllowed(undated, filters({ years: [2016, 2016], includeUndated: false }))).toBe(false);
  });

  it("filters by status, a relationship without one counting as actual", () => {
    const planned = { ...founded(), status: "planned" };
    expect(isEdgeAllowed(founded(), filters({ statuses: [ACTUAL_STATUS] }))).toBe(true);
    expect(isEdgeAllowed(planned, filters({ statuses: [ACTUAL_STATUS] }))).toBe(false);
    expect(isEdgeAllowed(planned, filters({ statuses: ["planned", "proposed"] }))).toBe(true);
  });

  it("keeps a relationship cited by any of the allowed sources", () => {
    const twoSources = { ...founded(), sources: ["a.txt", "b.txt"] };
    expect(isEdgeAllowed(twoSources, filters({ sources: ["b.txt"] }))).toBe(true);
    expect(isEdgeAllowed(twoSources, filters({ sources: ["c.txt"] }))).toBe(false);
    expect(isEdgeAllowed(twoSources, filters({ sources: [] }))).toBe(false);
  });
});

describe("isNodeAllowed", () => {
  it("needs every facet to pass", () => {
    const kiel = graph.getNodeAttributes("fx-kiel");
    expect(isNodeAllowed(kiel, filters({ types: ["City"], countries: ["DE"], sources: [DOC] }))).toBe(true);
    expect(isNodeAllowed(kiel, filters({ types: ["City"], countries: ["GR"] }))).toBe(false);
    expect(isNodeAllowed(kiel, filters({ types: ["Person"], countries: ["DE"] }))).toBe(false);
    expect(isNodeAllowed(graph.getNodeAttributes("fx-eurocities"), filters({ countries: [NO_COUNTRY] }))).toBe(true);
  });
});

describe("getFacetCounts", () => {
  it("counts shown and total per actor type, country and relationship type", () => {
    const visibility = getVisibility(graph, filters({ countries: ["DE", NO_COUNTRY] }), null);
    const counts = getFacetCounts(graph, visibility);
    expect(Object.fromEntries(counts.types)).toEqual({
      City: [2, 6],
      CityNetwork: [1, 1],
      Person: [2, 2],
      Project: [1, 1],
    });
    expect(Object.fromEntries(counts.countries)).toEqual({
      DE: [4, 4],
      GR: [0, 2],
      IT: [0, 1],
      NL: [0, 1],
      [NO_COUNTRY]: [2, 2],
    });
    expect(Object.fromEntries(counts.relTypes)).toEqual({
      COORDINATES: [1, 1],
      FOUNDED: [0, 1],
      MAYOR_OF: [2, 2],
      MEMBER_OF: [0, 2],
      PARTICIPATES_IN: [2, 5],
      PARTNERS_WITH: [0, 1],
      SUPPORTS: [0, 3],
      VISITED: [0, 2],
    });
    // The fixture states every relationship as fact.
    expect(Object.fromEntries(counts.statuses)).toEqual({ [ACTUAL_STATUS]: [5, 17] });
    // The two MAYOR_OF relationships cite the document; nothing else of the document's is shown.
    expect(
      getFacetCounts(graph, getVisibility(graph, filters({ relTypes: ["MAYOR_OF"] }), null)).sources.get(DOC),
    ).toEqual([2, 17]);
  });

  it("counts a relationship once per source, however many of its evidence items cite it", () => {
    // The fixture's relationships cite the one document 21 times in all (one entry per item).
    expect(graph.reduceEdges((sum, _, a) => sum + a.sources.length, 0)).toBe(21);
    expect(getFacetCounts(graph, getVisibility(graph, NO_FILTERS, null)).sources.get(DOC)).toEqual([17, 17]);
  });

  it("gives the years the dated relationships span, whatever is shown, with until extending the end", () => {
    const none = { nodes: new Set<string>(), edges: new Set<string>() };
    expect(getFacetCounts(graph, none).years).toEqual({ min: 2014, max: 2018 });

    const lasting = graph.copy();
    lasting.setEdgeAttribute(PARTNERS, "until", 2022);
    expect(getFacetCounts(lasting, none).years).toEqual({ min: 2014, max: 2022 });

    const undated = graph.copy();
    undated.forEachEdge((edge) => undated.setEdgeAttribute(edge, "year", null));
    expect(getFacetCounts(undated, none).years).toBeNull();
  });
});
