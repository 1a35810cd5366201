import { describe, expect, it } from "vitest";
import { createAtlasGraph, mergeSubgraph } from "../atlasGraph.ts";
import { countInheritedCountries, toCountryText } from "./inheritedCountries.ts";

describe("inherited countries", () => {
  it("says when a country was inherited from the actor's one place", () => {
    expect(toCountryText({ country: "DE", countrySource: "inherited" })).toBe("DE (inherited)");
    expect(toCountryText({ country: "DE", countrySource: null })).toBe("DE");
    expect(toCountryText({ country: null, countrySource: null })).toBeNull();
  });

  it("counts, per country, the actors that inherited it", () => {
    const graph = createAtlasGraph();
    mergeSubgraph(graph, {
      nodes: [
        { id: "bremen", type: "City", name: "Bremen", country: "DE" },
        { id: "mayor", type: "Person", name: "Mayor", country: "DE", countrySource: "inherited" },
        { id: "office", type: "Organisation", name: "Office", country: "DE", countrySource: "inherited" },
        { id: "ngo", type: "Organisation", name: "NGO", country: "IT", countrySource: "inherited" },
        { id: "unhcr", type: "Organisation", name: "UNHCR" },
      ],
      edges: [],
    });
    expect(countInheritedCountries(graph)).toEqual(
      new Map([
        ["DE", 2],
        ["IT", 1],
      ]),
    );
  });
});
