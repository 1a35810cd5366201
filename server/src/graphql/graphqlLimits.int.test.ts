/**
 * GraphQL amplification inputs are refused before any Cypher runs: each answers 400 with a message
 * that says what to change (never a 500, never Neo4j's own text), and the database is unchanged.
 * The explorer's own queries stay within the limits.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphqlRequest, snapshot, testDriver, type DbSnapshot } from "../../../test/neo4jForTests.ts";

const driver = testDriver();
let before: DbSnapshot;

beforeAll(async () => {
  before = await snapshot(driver);
});

afterAll(async () => {
  await driver.close();
});

const SCALARS = "id name type country description";
/** Relationships nested depth levels deep, with scalars at every level. */
function nested(depth: number): string {
  let selection = SCALARS;
  for (let level = depth; level > 0; level--)
    selection = `${level % 2 ? "memberOf" : "members"} { ${selection} } ${SCALARS}`;
  return selection;
}

const attacks: Array<[string, string, Record<string, unknown>, string, RegExp]> = [
  [
    "15 aliases of relationships nested 6 deep (past armor's cost limit before)",
    `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: actors { ${nested(6)} }`).join(" ")} }`,
    {},
    "QUERY_TOO_COSTLY",
    /^Query too large: it may return about [\d,]+ values, more than the 50,000 allowed .*100 for Actor\)/,
  ],
  [
    "fragments that spread fragments twice at each level (graphql-armor's cost counts these)",
    `{ actors { ...F1 } }
     ${Array.from({ length: 5 }, (_, i) => `fragment F${i + 1} on Actor { id memberOf { ...F${i + 2} } members { ...F${i + 2} } }`).join("\n")}
     fragment F6 on Actor { ${SCALARS} }`,
    {},
    "GRAPHQL_VALIDATION_FAILED",
    /Query Cost limit of 5000 exceeded, found [\d.]+\./,
  ],
  [
    "a huge limit",
    "{ actors(limit: 100000) { id } }",
    {},
    "BAD_USER_INPUT",
    /^Bad paging argument: actors\(limit: 100000\): limit must be between 0 and 1,000\.$/,
  ],
  [
    "a negative limit in a variable (it reached Neo4j's LIMIT before)",
    'query ($n: Int) { search(text: "ber", limit: $n) { id } }',
    { n: -1 },
    "BAD_USER_INPUT",
    /^Bad paging argument: search\(limit: -1\): limit must be between 0 and 1,000\.$/,
  ],
  [
    "a negative offset",
    "{ actors(offset: -1) { id } }",
    {},
    "BAD_USER_INPUT",
    /^Bad paging argument: actors\(offset: -1\): offset must be between 0 and 1,000,000\.$/,
  ],
  [
    "a negative cap on the whole graph",
    "query ($m: Int) { graph(maxActors: $m) { truncated } }",
    { m: -5 },
    "BAD_USER_INPUT",
    /^Bad paging argument: graph\(maxActors: -5\): maxActors must be between 0 and 2,147,483,647\.$/,
  ],
  [
    "a negative first on a connection",
    "{ actorsConnection(first: -3) { edges { node { id } } } }",
    {},
    "BAD_USER_INPUT",
    /^Bad paging argument: actorsConnection\(first: -3\): first must be between 0 and 1,000\.$/,
  ],
  [
    "3,000 tokens (a 500 before)",
    `{ actors(limit: 1) { ${Array.from({ length: 3000 }, () => "id").join(" ")} } }`,
    {},
    "GRAPHQL_PARSE_FAILED",
    /^Syntax Error: Document contains more th.. 2000 tokens\. Parsing aborted\.$/,
  ],
  [
    "nesting 10 deep",
    `{ actors(limit: 1) { ${nested(9).replace(new RegExp(SCALARS, "g"), "id")} } }`,
    {},
    "GRAPHQL_VALIDATION_FAILED",
    /Query depth limit of 8 exceeded, found \d+\./,
  ],
];

describe("GraphQL limits", () => {
  it.each(attacks)("refuses %s with 400 and a clear message", async (_name, query, variables, code, message) => {
    const { status, body } = await graphqlRequest(query, variables);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions?.code).toBe(code);
    expect(body.errors?.[0]?.message).toMatch(message);
    expect(JSON.stringify(body)).not.toMatch(/Neo\.ClientError|stacktrace|node_modules/);
  });

  it("lets the explorer's own queries through", async () => {
    for (const [query, variables] of [
      ["query ($t: String!, $n: Int) { search(text: $t, limit: $n) { id name type country } }", { t: "ber", n: 8 }],
      ['{ actors(where: { id: { eq: "berlin" } }) { id name evidence { source quote } } }', {}],
      [
        `{ actors(where: { id: { eq: "carsten-sieling" } }) {
          mayorOfConnection { edges { properties { office sources quotes } node { id } } } } }`,
        {},
      ],
      ['{ actors(where: { type: { eq: "City" }, country: { eq: "DE" } }, limit: 100) { id memberOf { id } } }', {}],
      ["{ sources(sort: [{ id: ASC }]) { id title publisher author year type } }", {}],
      ['{ neighbourhood(id: "bremen", depth: 2, limit: 10000) { nodes { id } edges { source target } } }', {}],
    ] as const) {
      const { status, body } = await graphqlRequest(query, variables);
      expect(status, JSON.stringify(body.errors)).toBe(200);
    }
  });

  it("left the database unchanged", async () => {
    expect(await snapshot(driver)).toEqual(before);
  });
});
