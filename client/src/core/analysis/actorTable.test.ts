import { METRIC_NAMES } from "@atlas/analysis";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { readFixtureSubgraph } from "../../../../seed/fixtures/subgraph.ts";
import { createAtlasGraph, mergeSubgraph } from "../atlasGraph.ts";
import { filterRows, sortRows, toResultCsv } from "../resultTable.ts";
import { ACTOR_COLUMNS, formatValue, getActorRows, getRowId } from "./actorTable.ts";
import { createMetricLookup, getMetricsInput } from "./metricsInput.ts";
import { runMetrics } from "./runMetrics.ts";

const graph = createAtlasGraph();
mergeSubgraph(graph, readFixtureSubgraph("small"));
const ids = graph.nodes();
const metricOf = createMetricLookup(runMetrics(getMetricsInput(graph, ids, graph.edges())));
const rows = getActorRows(ids, (id) => graph.getNodeAttributes(id), metricOf);
const column = (name: string) => ACTOR_COLUMNS.indexOf(name);

describe("getActorRows", () => {
  it("gives each actor its properties and every metric, in the columns' order", () => {
    expect(ACTOR_COLUMNS.slice(3, 3 + METRIC_NAMES.length)).toEqual([...METRIC_NAMES]);
    const kiel = rows.find((row) => getRowId(row) === "fx-kiel")!;
    expect(kiel).toHaveLength(ACTOR_COLUMNS.length);
    expect(kiel.slice(0, 3)).toEqual(["Kiel", "City", "DE"]);
    expect(kiel.slice(-4)).toEqual([null, null, "002_7b751642ae57aecf.txt", "fx-kiel"]);
    expect(kiel[column("pagerank")]).toBe(metricOf("pagerank", "fx-kiel"));
  });

  it("sorts by PageRank as numbers and filters by any column's text", () => {
    const sorted = sortRows(rows, { column: column("pagerank"), direction: "desc" });
    const ranks = sorted.map((row) => row[column("pagerank")] as number);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(filterRows(rows, { [column("name")]: "kiel" }).map(getRowId)).toEqual(["fx-kiel"]);
  });

  it("downloads as a CSV that a strict reader reads back with every digit", () => {
    const records = parse(toResultCsv([...ACTOR_COLUMNS], rows), { columns: true, relax_quotes: false }) as Array<
      Record<string, string>
    >;
    expect(records).toHaveLength(ids.length);
    const kiel = records.find((r) => r.id === "fx-kiel")!;
    expect(Number(kiel.pagerank)).toBe(metricOf("pagerank", "fx-kiel"));
  });

  it("shows counts as integers and scores to four significant digits", () => {
    expect(formatValue(12)).toBe("12");
    expect(formatValue(0.0123456)).toBe("0.01235");
    expect(formatValue(null)).toBe("");
    expect(formatValue("DE")).toBe("DE");
  });
});
