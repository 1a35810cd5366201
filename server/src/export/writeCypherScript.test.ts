/**
 * The Cypher script's text: one constraint, then UNWIND batches whose literals hold every actor
 * and relationship, with strings escaped so that no literal spans a line and numbers keep their
 * kind. (export.int.test.ts replays it into an empty Neo4j.)
 */
import { describe, expect, it } from "vitest";
import { loadFixtureGraph } from "./loadFixtureGraph.ts";
import { toCypherLiteral, writeCypherScript } from "./writeCypherScript.ts";

const { graph } = loadFixtureGraph();
const script = writeCypherScript(graph, "fixture export");
const statements = script
  .split(/;\n/)
  .map((s) => s.trim())
  .filter((s) => s && !s.split("\n").every((line) => line.startsWith("//")));

describe("writeCypherScript", () => {
  it("opens with its header and the constraint, then creates actors per label and relationships per type", () => {
    expect(script.startsWith("// fixture export\n// 10 actors, 12 relationships.")).toBe(true);
    expect(statements[0]).toMatch(/CREATE CONSTRAINT actor_id IF NOT EXISTS/);
    const labels = statements.filter((s) => s.includes("CREATE (a:Actor:")).map((s) => /Actor:(\w+)/.exec(s)![1]);
    expect(labels).toEqual(["City", "CityNetwork", "InternationalBody", "NGO", "Person", "Project"]);
    const types = statements.filter((s) => s.includes("CREATE (a)-[r:")).map((s) => /\[r:(\w+)\]/.exec(s)![1]);
    expect(types).toEqual([
      "COORDINATES",
      "FOUNDED",
      "MAYOR_OF",
      "MEMBER_OF",
      "PARTICIPATES_IN",
      "PARTNERS_WITH",
      "SUPPORTS",
    ]);
  });

  it("names every actor and relationship once", () => {
    for (const id of graph.nodes()) expect(script.split(`id: '${id}'`).length - 1, id).toBe(1);
    for (const id of graph.edges()) expect(script.split(`id: '${id}'`).length - 1, id).toBe(1);
  });

  it("keeps each statement's literals on their lines: line breaks and quotes escaped", () => {
    for (const statement of statements) expect(statement.split("\n").length).toBeLessThanOrEqual(5);
    expect(script).toContain("'Launched in 2016.\\nA second line, then a bare CR:\\rend.'");
    expect(script).toContain("'under the framework of the \"EUROCITIES\" network,\\nsecond line'");
  });
});

describe("toCypherLiteral", () => {
  it.each([
    [2016, "year", "2016"],
    [41, "lat", "41.0"],
    [-862.13, "x", "-862.13"],
    [Number.NaN, "x", "null"],
    ["it's a \\ path", "", "'it\\'s a \\\\ path'"],
    ["tab\there", "", "'tab\\there'"],
    [["a", "b"], "aliases", "['a', 'b']"],
    [{ "odd key": true, ok: null }, "", "{`odd key`: true, ok: null}"],
  ])("%j (%s) is written %s", (value, key, literal) => {
    expect(toCypherLiteral(value, key)).toBe(literal);
  });
});
