import { describe, expect, it } from "vitest";
import { ConsoleError } from "./ConsoleError.ts";
import { checkCypher, stripLiterals } from "./cypherGuard.ts";

const refusal = (query: string) => {
  try {
    checkCypher(query);
  } catch (error) {
    expect(error).toBeInstanceOf(ConsoleError);
    return (error as ConsoleError).code;
  }
  return "allowed";
};

describe("checkCypher", () => {
  it.each([
    ["MATCH (a:Actor) RETURN a LIMIT 5"],
    ["MATCH p = (a)-[*..4]-(b) RETURN p"],
    ["MATCH p = (a)-[:MEMBER_OF*1..3]->(b) RETURN p"],
    ["MATCH (a)-[*3]-(b) RETURN count(*)"],
    ["RETURN 'LOAD CSV FROM file' AS text, \"dbms.security\" AS other"],
    ["// LOAD CSV in a comment\nMATCH (n) RETURN count(*)"],
    ["RETURN [x IN range(1, 3) | x * 2] AS doubled"],
    ["SHOW INDEXES"],
    ["CALL db.labels() YIELD label RETURN label"],
  ])("allows %s", (query) => {
    expect(refusal(query)).toBe("allowed");
  });

  it.each([
    ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", "CYPHER_FORBIDDEN"],
    ["load csv with headers from 'https://example.org/x.csv' as r return r", "CYPHER_FORBIDDEN"],
    ["CALL apoc.load.json('file:///etc/hosts')", "CYPHER_FORBIDDEN"],
    ["CALL apoc.cypher.runWrite('CREATE (n)', {})", "CYPHER_FORBIDDEN"],
    ["CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DELETE n', {})", "CYPHER_FORBIDDEN"],
    ["CALL apoc.export.csv.all('/tmp/x.csv', {})", "CYPHER_FORBIDDEN"],
    ["CALL dbms.listConfig()", "CYPHER_FORBIDDEN"],
    ["CALL dbms.security.createUser('x', 'y', false)", "CYPHER_FORBIDDEN"],
    ["CALL db.createLabel('X')", "CYPHER_FORBIDDEN"],
    ["USE system SHOW USERS", "CYPHER_FORBIDDEN"],
    ["SHOW USERS", "CYPHER_FORBIDDEN"],
    ["CREATE INDEX x FOR (n:Actor) ON (n.name)", "CYPHER_WRITE_REFUSED"],
    ["DROP CONSTRAINT actor_id", "CYPHER_WRITE_REFUSED"],
    ["CREATE USER mallory SET PASSWORD 'secret-secret'", "CYPHER_WRITE_REFUSED"],
    ["MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS", "CYPHER_WRITE_REFUSED"],
    ["MATCH p = (a)-[*]-(b) RETURN p", "CYPHER_UNBOUNDED_PATH"],
    ["MATCH p = (a)-[r:MEMBER_OF*2..]-(b) RETURN p", "CYPHER_UNBOUNDED_PATH"],
    ["MATCH p = shortestPath((a)-[*]-(b)) RETURN p", "CYPHER_UNBOUNDED_PATH"],
  ])("refuses %s", (query, code) => {
    expect(refusal(query)).toBe(code);
  });

  it("blanks out comments and strings but keeps their length", () => {
    const query = "RETURN 'a\\'b' /* x */ AS y // z";
    expect(stripLiterals(query)).toHaveLength(query.length);
    expect(stripLiterals(query)).not.toMatch(/[abxz]/);
  });
});
