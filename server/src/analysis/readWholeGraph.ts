/**
 * The whole graph as the metrics read it: every actor id and every collaboration between actors,
 * in pages of actors (cypher/analysis/graph-page.cypher), so that no answer holds a million links
 * at once and progress can be told page by page.
 */
import type { RelationshipLink } from "@atlas/analysis";
import neo4j from "neo4j-driver";
import type { Executor } from "../neo4j/executor.ts";

export interface WholeGraph {
  ids: string[];
  links: RelationshipLink[];
}

/** Actors per page: 5000 actors with their links decode in a fraction of a second. */
export const GRAPH_PAGE_SIZE = 5000;

export async function readWholeGraph(
  executor: Executor,
  onPage: (actorsRead: number) => void = () => undefined,
  pageSize = GRAPH_PAGE_SIZE,
): Promise<WholeGraph> {
  const ids: string[] = [];
  const links: RelationshipLink[] = [];
  let after = "";
  for (;;) {
    const rows = await executor.read("analysis/graph-page", { after, limit: neo4j.int(pageSize) });
    for (const row of rows) {
      const source = row.id as string;
      ids.push(source);
      for (const [target, type] of row.links as Array<[string, string]>) links.push({ source, target, type });
    }
    onPage(ids.length);
    if (rows.length < pageSize) break;
    after = ids[ids.length - 1]!;
  }
  // A link to an actor created after its page was read: the counts moved during the read, and
  // the caller, comparing them, discards this graph.
  const known = new Set(ids);
  return { ids, links: links.filter((link) => known.has(link.target)) };
}
