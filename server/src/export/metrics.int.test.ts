/**
 * Metrics in a real export: the whole seed graph from Neo4j with metrics=…, unzipped, and its
 * reproduce.py run with Debian's networkx in the folder, as a reader of the ZIP would.
 */
import { METRIC_NAMES } from "@atlas/analysis";
import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";

/** What the API answers a refused request with. */
type Refusal = { error: { code: string; message: string } };
const ASKED = [
  "degree",
  "inDegree",
  "outDegree",
  "weightedDegree",
  "pagerank",
  "betweenness",
  "closeness",
  "community",
];
const workDir = mkdtempSync(path.join(os.tmpdir(), "atlas-metrics-export-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const exportUrl = (query: string) => `${inject("atlas").baseUrl}/api/export?${query}`;

describe("export with metrics", () => {
  it("writes them as attributes, records them in the manifest, and reproduce.py agrees", async () => {
    const response = await fetch(exportUrl(`all=1&metrics=${ASKED.join(",")}`));
    expect(
      response.status,
      await response
        .clone()
        .text()
        .then((t) => t.slice(0, 300)),
    ).toBe(200);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(workDir, name), bytes);
    expect(Object.keys(files)).toContain("reproduce.py");

    const manifest = JSON.parse(strFromU8(files["manifest.json"]!));
    expect(manifest.metrics.algorithms.map((a: { metric: string }) => a.metric)).toEqual(ASKED);
    const community = manifest.metrics.algorithms.find((a: { metric: string }) => a.metric === "community");
    expect(community.library).toEqual({ name: "graphology-communities-louvain", version: expect.any(String) });
    expect(community.modularity).toBeGreaterThan(0.3);
    expect(manifest.metrics.undirectedTypes).toContain("PARTNERS_WITH");

    const nodes = parse(strFromU8(files["nodes.csv"]!), { columns: true }) as Array<Record<string, string>>;
    expect(nodes).toHaveLength(manifest.counts.nodes);
    for (const row of nodes)
      for (const metric of ASKED) expect(Number.isFinite(Number(row[metric])), metric).toBe(true);

    const run = spawnSync("/usr/bin/python3", ["reproduce.py"], { cwd: workDir, encoding: "utf8" });
    expect(run.stdout + run.stderr).toContain("agreement: yes");
    expect(run.status).toBe(0);
  });

  it("refuses an unknown metric with a 400 naming it and listing the allowed ones", async () => {
    const response = await fetch(exportUrl("all=1&metrics=degree,eigenvector"));
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as Refusal;
    expect(error.message).toContain('metrics: unknown metric "eigenvector"');
    expect(error.message).toContain(`allowed: ${METRIC_NAMES.join(", ")}`);
    const posted = await fetch(`${inject("atlas").baseUrl}/api/export`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ all: true, formats: ["csv"], metrics: ["pagerank", "fame"] }),
    });
    expect(posted.status).toBe(400);
    expect(((await posted.json()) as Refusal).error.message).toContain('unknown metric "fame"');
  });
});
