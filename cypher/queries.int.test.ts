/** Every named query compiles against the real schema (EXPLAIN plans without running anything). */
import { readCypherStatements, listCypherFiles, readCypher } from "@atlas/cypher";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDriver } from "../test/neo4jForTests.ts";
import { cypherDir } from "./index.ts";

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());

const queries = listCypherFiles().filter((name) => name !== "schema");

describe("cypher/", () => {
  it.each(queries)("%s.cypher opens with a header that says READ or WRITE", (name) => {
    const text = readFileSync(path.join(cypherDir, `${name}.cypher`), "utf8");
    expect(text.startsWith("//")).toBe(true);
    expect(text).toMatch(/\b(READ|WRITE)\b/);
  });

  it.each(queries)("%s.cypher compiles (EXPLAIN)", async (name) => {
    const session = driver.session();
    try {
      // `this` is bound by @neo4j/graphql for field-level queries; EXPLAIN needs it declared.
      const text = readCypher(name);
      const query = /\bthis\b/.test(text) ? `MATCH (this:Actor) WITH this LIMIT 1 ${text}` : text;
      await session.run(`EXPLAIN ${query}`);
    } finally {
      await session.close();
    }
  });

  it("applies the schema idempotently", async () => {
    const session = driver.session();
    try {
      for (let round = 0; round < 2; round++) {
        for (const statement of readCypherStatements("schema")) await session.run(statement);
      }
      const constraints = await session.run("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names");
      expect(constraints.records[0]!.get("names")).toEqual(expect.arrayContaining(["actor_id", "source_id"]));
      const indexes = await session.run("SHOW INDEXES YIELD name, type RETURN collect(name + ':' + type) AS names");
      expect(indexes.records[0]!.get("names")).toEqual(expect.arrayContaining(["actor_names:FULLTEXT"]));
    } finally {
      await session.close();
    }
  });
});
