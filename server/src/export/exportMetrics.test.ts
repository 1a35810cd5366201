/**
 * Metrics in exports without Neo4j: on the writers' fixture (it has an undirected type), every
 * format reads back the value computeMetrics gave, and reproduce.py agrees from the GraphML.
 */
import { computeMetrics, toSimpleGraphs } from "@atlas/analysis";
import { isDirectedType } from "@atlas/model";
import { parse } from "csv-parse/sync";
import Graph from "graphology";
import gexf from "graphology-gexf";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { assignExportMetrics, getReproduceScript } from "./exportMetrics.ts";
import { ExportError } from "./ExportError.ts";
import { loadFixtureGraph } from "./loadFixtureGraph.ts";
import { writeCsv } from "./writeCsv.ts";
import { writeGexf } from "./writeGexf.ts";
import { writeGraphml } from "./writeGraphml.ts";
import { writeGraphologyJson } from "./writeJson.ts";

const NAMES = ["degree", "inDegree", "pagerank", "betweenness", "closeness", "community"] as const;
const { graph } = loadFixtureGraph();
const expected = computeMetrics(
  toSimpleGraphs(
    graph.nodes(),
    graph.mapEdges((_e, a, source, target) => ({ source, target, type: a.type })),
    isDirectedType,
  ),
  NAMES,
).nodes;
const manifest = assignExportMetrics(graph, [...NAMES]);
const workDir = mkdtempSync(path.join(os.tmpdir(), "atlas-metrics-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function expectValues(read: (node: string, metric: string) => unknown) {
  for (const node of graph.nodes())
    for (const metric of NAMES)
      expect(Number(read(node, metric)), `${metric} of ${node}`).toBeCloseTo(expected[node]![metric]!, 12);
}

describe("metrics in exports", () => {
  it("records the undirected types and every algorithm", () => {
    expect(manifest.undirectedTypes.every((type) => !isDirectedType(type))).toBe(true);
    expect(manifest.undirectedTypes.length).toBeGreaterThan(0);
    expect(manifest.algorithms.map((a) => a.metric)).toEqual(NAMES);
  });

  it("writes each metric as an attribute of its name in GraphML, GEXF, CSV and JSON", () => {
    const json = Graph.from(JSON.parse(writeGraphologyJson(graph)));
    expectValues((node, metric) => json.getNodeAttribute(node, "properties")[metric]);
    const fromGexf = gexf.parse(Graph, writeGexf(graph));
    expectValues((node, metric) => fromGexf.getNodeAttribute(node, metric));
    const rows = parse(writeCsv(graph).nodes, { columns: true }) as Array<Record<string, string>>;
    expectValues((node, metric) => rows.find((row) => row.id === node)![metric]);
    const graphml = writeGraphml(graph);
    for (const metric of NAMES) expect(graphml).toContain(`attr.name="${metric}"`);
  });

  it("reproduce.py recomputes them from the GraphML with networkx and agrees", () => {
    writeFileSync(path.join(workDir, "graph.graphml"), writeGraphml(graph));
    writeFileSync(path.join(workDir, "manifest.json"), JSON.stringify({ metrics: manifest }));
    writeFileSync(path.join(workDir, "reproduce.py"), getReproduceScript().content);
    const run = spawnSync("/usr/bin/python3", ["reproduce.py"], { cwd: workDir, encoding: "utf8" });
    expect(run.stdout + run.stderr).toContain("agreement: yes");
    expect(run.status).toBe(0);
    for (const metric of NAMES) expect(run.stdout).toContain(`${metric}: `);
  });

  it("refuses a metric whose name an actor property already holds", () => {
    const again = loadFixtureGraph().graph;
    const node = again.nodes()[0]!;
    again.setNodeAttribute(node, "properties", { ...again.getNodeAttribute(node, "properties"), degree: 3 });
    expect(() => assignExportMetrics(again, ["degree"])).toThrow(ExportError);
    expect(() => assignExportMetrics(again, ["degree"])).toThrow(`actor "${node}" already has a property "degree"`);
  });
});
