/**
 * The one-mode projection ("who is tied through what"): actors of one type linked by the
 * intermediaries of other types they share (cypher/analysis/projection.cypher).
 */
import neo4j from "neo4j-driver";
import type { Executor } from "../neo4j/executor.ts";
import { toActorType, toActorTypes, toIntegerInRange, toRelationshipTypes } from "./analysisArguments.ts";

export interface ProjectionQuestion {
  type: string;
  via: readonly string[];
  minShared?: number;
  relationshipTypes?: readonly string[] | null;
  limit?: number;
}

/** Links at most in one answer; each carries the evidence of its intermediaries. */
export const MAX_PROJECTION_LINKS = 5000;
const WHERE = "projection";

export async function getProjection(executor: Executor, question: ProjectionQuestion) {
  const params = {
    type: toActorType(question.type, WHERE),
    via: toActorTypes(question.via, WHERE),
    minShared: neo4j.int(toIntegerInRange(question.minShared ?? 1, "minShared", 1, 1000, WHERE)),
    types: toRelationshipTypes(question.relationshipTypes, WHERE),
    limit: neo4j.int(toIntegerInRange(question.limit ?? 500, "limit", 1, MAX_PROJECTION_LINKS, WHERE)),
  };
  const rows = await executor.read("analysis/projection", params);
  const total = Number(rows[0]?.total ?? 0);
  return {
    edges: rows.map(({ from, to, weight, via }) => ({ from, to, weight, via })),
    total,
    truncated: total > rows.length,
  };
}
