/**
 * Projection and common neighbours over the seed, each compared with an independent Cypher answer
 * written here, and every link or tie carrying the evidence of the relationships it rests on.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphqlRequest, testDriver } from "../../../test/neo4jForTests.ts";

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());

const PROJECTION = `query ($type: String!, $via: [String!]!, $minShared: Int, $types: [String!]) {
  projection(type: $type, via: $via, minShared: $minShared, relationshipTypes: $types, limit: 5000) {
    edges { from { id type } to { id type } weight via { id name type relationships { type source target evidence { source quote } } } }
    total truncated
  }
}`;

interface Via {
  id: string;
  type: string;
  relationships: Array<{ type: string; source: string; target: string; evidence: Array<{ quote: string }> }>;
}

/** Pairs of actors of a type sharing intermediaries of the via types, counted by Cypher alone. */
async function expectedPairs(type: string, via: string[], types: string[] | null): Promise<Map<string, number>> {
  const { records } = await driver.executeQuery(
    `MATCH (a:Actor {type: $type})-[r1]-(m:Actor)-[r2]-(b:Actor {type: $type})
     WHERE m.type IN $via AND a.id < b.id AND ($types IS NULL OR (type(r1) IN $types AND type(r2) IN $types))
     RETURN a.id AS a, b.id AS b, count(DISTINCT m) AS shared`,
    { type, via, types },
  );
  return new Map(records.map((r) => [`${r.get("a")}|${r.get("b")}`, r.get("shared").toNumber()]));
}

async function projection(variables: Record<string, unknown>) {
  const { body } = await graphqlRequest(PROJECTION, variables);
  expect(body.errors).toBeUndefined();
  return body.data!.projection as {
    edges: Array<{ from: { id: string; type: string }; to: { id: string; type: string }; weight: number; via: Via[] }>;
    total: number;
    truncated: boolean;
  };
}

