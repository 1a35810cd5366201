import { beforeAll, describe, expect, it } from "vitest";
import { readFixtureSubgraph } from "../../../../seed/fixtures/subgraph.ts";
import { createAtlasGraph, mergeSubgraph, type AtlasGraph } from "../atlasGraph.ts";
import { getVisibility, NO_FILTERS } from "../filters.ts";
import { getNextWalkIndex, getWalkOrder, isWalkKey } from "./keyboardWalk.ts";

let graph: AtlasGraph;
beforeAll(() => {
  graph = createAtlasGraph();
  mergeSubgraph(graph, readFixtureSubgraph("small"));
});

const labels = (ids: string[]) => ids.map((id) => graph.getNodeAttribute(id, "label"));

describe("getWalkOrder", () => {
  it("goes through the selected actor's shown neighbours once each, by name", () => {
    const all = getVisibility(graph, NO_FILTERS, null);
    const centre = "fx-athens";
    const order = getWalkOrder(graph, all, centre);
    expect(new Set(order)).toEqual(new Set(graph.neighbors(centre)));
    expect(order.length).toBe(new Set(order).size);
    expect(labels(order)).toEqual([...labels(order)].sort((a, b) => a.localeCompare(b)));
  });

  it("leaves out neighbours whose relationships are hidden", () => {
    const none = getVisibility(graph, { ...NO_FILTERS, relTypes: [] }, null);
    expect(getWalkOrder(graph, none, "fx-athens")).toEqual([]);
  });

  it("goes through every shown actor when nothing (or a hidden actor) is selected", () => {
    const all = getVisibility(graph, NO_FILTERS, null);
    expect(new Set(getWalkOrder(graph, all, null))).toEqual(all.nodes);
    const onlyCities = getVisibility(graph, { ...NO_FILTERS, types: ["City"] }, null);
    expect(new Set(getWalkOrder(graph, onlyCities, "fx-eurocities"))).toEqual(onlyCities.nodes);
  });
});

describe("getNextWalkIndex", () => {
  it("starts at either end, wraps round, and jumps with Home and End", () => {
    expect(getNextWalkIndex(null, 3, "ArrowRight")).toBe(0);
    expect(getNextWalkIndex(null, 3, "ArrowUp")).toBe(2);
    expect(getNextWalkIndex(2, 3, "ArrowDown")).toBe(0);
    expect(getNextWalkIndex(0, 3, "ArrowLeft")).toBe(2);
    expect(getNextWalkIndex(1, 3, "End")).toBe(2);
    expect(getNextWalkIndex(1, 3, "Home")).toBe(0);
    expect(getNextWalkIndex(null, 0, "ArrowRight")).toBeNull();
  });

  it("names a key that does not walk", () => {
    expect(isWalkKey("Enter")).toBe(false);
    expect(() => getNextWalkIndex(0, 3, "Enter")).toThrow(/getNextWalkIndex: "Enter"/);
  });
});
