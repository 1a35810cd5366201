import { beforeAll, describe, expect, it } from "vitest";
import { readFixtureSubgraph } from "../../../../seed/fixtures/subgraph.ts";
import { createAtlasGraph, mergeSubgraph, type AtlasGraph } from "../../core/atlasGraph.ts";
import { getVisibility, NO_FILTERS } from "../../core/filters.ts";
import {
  edgeReducer,
  FADED_EDGE,
  FADED_NODE,
  FOCUS_EDGE,
  nodeReducer,
  PATH_COLOUR,
  type ReducerState,
} from "./reducers.ts";

const KIEL = "fx-kiel";
const KAMPFER = "fx-ulf-kampfer";
const INITIATIVE = "fx-solidarity-cities-initiative";
const MILAN = "fx-milan";

let graph: AtlasGraph;
let everything: ReducerState;
beforeAll(() => {
  graph = createAtlasGraph();
  mergeSubgraph(graph, readFixtureSubgraph("small"));
  const visibility = getVisibility(graph, NO_FILTERS, null);
  everything = { selected: null, hovered: null, path: null, visibility, framed: new Set() };
});

const node = (id: string, change: Partial<ReducerState> = {}) =>
  nodeReducer(graph, id, graph.getNodeAttributes(id), { ...everything, ...change });
const edge = (id: string, change: Partial<ReducerState> = {}) =>
  edgeReducer(graph, id, graph.getEdgeAttributes(id), { ...everything, ...change });
const edgeBetween = (source: string, target: string) => graph.edges(source, target)[0]!;

describe("nodeReducer", () => {
  it("draws the analysis styles over the graph's own size and colour, and fades them like any colour", () => {
    const appearance = new Map([[KIEL, { size: 14, color: "#21918c" }]]);
    expect(node(KIEL, { appearance })).toMatchObject({ size: 14, color: "#21918c" });
    expect(node(MILAN, { appearance })).toMatchObject({ size: graph.getNodeAttribute(MILAN, "size") });
    expect(node(KIEL, { appearance, selected: MILAN }).color).toBe(
      graph.areNeighbors(KIEL, MILAN) ? "#21918c" : FADED_NODE,
    );
  });

  it("hides actors the visibility leaves out and draws the others as the graph holds them", () => {
    const visibility = { nodes: new Set([KIEL]), edges: new Set<string>() };
    expect(node(MILAN, { visibility })).toMatchObject({ hidden: true });
    expect(node(KIEL, { visibility })).toMatchObject({ color: graph.getNodeAttribute(KIEL, "color"), zIndex: 1 });
    expect(node(KIEL, { visibility }).hidden).toBeUndefined();
  });

  it("fades and unlabels what is not around the focus; the focus stands out", () => {
    expect(node(MILAN, { selected: KIEL })).toMatchObject({ color: FADED_NODE, label: "", zIndex: 0 });
    expect(node(KAMPFER, { selected: KIEL })).toMatchObject({
      color: graph.getNodeAttribute(KAMPFER, "color"),
      zIndex: 1,
    });
    expect(node(KIEL, { selected: KIEL })).toMatchObject({ highlighted: true, forceLabel: true, zIndex: 2 });
  });

  it("takes the hovered actor as the focus over the selected one", () => {
    expect(node(MILAN, { selected: MILAN, hovered: KIEL })).toMatchObject({ highlighted: true, color: FADED_NODE });
    expect(node(KAMPFER, { selected: MILAN, hovered: KIEL }).color).toBe(graph.getNodeAttribute(KAMPFER, "color"));
  });

  it("never fades a path's actors, and labels them", () => {
    const path = { from: MILAN, to: KAMPFER, nodes: [MILAN, INITIATIVE, KIEL, KAMPFER], edges: [] };
    expect(node(MILAN, { selected: KAMPFER, path })).toMatchObject({
      color: graph.getNodeAttribute(MILAN, "color"),
      highlighted: true,
      forceLabel: true,
      zIndex: 2,
    });
  });

  it("labels a framed console result's actors", () => {
    expect(node(MILAN, { framed: new Set([MILAN]) }).forceLabel).toBe(true);
    expect(node(KIEL, { framed: new Set([MILAN]) }).forceLabel).toBeUndefined();
  });

  it("labels every actor of a small view, and the selection's neighbours in any view", () => {
    expect(node(MILAN, { labelAll: true }).forceLabel).toBe(true);
    expect(node(MILAN).forceLabel).toBeUndefined();
    expect(node(KAMPFER, { selected: KIEL }).forceLabel).toBe(true);
    expect(node(MILAN, { selected: KIEL, labelAll: true })).toMatchObject({ label: "" });
  });

  it("leaves the graph's own attributes untouched", () => {
    const before = graph.export();
    graph.forEachNode((id) => node(id, { selected: KIEL, framed: new Set([MILAN]) }));
    graph.forEachEdge((id) => edge(id, { selected: KIEL }));
    expect(graph.export()).toEqual(before);
  });
});

describe("several actors selected", () => {
  it("highlights each of them and keeps every one's neighbours and relationships in view", () => {
    const [kielOnly] = graph.neighbors(KIEL).filter((n) => n !== MILAN && !graph.areNeighbors(n, MILAN));
    const both = { selected: MILAN, alsoSelected: [KIEL] };
    expect(node(KIEL, both)).toMatchObject({ highlighted: true, zIndex: 2 });
    expect(node(kielOnly!, both).color).not.toBe(FADED_NODE);
    expect(node(kielOnly!, { selected: MILAN }).color).toBe(FADED_NODE);
    expect(edge(edgeBetween(KIEL, kielOnly!) ?? edgeBetween(kielOnly!, KIEL), both).color).toBe(FOCUS_EDGE);
  });
});

describe("edgeReducer", () => {
  it("hides relationships the visibility leaves out", () => {
    const mayor = edgeBetween(KAMPFER, KIEL);
    const visibility = { nodes: new Set([KIEL, KAMPFER]), edges: new Set<string>() };
    expect(edge(mayor, { visibility })).toMatchObject({ hidden: true });
    expect(edge(mayor)).toMatchObject({ color: graph.getEdgeAttribute(mayor, "color"), size: 1 });
  });

  it("darkens the focus's relationships and fades the others", () => {
    const mayor = edgeBetween(KAMPFER, KIEL);
    const milan = edgeBetween(MILAN, INITIATIVE);
    expect(edge(mayor, { hovered: KIEL })).toMatchObject({ color: FOCUS_EDGE, size: 1.5, zIndex: 1 });
    expect(edge(milan, { hovered: KIEL })).toMatchObject({ color: FADED_EDGE, size: 0.5, zIndex: 0 });
  });

  it("draws a path's relationships above everything, whatever the focus", () => {
    const milan = edgeBetween(MILAN, INITIATIVE);
    const path = { from: MILAN, to: INITIATIVE, nodes: [MILAN, INITIATIVE], edges: [milan] };
    expect(edge(milan, { selected: KIEL, path })).toMatchObject({ color: PATH_COLOUR, size: 3, zIndex: 2 });
  });
});