describe("projection", () => {
  it.each([
    ["cities through the networks and projects they share", "City", ["CityNetwork", "Project"], null],
    ["cities through networks they are members of", "City", ["CityNetwork"], ["MEMBER_OF"]],
    ["NGOs through cities", "NGO", ["City"], null],
  ])("links %s exactly as Cypher counts shared intermediaries", async (_, type, via, types) => {
    const expected = await expectedPairs(type as string, via as string[], types as string[] | null);
    expect(expected.size).toBeGreaterThan(0);
    const answer = await projection({ type, via, types });
    expect(answer.truncated).toBe(false);
    expect(answer.total).toBe(expected.size);
    expect(new Map(answer.edges.map((e) => [`${e.from.id}|${e.to.id}`, e.weight]))).toEqual(expected);
    for (const edge of answer.edges) {
      expect(edge.via).toHaveLength(edge.weight);
      for (const intermediary of edge.via) {
        expect(via).toContain(intermediary.type);
        // Each end's relationships with the intermediary are the link's evidence.
        for (const end of [edge.from.id, edge.to.id]) {
          const ties = intermediary.relationships.filter((r) => [r.source, r.target].includes(end));
          expect(ties.length, `${end} and ${intermediary.id}`).toBeGreaterThan(0);
        }
        for (const r of intermediary.relationships) {
          if (types) expect(types).toContain(r.type);
          expect(r.evidence.length).toBeGreaterThan(0);
          expect(r.evidence[0]!.quote.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it("keeps the links sharing at least minShared intermediaries, heaviest first", async () => {
    const expected = await expectedPairs("City", ["CityNetwork", "Project"], null);
    const heavy = [...expected].filter(([, shared]) => shared >= 2);
    expect(heavy.length).toBeGreaterThan(0);
    const answer = await projection({ type: "City", via: ["CityNetwork", "Project"], minShared: 2 });
    expect(new Map(answer.edges.map((e) => [`${e.from.id}|${e.to.id}`, e.weight]))).toEqual(new Map(heavy));
    const weights = answer.edges.map((e) => e.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });

  it("caps the links and says so", async () => {
    const { body } = await graphqlRequest(
      `{ projection(type: "City", via: ["CityNetwork"], limit: 3) { edges { weight } total truncated } }`,
    );
    expect(body.data!.projection.edges).toHaveLength(3);
    expect(body.data!.projection.truncated).toBe(true);
    expect(body.data!.projection.total).toBeGreaterThan(3);
  });
});

describe("common neighbours", () => {
  it("lists the actors tied to both Eurocities and IASH, with every tie and its evidence", async () => {
    const ids = ["eurocities", "iash"];
    const { records } = await driver.executeQuery(
      `MATCH (:Actor {id: $a})--(n:Actor)--(:Actor {id: $b}) WHERE NOT n.id IN [$a, $b] RETURN DISTINCT n.id AS id`,
      { a: ids[0], b: ids[1] },
    );
    const expected = records.map((r) => r.get("id") as string).sort();
    expect(expected.length).toBeGreaterThan(0);
    const { body } = await graphqlRequest(
      `query ($ids: [ID!]!) { commonNeighbours(ids: $ids) {
        actors { actor { id name type } ties { of direction relationship { type source target year status evidence { source quote } } } }
        total truncated
      } }`,
      { ids },
    );
    expect(body.errors).toBeUndefined();
    const { actors, total, truncated } = body.data!.commonNeighbours;
    expect(truncated).toBe(false);
    expect(total).toBe(expected.length);
    expect(actors.map((a: { actor: { id: string } }) => a.actor.id).sort()).toEqual(expected);
    for (const { actor, ties } of actors) {
      expect(new Set(ties.map((t: { of: string }) => t.of))).toEqual(new Set(ids));
      for (const { of, direction, relationship } of ties) {
        const [from, to] = direction === "OUT" ? [actor.id, of] : [of, actor.id];
        expect([relationship.source, relationship.target]).toEqual([from, to]);
        expect(relationship.evidence.length).toBeGreaterThan(0);
      }
    }
  });

  it("keeps only the relationship types asked for", async () => {
    const { records } = await driver.executeQuery(
      `MATCH (:Actor {id: 'eurocities'})-[r1:MEMBER_OF]-(n:Actor)-[r2:MEMBER_OF]-(:Actor {id: 'iash'}) RETURN DISTINCT n.id AS id`,
    );
    const { body } = await graphqlRequest(
      `{ commonNeighbours(ids: ["eurocities", "iash"], relationshipTypes: ["MEMBER_OF"]) { actors { actor { id } ties { relationship { type } } } } }`,
    );
    const actors = body.data!.commonNeighbours.actors;
    expect(actors.map((a: { actor: { id: string } }) => a.actor.id).sort()).toEqual(
      records.map((r) => r.get("id")).sort(),
    );
    for (const a of actors) for (const t of a.ties) expect(t.relationship.type).toBe("MEMBER_OF");
  });
});

describe("analysis questions refused with a message naming the problem", () => {
  it.each([
    [
      `{ projection(type: "Town", via: ["CityNetwork"]) { total } }`,
      /projection: unknown actor type "Town"; allowed: City/,
    ],
    [`{ projection(type: "City", via: []) { total } }`, /projection: name at least one actor type/],
    [
      `{ projection(type: "City", via: ["Project"], relationshipTypes: ["LIKES"]) { total } }`,
      /unknown relationship type "LIKES"/,
    ],
    [`{ projection(type: "City", via: ["Project"], minShared: 0) { total } }`, /minShared must be an integer from 1/],
    [`{ commonNeighbours(ids: ["eurocities"]) { total } }`, /commonNeighbours: give 2 to 10 distinct actor ids, not 1/],
    [
      `{ commonNeighbours(ids: ["eurocities", "no-such-actor"]) { total } }`,
      /commonNeighbours: no actor has the id "no-such-actor"/,
    ],
    [`{ databaseMetrics(names: ["fame"]) { status } }`, /databaseMetrics: unknown metric "fame"; allowed: degree/],
    [`{ databaseMetrics(names: ["degree"], top: 5000) { status } }`, /top must be an integer from 0 to 1000/],
  ])("%s", async (query, message) => {
    const { status, body } = await graphqlRequest(query);
    expect(body.errors?.[0]?.message).toMatch(message);
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(status).toBe(400);
  });
});
