/**
 * Reference answers for the topology browser tests, computed here from the database's own rows
 * (the public Cypher console) with plain algorithms unlike the explorer's: k-cores by repeated
 * peeling, components by union-find, the ego network by distance layers.
 */
import { inject } from "vitest";

export interface Link {
  source: string;
  target: string;
  type: string;
}

/** Rows of a read-only query through POST /api/cypher; fails if the console cut the answer. */
export async function cypherRows(query: string): Promise<unknown[][]> {
  const response = await fetch(`${inject("atlas").baseUrl}/api/cypher`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, params: {} }),
  });
  const body = (await response.json()) as { rows: unknown[][]; summary: { truncated: boolean }; error?: unknown };
  if (!response.ok || body.error) throw new Error(`cypherRows: ${JSON.stringify(body.error ?? response.status)}`);
  if (body.summary.truncated) throw new Error(`cypherRows: the console cut the answer to ${query}`);
  return body.rows;
}

/** Undirected neighbour sets of every actor (parallel and reverse links count once). */
export function toAdjacency(actors: readonly string[], links: readonly Link[]): Map<string, Set<string>> {
  const adjacency = new Map(actors.map((a) => [a, new Set<string>()]));
  for (const { source, target } of links)
    if (source !== target) {
      adjacency.get(source)!.add(target);
      adjacency.get(target)!.add(source);
    }
  return adjacency;
}

/** The k-core: drop actors with fewer than k remaining neighbours until none is left to drop. */
export function getCores(adjacency: Map<string, Set<string>>, k: number): Set<string> {
  const kept = new Set(adjacency.keys());
  for (let changed = true; changed;) {
    changed = false;
    for (const actor of [...kept])
      if ([...adjacency.get(actor)!].filter((n) => kept.has(n)).length < k) {
        kept.delete(actor);
        changed = true;
      }
  }
  return kept;
}

/** The largest component (ties: the one holding the smallest id), by union-find. */
export function getLargestComponent(adjacency: Map<string, Set<string>>): Set<string> {
  const parent = new Map([...adjacency.keys()].map((a) => [a, a]));
  const root = (a: string): string => (parent.get(a) === a ? a : root(parent.get(a)!));
  for (const [a, neighbours] of adjacency) for (const b of neighbours) parent.set(root(a), root(b));
  const components = new Map<string, Set<string>>();
  for (const a of adjacency.keys()) components.set(root(a), (components.get(root(a)) ?? new Set()).add(a));
  const smallest = (c: Set<string>) => [...c].sort()[0]!;
  return [...components.values()].sort((x, y) => y.size - x.size || smallest(x).localeCompare(smallest(y)))[0]!;
}

/** The actors at most `steps` links away from the centres. */
export function getEgo(adjacency: Map<string, Set<string>>, centres: string[], steps: number): Set<string> {
  const reached = new Set(centres);
  let layer = centres;
  for (let i = 0; i < steps; i++) {
    layer = layer.flatMap((a) => [...adjacency.get(a)!]).filter((n) => !reached.has(n));
    layer.forEach((n) => reached.add(n));
  }
  return reached;
}
