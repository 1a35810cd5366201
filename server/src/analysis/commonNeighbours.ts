/**
 * Common neighbours: the actors tied to every one of several given actors (Eurocities and IASH:
 * the cities that belong to both), each with its relationships to each of them and their evidence.
 */
import neo4j from "neo4j-driver";
import type { Executor } from "../neo4j/executor.ts";
import { AnalysisError } from "./AnalysisError.ts";
import { toIdList, toIntegerInRange, toRelationshipTypes } from "./analysisArguments.ts";

export interface CommonNeighboursQuestion {
  ids: readonly string[];
  relationshipTypes?: readonly string[] | null;
  limit?: number;
}

export const MAX_COMMON_NEIGHBOURS = 2000;
const WHERE = "commonNeighbours";

export async function findCommonNeighbours(executor: Executor, question: CommonNeighboursQuestion) {
  const ids = toIdList(question.ids, 2, 10, WHERE);
  const types = toRelationshipTypes(question.relationshipTypes, WHERE);
  const limit = toIntegerInRange(question.limit ?? 500, "limit", 1, MAX_COMMON_NEIGHBOURS, WHERE);
  const found = await executor.read("analysis/actors-by-id", { ids });
  const known = new Set(found.map((row) => (row.actor as { id: string }).id));
  const missing = ids.find((id) => !known.has(id));
  if (missing !== undefined) throw new AnalysisError(`${WHERE}: no actor has the id "${missing}"`);
  const rows = await executor.read("analysis/common-neighbours", { ids, types, limit: neo4j.int(limit) });
  const total = Number(rows[0]?.total ?? 0);
  return {
    actors: rows.map(({ actor, ties }) => ({ actor, ties })),
    total,
    truncated: total > rows.length,
  };
}
