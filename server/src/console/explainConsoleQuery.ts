/**
 * Neo4j's plan for a console query, without running it: the same checks as running it (so the
 * same queries are refused, with the same codes), then the EXPLAIN plan as a readable tree and
 * the limits the query would run under.
 */
import type { ConsolePlan, PlanStep } from "@atlas/model";
import type { Executor } from "../neo4j/executor.ts";
import { toPlain } from "../neo4j/toPlain.ts";
import { checkConsoleQuery, checkQueryText, toConsoleBounds } from "./checkConsoleQuery.ts";
import type { PlanNode } from "./planAllowList.ts";
import type { ConsoleLimits } from "./runConsoleQuery.ts";
import { toConsoleError } from "./toConsoleError.ts";

type DriverPlan = PlanNode & { identifiers?: string[] };

export function toPlanStep(node: DriverPlan): PlanStep {
  const args = node.arguments;
  const rows = toPlain(args.EstimatedRows);
  const details = toPlain(args.Details);
  return {
    operator: node.operatorType.split("@")[0]!,
    estimatedRows: typeof rows === "number" ? Math.round(rows * 10) / 10 : null,
    details: typeof details === "string" ? details : "",
    identifiers: node.identifiers ?? [],
    children: node.children.map((child) => toPlanStep(child as DriverPlan)),
  };
}

export async function explainConsoleQuery(
  executor: Executor,
  query: string,
  params: Record<string, unknown>,
  limits: ConsoleLimits,
): Promise<ConsolePlan> {
  const bounds = toConsoleBounds(limits);
  try {
    checkQueryText(query);
    return await executor.withConsoleSession(1, async (open) => {
      const plan = await checkConsoleQuery(open, executor.database, query, params, limits.timeoutMs, bounds);
      return { plan: toPlanStep(plan), limits: { ...bounds, timeoutMs: limits.timeoutMs, maxRows: limits.maxRows } };
    });
  } catch (error) {
    throw toConsoleError(error, limits.timeoutMs);
  }
}
