/**
 * computeDatabaseMetrics on a graph handed over as the whole-graph query streams it (no Neo4j):
 * the compact path and graphology's agree with computeMetrics, each run names the library that
 * made it, and each path's caps are refused with their own message.
 */
import { computeMetrics, COMPACT_LIMITS, METRIC_LIMITS, MetricsError, toSimpleGraphs } from "@atlas/analysis";
import { isDirectedType } from "@atlas/model";
import { describe, expect, it } from "vitest";
import type { Executor, Row } from "../neo4j/executor.ts";
import { computeDatabaseMetrics } from "./computeDatabaseMetrics.ts";

type Rows = Array<{ id: string; links: Array<[string, string]> }>;

/** An executor that answers the two queries computeDatabaseMetrics runs. */
function executorOf(rows: Rows, stats = { actors: rows.length, relationships: 0 }): Executor {
  return {
    read: async (name: string) => {
      expect(name).toBe("overview/graph-stats");
      return [{ stats }];
    },
    stream: async (name: string, _params: unknown, onRow: (row: Row) => void) => {
      expect(name).toBe("analysis/whole-graph");
      for (const row of rows) onRow(row as unknown as Row);
      return rows.length;
    },
  } as unknown as Executor;
}

// A ring of 12 with chords, parallel and undirected relationships, a self-loop and an isolated actor;
// "late" is a target whose own row never came (created during the read).
const ROWS: Rows = Array.from({ length: 12 }, (_, i) => ({
  id: `a${i}`,
  links: [
    [`a${(i + 1) % 12}`, "FUNDS"],
    [`a${(i + 5) % 12}`, i % 3 === 0 ? "MET" : "SUPPORTS"],
    ...(i % 4 === 0 ? ([[`a${(i + 1) % 12}`, "FUNDS"]] as Array<[string, string]>) : []),
    ...(i === 2 ? ([[`a2`, "FUNDS"]] as Array<[string, string]>) : []),
    ...(i === 7 ? ([[`late`, "FUNDS"]] as Array<[string, string]>) : []),
  ],
}));
ROWS.push({ id: "lone", links: [] });

const expected = (names: string[]) => {
  const links = ROWS.flatMap(({ id, links }) =>
    links.filter(([target]) => target !== "late").map(([target, type]) => ({ source: id, target, type })),
  );
  return computeMetrics(
    toSimpleGraphs(
      ROWS.map((row) => row.id),
      links,
      isDirectedType,
    ),
    names,
  );
};

describe("computeDatabaseMetrics", () => {
  const NAMES = [
    "degree",
    "inDegree",
    "outDegree",
    "weightedDegree",
    "pagerank",
    "coreNumber",
    "betweenness",
    "closeness",
  ] as const;

  it("gives every metric as computeMetrics does on the same graph, leaving out targets never read", async () => {
    const result = await computeDatabaseMetrics(executorOf(ROWS), [...NAMES]);
    const { nodes, algorithms } = expected([...NAMES]);
    // In the order first seen, as a row or as a target.
    expect(result.ids.slice(0, 4)).toEqual(["a0", "a1", "a5", "a2"]);
    expect([...result.ids].sort()).toEqual(ROWS.map((row) => row.id).sort());
    expect(result.relationships).toBe(ROWS.reduce((sum, row) => sum + row.links.length, 0) - 1);
    for (const name of NAMES)
      result.ids.forEach((id, i) =>
        expect(result.values[name]![i], `${name} of ${id}`).toBeCloseTo(nodes[id]![name]!, 12),
      );
    expect(result.algorithms.map((a) => a.library.name)).toEqual([
      ...Array(6).fill("@atlas/analysis"),
      ...algorithms.slice(6).map((a) => a.library.name),
    ]);
    expect(result.top.pagerank![0]).toBe(result.values.pagerank!.indexOf(Math.max(...result.values.pagerank!)));
  });

  it("finds communities with their modularity, labels with no ranking", async () => {
    const result = await computeDatabaseMetrics(executorOf(ROWS), ["community"]);
    expect(result.algorithms[0]).toMatchObject({ metric: "community", library: { name: "@atlas/analysis" } });
    expect(result.algorithms[0]!.modularity).toBeGreaterThan(0);
    expect(result.top.community).toBeUndefined();
  });

  it("refuses a database above the compact limits before reading it", async () => {
    const stats = { actors: 1, relationships: COMPACT_LIMITS.maxRelationships + 1 };
    await expect(computeDatabaseMetrics(executorOf([], stats), ["pagerank"])).rejects.toThrow(MetricsError);
  });

  it("refuses betweenness above graphology's caps, with their message", async () => {
    const many: Rows = Array.from({ length: METRIC_LIMITS.maxNodes + 1 }, (_, i) => ({ id: `n${i}`, links: [] }));
    await expect(computeDatabaseMetrics(executorOf(many), ["degree", "betweenness"])).rejects.toThrow(
      `metrics are computed on at most ${METRIC_LIMITS.maxNodes} actors`,
    );
  });
});
