/** A driver and helpers for tests that talk to the throwaway Neo4j of test/globalSetup.ts. */
import neo4j, { type Driver } from "neo4j-driver";
import { inject } from "vitest";

export function testDriver(): Driver {
  const atlas = inject("atlas");
  return neo4j.driver(atlas.neo4jUri, neo4j.auth.basic(atlas.neo4jUser, atlas.neo4jPassword));
}

export interface DbSnapshot {
  nodes: number;
  relationships: number;
  /** A digest of every label, type and property, so an unchanged count cannot hide a change. */
  digest: string;
}

export async function snapshot(driver: Driver): Promise<DbSnapshot> {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n) RETURN count(n) AS nodes }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
     CALL () {
       MATCH (n) WITH n ORDER BY elementId(n)
       RETURN collect([labels(n), properties(n)]) AS allNodes
     }
     CALL () {
       MATCH (a)-[r]->(b) WITH a, r, b ORDER BY elementId(r)
       RETURN collect([type(r), a.id, b.id, properties(r)]) AS allRels
     }
     RETURN nodes, relationships, allNodes, allRels`,
  );
  const record = records[0]!;
  const { createHash } = await import("node:crypto");
  const digest = createHash("sha256")
    .update(JSON.stringify([record.get("allNodes"), record.get("allRels")]))
    .digest("hex");
  return { nodes: record.get("nodes").toNumber(), relationships: record.get("relationships").toNumber(), digest };
}

export async function graphqlRequest(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${inject("atlas").baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: Record<string, any>;
      errors?: Array<{ message: string; extensions?: { code?: string } }>;
    },
  };
}
