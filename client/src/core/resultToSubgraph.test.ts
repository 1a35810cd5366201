import { describe, expect, it } from "vitest";
import { fromCypherGraph, fromGraphqlResult } from "./resultToSubgraph.ts";

describe("fromCypherGraph", () => {
  it("keys actors by their id property and maps relationships onto them", () => {
    const subgraph = fromCypherGraph(
      [
        {
          elementId: "4:x:1",
          labels: ["Actor", "City"],
          properties: { id: "athens", name: "Athens", type: "City", lat: 37.9 },
        },
        { elementId: "4:x:2", labels: ["Actor", "CityNetwork"], properties: { id: "eurocities", name: "Eurocities" } },
      ],
      [
        {
          elementId: "5:x:9",
          type: "MEMBER_OF",
          startElementId: "4:x:1",
          endElementId: "4:x:2",
          properties: { id: "MEMBER_OF:athens:eurocities" },
        },
      ],
    );
    expect(subgraph.nodes.map((n) => [n.id, n.type])).toEqual([
      ["athens", "City"],
      ["eurocities", "CityNetwork"],
    ]);
    expect(subgraph.edges[0]).toMatchObject({
      id: "MEMBER_OF:athens:eurocities",
      source: "athens",
      target: "eurocities",
    });
  });
});

describe("fromGraphqlResult", () => {
  it("finds actors and edges anywhere in an answer", () => {
    const subgraph = fromGraphqlResult({
      neighbourhood: {
        nodes: [{ id: "kiel", name: "Kiel", type: "City" }],
        edges: [{ id: "e1", type: "PARTICIPATES_IN", source: "kiel", target: "solidarity-cities-initiative" }],
      },
      search: [{ id: "kiel", name: "Kiel", type: "City", memberOf: [{ id: "x", name: "X", type: "CityNetwork" }] }],
    });
    expect(subgraph.nodes.map((n) => n.id).sort()).toEqual(["kiel", "x"]);
    expect(subgraph.edges).toHaveLength(1);
  });
});

describe("fields a result leaves out", () => {
  it("stay out of the subgraph, so that merging keeps what the explorer knows", () => {
    const graphql = fromGraphqlResult({
      search: [
        { id: "kiel", name: "Kiel", type: "City" },
        { id: "nowhere", name: "Nowhere", type: "City", country: null, lat: null },
      ],
    });
    expect(graphql.nodes).toEqual([
      { id: "kiel", name: "Kiel", type: "City" },
      { id: "nowhere", name: "Nowhere", type: "City", country: null, lat: null },
    ]);
    const cypher = fromCypherGraph(
      [{ elementId: "4:x:1", labels: ["Actor", "City"], properties: { id: "kiel", name: "Kiel", country: "DE" } }],
      [],
    );
    expect(cypher.nodes).toEqual([{ id: "kiel", name: "Kiel", type: "City", country: "DE" }]);
  });
});
