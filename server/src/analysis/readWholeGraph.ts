/**
 * The whole graph as the metrics read it: every actor id and every collaboration between actors,
 * streamed from one query (cypher/analysis/whole-graph.cypher) an actor a row: about a third
 * faster at 100k actors than pages of 5,000 that each seek the id index again (BENCHMARKS.md).
 * Relationships go straight into typed arrays (CompactLinksBuilder): ten million of them as
 * `{source, target, type}` objects would not fit the metrics worker's heap.
 */
import { CompactLinksBuilder, type CompactLinks } from "@atlas/analysis";
import { isDirectedType } from "@atlas/model";
import type { Executor } from "../neo4j/executor.ts";

export interface WholeGraph {
  ids: string[];
  /** Indices into ids. */
  links: CompactLinks;
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
  const builder = new CompactLinksBuilder();
  await executor.stream(
    "analysis/whole-graph",
    {},
    (row) => {
      const source = builder.addActor(row.id as string);
      for (const [target, type] of row.links as Array<[string, string]>)
        builder.addLink(source, target, isDirectedType(type));
      if (builder.actors % PROGRESS_EVERY === 0) onProgress(builder.actors);
    },
    fetchSize,
  );
  onProgress(builder.actors);
  // Read committed: a link to an actor created after that actor's row went by is left out. The
  // counts moved during the read, and the caller, comparing them, discards this graph.
  return builder.finish();
}
