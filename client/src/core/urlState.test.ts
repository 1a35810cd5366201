import { describe, expect, it } from "vitest";
import { DEFAULT_URL_STATE, fromSearchParams, toSearchParams, type UrlState } from "./urlState.ts";

describe("URL state", () => {
  it("round-trips every part of the view", () => {
    const state: UrlState = {
      subset: ["athens", "eurocities", "thessaloniki"],
      filters: {
        types: ["City", "CityNetwork"],
        relTypes: ["MEMBER_OF"],
        sources: ["002_7b751642ae57aecf.txt"],
        countries: ["GR", "DE"],
        statuses: ["actual", "planned"],
        years: [2015, 2019],
        includeUndated: false,
      },
      selected: "athens",
      path: ["bremen", "unhcr"],
      pathVia: ["solidarity-cities", "european-union"],
      layout: "geo",
      camera: { x: 0.5123, y: 0.4, ratio: 0.75 },
      groups: [
        ["City|DE", 2],
        ["Person|", 1],
      ],
      overviewAbove: 100,
      console: null,
      revealed: ["eurocities", "unhcr"],
      sizeBy: "pagerank",
      colourBy: "community",
      table: true,
      topology: { ego: 1, core: 2, largest: true, hideIsolates: true },
      alsoSelected: ["bremen"],
      projection: { type: "City", via: ["CityNetwork"], minShared: 2, relationshipTypes: null },
      upClose: { pins: { bremen: { x: -12.5, y: 40 } }, labelDensity: 0.5 },
    };
    expect(fromSearchParams(toSearchParams(state))).toEqual(state);
  });

  it("reads a path as its two ends and, for a chosen path, the actors between (at most 6 steps)", () => {
    expect(fromSearchParams("path=bremen,unhcr")).toMatchObject({ path: ["bremen", "unhcr"], pathVia: null });
    expect(fromSearchParams("path=bremen,solidarity-cities,unhcr")).toMatchObject({
      path: ["bremen", "unhcr"],
      pathVia: ["solidarity-cities"],
    });
    expect(fromSearchParams("path=a,b,c,d,e,f,g,h")).toMatchObject({ path: null, pathVia: null });
    expect(fromSearchParams("path=bremen")).toMatchObject({ path: null, pathVia: null });
  });

  it("leaves the URL empty for the default view", () => {
    expect(toSearchParams(DEFAULT_URL_STATE)).toBe("");
    expect(fromSearchParams("")).toEqual(DEFAULT_URL_STATE);
  });

  it("drops damaged parameters and keeps the rest", () => {
    const state = fromSearchParams("sel=<script>&years=20-x&cam=1,2&layout=3d&types=City&nodes=a,B%20C");
    expect(state.selected).toBeNull();
    expect(state.filters.years).toBeNull();
    expect(state.camera).toBeNull();
    expect(state.layout).toBe("force");
    expect(state.subset).toBeNull();
    expect(state.filters.types).toEqual(["City"]);
    expect(fromSearchParams("groups=City|DE~0&overviewAbove=-3")).toMatchObject({ groups: null, overviewAbove: null });
    expect(fromSearchParams("groups=City|DE~2,x").groups).toBeNull();
  });

  it("keeps an empty filter (nothing allowed) distinct from no filter", () => {
    expect(fromSearchParams("types=").filters.types).toEqual([]);
    expect(fromSearchParams("").filters.types).toBeNull();
  });

  it("round-trips a console opened on a query with its parameters", () => {
    const query = "MATCH (c:City {name: $name})\n  -[:MEMBER_OF]->(n)\nRETURN c, n // 50% & more";
    const link = { kind: "cypher" as const, query, params: '{"name": "Athens"}', example: null };
    const search = toSearchParams({ ...DEFAULT_URL_STATE, console: link });
    expect(search).toMatch(/^console=cypher&q=/);
    expect(fromSearchParams(search).console).toEqual(link);
  });

  it("opens a worked example or GraphiQL by link", () => {
    expect(fromSearchParams("console=cypher&example=who-funds-whom").console).toEqual({
      kind: "cypher",
      query: null,
      params: null,
      example: "who-funds-whom",
    });
    expect(fromSearchParams("console=graphql&q=%7B%20actors%20%7B%20id%20%7D%20%7D").console).toMatchObject({
      kind: "graphql",
      query: "{ actors { id } }",
    });
  });

  it("drops a damaged console link instead of failing", () => {
    expect(fromSearchParams("console=sql&q=x").console).toBeNull();
    expect(fromSearchParams(`console=cypher&example=../x&q=${"a".repeat(10_001)}`).console).toEqual({
      kind: "cypher",
      query: null,
      params: null,
      example: null,
    });
  });

  it("keeps the analysis keys it knows and drops the others", () => {
    expect(fromSearchParams("size=betweenness&colour=country&table=1")).toMatchObject({
      sizeBy: "betweenness",
      colourBy: "country",
      table: true,
    });
    // Communities are labels: they colour, they do not size.
    expect(fromSearchParams("size=community&colour=salary&table=yes")).toMatchObject({
      sizeBy: null,
      colourBy: null,
      table: false,
    });
    expect(toSearchParams({ ...DEFAULT_URL_STATE, colourBy: "type" })).toBe("");
  });
});
