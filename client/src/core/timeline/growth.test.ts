import { beforeAll, describe, expect, it } from "vitest";
import { readFixtureSubgraph } from "../../../../seed/fixtures/subgraph.ts";
import { createAtlasGraph, mergeSubgraph, type AtlasGraph } from "../atlasGraph.ts";
import { getFacetCounts, getVisibility, isEdgeAllowed, NO_FILTERS } from "../filters.ts";
import { getGrowth, getNextPlayRange } from "./growth.ts";
import { getTimelineYear } from "./timelineYear.ts";

/** seed/fixtures/small with a reported year on each relationship: 2015 for the first half, 2019 after. */
let graph: AtlasGraph;
const REPORTED_EARLY = 2015;
const REPORTED_LATE = 2019;

beforeAll(() => {
  graph = createAtlasGraph();
  mergeSubgraph(graph, readFixtureSubgraph("small"));
  graph.edges().forEach((edge, index) => {
    graph.setEdgeAttribute(edge, "reportedYear", index < 9 ? REPORTED_EARLY : REPORTED_LATE);
  });
});

describe("getTimelineYear", () => {
  it("takes the year it started, else the year it was reported, else none", () => {
    expect(getTimelineYear({ year: 2016, reportedYear: 2019 })).toBe(2016);
    expect(getTimelineYear({ year: null, reportedYear: 2019 })).toBe(2019);
    expect(getTimelineYear({ year: null })).toBeNull();
  });
});

describe("the year filter with reported years", () => {
  it("places a relationship without a start at its reported year", () => {
    const reported = { ...graph.getEdgeAttributes(graph.edges()[0]!), year: null, until: null, reportedYear: 2019 };
    const range = (from: number, to: number) => ({
      ...NO_FILTERS,
      years: [from, to] as [number, number],
      includeUndated: false,
    });
    expect(isEdgeAllowed(reported, range(2010, 2019))).toBe(true);
    expect(isEdgeAllowed(reported, range(2010, 2018))).toBe(false);
  });

  it("keeps every relationship in the full range, undated ones excluded or not", () => {
    const counts = getFacetCounts(graph, getVisibility(graph, NO_FILTERS, null));
    expect(counts.years).not.toBeNull();
    const { min, max } = counts.years!;
    const full = getVisibility(graph, { ...NO_FILTERS, years: [min, max], includeUndated: false }, null);
    expect(full.edges.size).toBe(graph.size);
  });
});

describe("getGrowth", () => {
  it("counts what each range [from, year] shows, growing year by year up to the whole network", () => {
    const { min, max } = getFacetCounts(graph, getVisibility(graph, NO_FILTERS, null)).years!;
    const growth = getGrowth(graph, NO_FILTERS, null, [min, max]);
    expect(growth.map((p) => p.year)).toEqual(Array.from({ length: max - min + 1 }, (_, i) => min + i));
    for (const point of growth) {
      const shown = getVisibility(graph, { ...NO_FILTERS, years: [min, point.year] }, null);
      expect(point).toEqual({ year: point.year, actors: shown.nodes.size, relationships: shown.edges.size });
    }
    expect(growth.at(-1)!.relationships).toBe(graph.size);
    for (let i = 1; i < growth.length; i += 1) {
      expect(growth[i]!.relationships).toBeGreaterThanOrEqual(growth[i - 1]!.relationships);
    }
  });

  it("refuses a range that is not an ordered pair of whole years", () => {
    expect(() => getGrowth(graph, NO_FILTERS, null, [2020, 2010])).toThrow(/getGrowth: the year range 2020-2010/);
  });
});

describe("getNextPlayRange", () => {
  const bounds = { min: 2014, max: 2017 };

  it("starts from the first year alone, then adds one year per step", () => {
    expect(getNextPlayRange(null, bounds)).toEqual([2014, 2014]);
    expect(getNextPlayRange([2014, 2014], bounds)).toEqual([2014, 2015]);
    expect(getNextPlayRange([2015, 2016], bounds)).toEqual([2015, 2017]);
  });

  it("starts afresh from a range that already reaches the last year; nothing to play in a single year", () => {
    expect(getNextPlayRange([2014, 2017], bounds)).toEqual([2014, 2014]);
    expect(getNextPlayRange(null, { min: 2014, max: 2014 })).toBeNull();
  });
});
