/**
 * Neo4j's plan for a console query, without running it: the same checks as running it (so the
 * same queries are refused, with the same codes), then the EXPLAIN plan as a readable tree and
 * the limits the query would run under.
 */
import type { Driver } from "neo4j-driver";
import { toPlain } from "../neo4j/toPlain.ts";
import { checkConsoleQuery, checkQueryText, toConsoleBounds } from "./checkConsoleQuery.ts";
import type { ConsoleBounds } from "./limits.ts";
import type { PlanNode } from "./planAllowList.ts";
import type { ConsoleLimits } from "./runConsoleQuery.ts";
import { toConsoleError } from "./toConsoleError.ts";

export interface PlanStep {
  operator: string;
  estimatedRows: number | null;
  details: string;
  identifiers: string[];
  children: PlanStep[];
}

export interface ConsolePlan {
  plan: PlanStep;
  limits: ConsoleBounds & { timeoutMs: number; maxRows: number };
}

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
  driver: Driver,
  database: string,
  query: string,
  params: Record<string, unknown>,
  limits: ConsoleLimits,
): Promise<ConsolePlan> {
  const bounds = toConsoleBounds(limits);
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    checkQueryText(query);
    const plan = await checkConsoleQuery(session, database, query, params, limits.timeoutMs, bounds);
    return { plan: toPlanStep(plan), limits: { ...bounds, timeoutMs: limits.timeoutMs, maxRows: limits.maxRows } };
  } catch (error) {
    throw toConsoleError(error, limits.timeoutMs);
  } finally {
    await session.close();
  }
}
