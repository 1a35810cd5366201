/**
 * The whole graph as the metrics read it: every actor id and every collaboration between actors,
 * streamed from one query (cypher/analysis/whole-graph.cypher) an actor a row: about a third
 * faster at 100k actors than pages of 5,000 that each seek the id index again (BENCHMARKS.md).
 */
import type { RelationshipLink } from "@atlas/analysis";
import type { Executor } from "../neo4j/executor.ts";

export interface WholeGraph {
  ids: string[];
  links: RelationshipLink[];
}

/** Rows a batch from Neo4j: large enough that round trips cost little, small enough to hold. */
export const GRAPH_FETCH_SIZE = 10_000;
/** Progress is told every this many actors. */
const PROGRESS_EVERY = 5000;

export async function readWholeGraph(
  executor: Executor,
  onProgress: (actorsRead: number) => void = () => undefined,
  fetchSize = GRAPH_FETCH_SIZE,
): Promise<WholeGraph> {
  const ids: string[] = [];
  const links: RelationshipLink[] = [];
  await executor.stream(
    "analysis/whole-graph",
    {},
    (row) => {
      const source = row.id as string;
      ids.push(source);
      for (const [target, type] of row.links as Array<[string, string]>) links.push({ source, target, type });
      if (ids.length % PROGRESS_EVERY === 0) onProgress(ids.length);
    },
    fetchSize,
  );
  onProgress(ids.length);
  // Read committed: a link to an actor created after that actor's row went by. The counts moved
  // during the read, and the caller, comparing them, discards this graph.
  const known = new Set(ids);
  return { ids, links: links.filter((link) => known.has(link.target)) };
}
