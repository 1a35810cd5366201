/** The API queries timed at each scale, each with the Cypher its field runs, for the direct way. */
import { readCypher } from "@atlas/cypher";
import { createSeededRandom } from "@atlas/model";
import neo4j from "neo4j-driver";
import type { LoadedIds } from "./loadGenerated.ts";

export interface Case {
  name: string;
  query: string;
  variables: () => Record<string, unknown>;
  /** The statement the GraphQL field runs, with its parameters; null for generated queries. */
  direct: { cypher: string; params: (variables: Record<string, unknown>) => Record<string, unknown> } | null;
}

const SUBGRAPH = "nodes { id } edges { id }";

/**
 * The cases every scale times beyond search: neighbourhoods (from any actor, and two steps from
 * people), a shortest path and a filtered subgraph. `pick` draws from a seeded generator.
 */
export function graphCases(ids: string[], people: string[], pick: (from: string[]) => string): Case[] {
  const neighbourhood = (depth: number, from: string[]): Case => ({
    name: `neighbourhood depth ${depth}${from === people ? " (people)" : ""}`,
    query: `query ($id: ID!) { neighbourhood(id: $id, depth: ${depth}) { ${SUBGRAPH} truncated } }`,
    variables: () => ({ id: pick(from) }),
    direct: {
      cypher: readCypher("explore/neighbourhood"),
      params: (v) => ({ id: v.id, depth: neo4j.int(depth), limit: neo4j.int(2000) }),
    },
  });
  return [
    neighbourhood(1, ids),
    neighbourhood(2, people),
    neighbourhood(2, ids),
    {
      name: "shortest path",
      query: `query ($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b) { ${SUBGRAPH} } }`,
      variables: () => ({ a: pick(ids), b: pick(ids) }),
      direct: { cypher: readCypher("explore/shortest-path"), params: (v) => ({ from: v.a, to: v.b }) },
    },
    {
      name: "filtered subgraph (cities in DE, 100, with memberships)",
      query: `{ actors(where: { type: { eq: "City" }, country: { eq: "DE" } }, limit: 100) { id name memberOf { id } } }`,
      variables: () => ({}),
      direct: null,
    },
  ];
}

/** A seeded pick, so every run and every scale asks the same kind of thing. */
export function seededPick(seed: number): { rng: () => number; pick: (from: string[]) => string } {
  const rng = createSeededRandom(seed);
  return { rng, pick: (from) => from[Math.floor(rng() * from.length)]! };
}

/** Variables drawn from a fixed seed, so every run and every scale asks the same kind of thing. */
export function latencyCases({ ids, people }: LoadedIds): Case[] {
  const { rng, pick } = seededPick(99);
  const searchText = () => `${["City", "NGO", "Project", "Person"][Math.floor(rng() * 4)]} ${Math.floor(rng() * 1000)}`;
  return [
    {
      name: "search",
      query: `query ($t: String!) { search(text: $t, limit: 10) { id name type } }`,
      variables: () => ({ t: searchText() }),
      direct: { cypher: readCypher("explore/search-actors"), params: (v) => ({ text: v.t, limit: neo4j.int(10) }) },
    },
    ...graphCases(ids, people, pick),
  ];
}
