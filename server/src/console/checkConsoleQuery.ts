/**
 * The checks every public console query passes before it may run, shared by running and
 * explaining so that both refuse exactly the same queries: USE and foreign functions refused,
 * Neo4j's EXPLAIN plan on the allow-list, expression loops within bounds.
 */
import type { OpenTransaction } from "../neo4j/executor.ts";
import { ConsoleError } from "./ConsoleError.ts";
import { checkExpressions } from "./expressionBounds.ts";
import type { ConsoleBounds } from "@atlas/model";
import { DEFAULT_CONSOLE_BOUNDS } from "./limits.ts";
import { refuseForeignFunctions } from "./namespacedFunctions.ts";
import { checkPlan, type PlanNode } from "./planAllowList.ts";
import { checkPlanExpressions } from "./planExpressions.ts";
import { refuseUseClause } from "./useClause.ts";

export function toConsoleBounds(limits: Partial<ConsoleBounds>): ConsoleBounds {
  const defaults = DEFAULT_CONSOLE_BOUNDS;
  return {
    maxRangeElements: limits.maxRangeElements ?? defaults.maxRangeElements,
    maxReduceItems: limits.maxReduceItems ?? defaults.maxReduceItems,
    maxExpressionBytes: limits.maxExpressionBytes ?? defaults.maxExpressionBytes,
    maxResultBytes: limits.maxResultBytes ?? defaults.maxResultBytes,
  };
}

/** Checks that need no database: run before a session is opened. */
export function checkQueryText(query: string): void {
  refuseUseClause(query);
  refuseForeignFunctions(query);
}

/** EXPLAINs the query (nothing runs) and judges the plan; returns the plan that passed. */
export async function checkConsoleQuery(
  open: OpenTransaction,
  database: string,
  query: string,
  params: Record<string, unknown>,
  timeoutMs: number,
  bounds: ConsoleBounds,
): Promise<PlanNode> {
  const tx = open("console/explain", timeoutMs);
  let summary;
  try {
    ({ summary } = await tx.run(`EXPLAIN ${query}`, params));
  } finally {
    await tx.rollback().catch(() => undefined);
  }
  if (!summary.plan) throw new ConsoleError("CYPHER_FORBIDDEN", "Refused: Neo4j gave no plan for this query.");
  const plan = summary.plan as PlanNode;
  checkPlan(plan, database, summary.queryType);
  checkPlanExpressions(plan, query);
  checkExpressions(query, params, bounds);
  return plan;
}
