/** The cost estimate and the paging checks on the real schema, without a database. */
import neo4j from "neo4j-driver";
import { getOperationAST, parse, type GraphQLSchema } from "graphql/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findPagingProblem } from "./listArguments.ts";
import { readListLimits } from "./listLimits.ts";
import { getQueryCost } from "./queryCost.ts";
import { buildSchema } from "./schema.ts";
import { typeDefs } from "./typeDefs.ts";
import { Executor } from "../neo4j/executor.ts";

// Building the schema opens no connection; the driver is never used.
const driver = neo4j.driver("bolt://127.0.0.1:1", neo4j.auth.basic("neo4j", "unused"));
const listLimits = readListLimits(typeDefs);
let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await buildSchema(new Executor(driver, "neo4j"));
});

afterAll(async () => {
  await driver.close();
});

function cost(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const problems: string[] = [];
  const total = getQueryCost({
    schema,
    document,
    operation: getOperationAST(document)!,
    variables,
    listLimits,
    onField: (field, args, listed) => {
      const problem = findPagingProblem(field, args, listed, listLimits);
      if (problem) problems.push(problem);
    },
  });
  return { total, problems };
}

describe("getQueryCost", () => {
  it("reads @limit from the type definitions", () => {
    expect(listLimits.get("Actor")).toEqual({ default: 100, max: 1000 });
    expect(listLimits.has("Source")).toBe(true);
    expect(listLimits.get("Source")).toBeUndefined();
  });

  it("multiplies a list's selection by its limit, its default, or one for an id", () => {
    expect(cost('{ search(text: "a", limit: 8) { id name } }').total).toBe(1 + 8 * 2);
    expect(cost('{ search(text: "a") { id } }').total).toBe(1 + 10 * 1);
    expect(cost("{ actors { id memberOf { id } } }").total).toBe(1 + 100 * (1 + 1 + 100 * 1));
    expect(cost("query ($n: Int) { actors(limit: $n) { id } }", { n: 3 }).total).toBe(1 + 3);
    expect(cost('{ actors(where: { id: { eq: "x" } }) { id memberOf { id } } }').total).toBe(1 + 1 * (1 + 1 + 100));
    expect(cost("{ actorsConnection(first: 5) { edges { node { id } } } }").total).toBe(1 + 5 * (1 + 1 + 1));
    expect(cost("{ sources { id } }").total).toBe(1 + 1000);
  });

  it("counts a fragment spread many times, computing it once", () => {
    const levels = Array.from(
      { length: 20 },
      (_, i) =>
        `fragment F${i} on Actor { a: memberOf(limit: 1) { ...F${i + 1} } b: members(limit: 1) { ...F${i + 1} } }`,
    );
    const query = `{ actors(limit: 1) { ...F0 } } ${levels.join(" ")} fragment F20 on Actor { id }`;
    expect(cost(query).total).toBe(1 + (3 * 2 ** 20 - 2));
  });

  it("names the field and the range of a paging argument out of range", () => {
    expect(cost("{ actors(limit: -1, offset: 2) { id } }").problems).toEqual([
      "actors(limit: -1): limit must be between 0 and 1,000",
    ]);
    expect(cost('{ neighbourhood(id: "x", limit: 20000) { truncated } }').problems).toEqual([
      "neighbourhood(limit: 20000): limit must be between 0 and 10,000",
    ]);
    expect(cost('{ groupMembers(type: "City", offset: 2000000) { truncated } }').problems).toEqual([
      "groupMembers(offset: 2000000): offset must be between 0 and 1,000,000",
    ]);
  });
});
