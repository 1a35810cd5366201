/**
 * The Cypher script replayed into a second, empty Neo4j of its own recreates the export: every
 * actor with its labels and properties, every relationship with its type, ends, year and quotes.
 * The fixture holds what breaks naive scripts: line breaks, quotes, Greek and Romanian letters.
 */
import { freePort, startLocalNeo4j, type LocalNeo4j } from "@atlas/neo4j-launcher";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { loadFixtureGraph } from "./loadFixtureGraph.ts";
import { writeCypherScript } from "./writeCypherScript.ts";

const home = mkdtempSync(path.join(os.tmpdir(), "atlas-replay-"));
let replay: LocalNeo4j | undefined;
afterAll(async () => {
  await replay?.stop();
  rmSync(home, { recursive: true, force: true });
});

describe("Cypher script export", () => {
  it("recreates the same subgraph in an empty Neo4j", async () => {
    const { graph } = loadFixtureGraph();
    const script = writeCypherScript(graph, "fixture export");
    replay = await startLocalNeo4j({
      home,
      password: "replay-password",
      heap: "512m",
      boltPort: await freePort(),
      pageCache: "64m",
      transactionTimeout: "60s",
      transactionMemory: "256m",
      transactionMemoryTotal: "384m",
    });
    const driver = neo4j.driver(replay.uri, neo4j.auth.basic("neo4j", "replay-password"));
    try {
      for (const statement of script
        .split(/;\n/)
        .map((s) => s.trim())
        .filter((s) => s && !s.split("\n").every((l) => l.startsWith("//")))) {
        await driver.executeQuery(statement.replace(/^(\/\/[^\n]*\n)+/, ""));
      }
      const nodes = await driver.executeQuery(
        "MATCH (a:Actor) RETURN a.id AS id, a.name AS name, labels(a) AS labels, a.aliases AS aliases",
      );
      const rels = await driver.executeQuery(
        "MATCH (a)-[r]->(b) RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, r.year AS year, r.quotes AS quotes",
      );
      expect(nodes.records.map((r) => r.get("id")).sort()).toEqual(graph.nodes().sort());
      expect(rels.records.map((r) => r.get("id")).sort()).toEqual(graph.edges().sort());
      for (const record of nodes.records) {
        const original = graph.getNodeAttributes(record.get("id"));
        expect(record.get("name")).toBe(original.properties.name);
        expect(record.get("labels")).toContain(original.type);
        if (original.properties.aliases) expect(record.get("aliases")).toEqual(original.properties.aliases);
      }
      for (const record of rels.records) {
        const id = record.get("id") as string;
        const original = graph.getEdgeAttributes(id);
        expect(record.get("type")).toBe(original.type);
        expect([record.get("source"), record.get("target")]).toEqual([graph.source(id), graph.target(id)]);
        expect(record.get("quotes")).toEqual(original.properties.quotes);
        const year = record.get("year");
        expect(year === null ? null : year.toNumber()).toBe(original.properties.year ?? null);
      }
    } finally {
      await driver.close();
    }
  });
});
