/**
 * shortestPaths: path by path, checked against a breadth-first search of our own over every
 * relationship in the database (read with the driver, not through the query under test).
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphqlRequest, testDriver } from "../../../test/neo4jForTests.ts";

interface Rel {
  id: string;
  source: string;
  target: string;
}
interface ActorPath {
  length: number;
  nodes: string[];
  steps: Array<{ relationship: string; forward: boolean }>;
}

let driver: Driver;
let rels: Map<string, Rel>;
beforeAll(async () => {
  driver = testDriver();
  const { records } = await driver.executeQuery(
    "MATCH (a:Actor)-[r]->(b:Actor) RETURN r.id AS id, a.id AS source, b.id AS target",
  );
  rels = new Map(
    records.map((r) => [r.get("id"), { id: r.get("id"), source: r.get("source"), target: r.get("target") }]),
  );
});
afterAll(() => driver.close());

/** Steps between two actors and how many shortest paths (parallel relationships count apart). */
function bfs(from: string, to: string): { distance: number; count: number } | null {
  const adjacency = new Map<string, string[]>();
  for (const { source, target } of rels.values()) {
    adjacency.set(source, [...(adjacency.get(source) ?? []), target]);
    adjacency.set(target, [...(adjacency.get(target) ?? []), source]);
  }
  const distance = new Map([[from, 0]]);
  const count = new Map([[from, 1]]);
  const queue = [from];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of adjacency.get(node) ?? []) {
      if (!distance.has(next)) {
        distance.set(next, distance.get(node)! + 1);
        queue.push(next);
      }
      if (distance.get(next) === distance.get(node)! + 1) count.set(next, (count.get(next) ?? 0) + count.get(node)!);
    }
  }
  return distance.has(to) ? { distance: distance.get(to)!, count: count.get(to)! } : null;
}

async function shortestPaths(from: string, to: string, k: number, maxLength = 6) {
  const { body } = await graphqlRequest(
    `query($f: ID!, $t: ID!, $k: Int, $m: Int) { shortestPaths(from: $f, to: $t, k: $k, maxLength: $m) {
      paths { length nodes steps { relationship forward } } nodes { id } edges { id evidence { quote } } } }`,
    { f: from, t: to, k, m: maxLength },
  );
  expect(body.errors).toBeUndefined();
  return body.data!.shortestPaths as {
    paths: ActorPath[];
    nodes: Array<{ id: string }>;
    edges: Array<{ id: string }>;
  } | null;
}

function expectWalk(path: ActorPath, from: string, to: string) {
  expect(path.nodes[0]).toBe(from);
  expect(path.nodes.at(-1)).toBe(to);
  expect(path.steps).toHaveLength(path.length);
  path.steps.forEach((step, i) => {
    const rel = rels.get(step.relationship)!;
    const [a, b] = step.forward ? [rel.source, rel.target] : [rel.target, rel.source];
    expect([a, b]).toEqual([path.nodes[i], path.nodes[i + 1]]);
  });
}

describe("shortestPaths", () => {
  it.each([
    ["bremen", "unhcr"],
    ["carsten-sieling", "eurocities"],
    ["liege", "iom"],
  ])("%s to %s: the shortest paths, then the next-longer ones, each a real walk", async (from, to) => {
    const expected = bfs(from, to)!;
    const answer = (await shortestPaths(from, to, 2))!;
    const lengths = answer.paths.map((p) => p.length);
    expect(lengths[0]).toBe(expected.distance);
    expect(lengths.filter((l) => l === expected.distance)).toHaveLength(Math.min(10, expected.count));
    expect(new Set(lengths).size).toBeLessThanOrEqual(2);
    for (const length of lengths) expect([expected.distance, expected.distance + 1]).toContain(length);
    for (const path of answer.paths) expectWalk(path, from, to);
    const keys = answer.paths.map((p) => p.steps.map((s) => s.relationship).join());
    expect(new Set(keys).size).toBe(keys.length);
    const onPaths = new Set(answer.paths.flatMap((p) => p.steps.map((s) => s.relationship)));
    expect(new Set(answer.edges.map((e) => e.id))).toEqual(onPaths);
    expect(new Set(answer.nodes.map((n) => n.id))).toEqual(new Set(answer.paths.flatMap((p) => p.nodes)));
  });

  it("keeps k (1..5) and maxLength (1..6) within their bounds", async () => {
    const { distance } = bfs("bremen", "unhcr")!;
    const one = (await shortestPaths("bremen", "unhcr", 1))!;
    expect(new Set(one.paths.map((p) => p.length))).toEqual(new Set([distance]));
    expect((await shortestPaths("bremen", "unhcr", 2, distance - 1))!.paths).toEqual([]);
    const clamped = (await shortestPaths("bremen", "unhcr", 99, 99))!;
    expect(new Set(clamped.paths.map((p) => p.length)).size).toBeLessThanOrEqual(5);
    for (const path of clamped.paths) expect(path.length).toBeLessThanOrEqual(6);
  });

  it("answers null for an unknown actor and no paths from an actor to itself", async () => {
    expect(await shortestPaths("bremen", "no-such-actor", 2)).toBeNull();
    expect((await shortestPaths("bremen", "bremen", 2))!.paths).toEqual([]);
  });
});
