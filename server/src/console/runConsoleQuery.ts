/**
 * Runs a public console query safely. Before anything runs: USE is refused, Neo4j's EXPLAIN plan
 * must pass the allow-list (reading operators, allowed procedures, bounded paths), and the loops
 * inside expressions must stay within bounds Neo4j cannot enforce itself. Then the query runs in a
 * READ transaction with a timeout, reading at most maxRows rows and maxResultBytes of answer.
 * Never retried: a query that failed on limits would fail again.
 */
import type { Driver, Session } from "neo4j-driver";
import { toPlain, type Plain } from "../neo4j/toPlain.ts";
import { ConsoleError } from "./ConsoleError.ts";
import { checkExpressions } from "./expressionBounds.ts";
import { DEFAULT_CONSOLE_BOUNDS, type ConsoleBounds } from "./limits.ts";
import { checkPlan, type PlanNode } from "./planAllowList.ts";
import { sizeWithin } from "./resultSize.ts";
import { toConsoleError } from "./toConsoleError.ts";
import { collectGraph, type ResultGraph } from "./toResultGraph.ts";
import { refuseUseClause } from "./useClause.ts";

export interface ConsoleLimits extends Partial<ConsoleBounds> {
  timeoutMs: number;
  maxRows: number;
}

export interface ConsoleResult {
  columns: string[];
  rows: Plain[][];
  graph: ResultGraph;
  summary: {
    rows: number;
    truncated: boolean;
    maxRows: number;
    maxResultBytes: number;
    queryType: string;
    elapsedMs: number;
    notifications: string[];
  };
}

const QUERY_TYPES: Record<string, string> = { r: "read", rw: "read-write", w: "write", s: "schema" };

export async function runConsoleQuery(
  driver: Driver,
  database: string,
  query: string,
  params: Record<string, unknown>,
  limits: ConsoleLimits,
): Promise<ConsoleResult> {
  const defaults = DEFAULT_CONSOLE_BOUNDS;
  const bounds: ConsoleBounds = {
    maxRangeElements: limits.maxRangeElements ?? defaults.maxRangeElements,
    maxReduceItems: limits.maxReduceItems ?? defaults.maxReduceItems,
    maxExpressionBytes: limits.maxExpressionBytes ?? defaults.maxExpressionBytes,
    maxResultBytes: limits.maxResultBytes ?? defaults.maxResultBytes,
  };
  refuseUseClause(query);
  const session = driver.session({ database, defaultAccessMode: "READ" });
  const started = Date.now();
  try {
    const { summary } = await runOnce(session, `EXPLAIN ${query}`, params, limits.timeoutMs);
    if (!summary.plan) throw new ConsoleError("CYPHER_FORBIDDEN", "Refused: Neo4j gave no plan for this query.");
    checkPlan(summary.plan as PlanNode, database);
    if (summary.queryType !== "r") {
      throw new ConsoleError(
        "CYPHER_WRITE_REFUSED",
        `Refused: this is a ${QUERY_TYPES[summary.queryType] ?? summary.queryType} query; the public console only runs read-only queries.`,
      );
    }
    checkExpressions(query, params, bounds);

    const tx = session.beginTransaction({ timeout: limits.timeoutMs, metadata: { app: "console" } });
    const rows: Plain[][] = [];
    const raw: unknown[] = [];
    const notes: string[] = [];
    let columns: string[] = [];
    let bytes = 0;
    let truncated = false;
    try {
      const result = tx.run(query, params);
      columns = [...(await result.keys())];
      for await (const record of result) {
        if (rows.length === limits.maxRows) {
          truncated = true;
          break;
        }
        const values = columns.map((column) => record.get(column));
        // Measured before any conversion, so an oversized row costs a bounded walk only.
        const size = sizeWithin(values, bounds.maxResultBytes - bytes);
        if (size === undefined) {
          if (rows.length === 0) throw rowTooLarge(columns, values, bounds.maxResultBytes);
          truncated = true;
          notes.push(
            `Result cut at ${rows.length} rows: the answer reached the ${megabytes(bounds.maxResultBytes)} limit.`,
          );
          break;
        }
        bytes += size;
        raw.push(...values);
        rows.push(values.map(toPlain));
      }
      const done = truncated ? undefined : await result.summary();
      return {
        columns,
        rows,
        graph: collectGraph(raw),
        summary: {
          rows: rows.length,
          truncated,
          maxRows: limits.maxRows,
          maxResultBytes: bounds.maxResultBytes,
          queryType: "read",
          elapsedMs: Date.now() - started,
          notifications: [...notes, ...(done?.notifications ?? []).map((n) => `${n.title}: ${n.description}`)],
        },
      };
    } finally {
      // Read-only: rolling back frees the transaction (and stops a truncated query) at once.
      await tx.rollback().catch(() => undefined);
    }
  } catch (error) {
    throw toConsoleError(error, limits.timeoutMs);
  } finally {
    await session.close();
  }
}

async function runOnce(session: Session, query: string, params: Record<string, unknown>, timeoutMs: number) {
  const tx = session.beginTransaction({ timeout: timeoutMs });
  try {
    return await tx.run(query, params);
  } finally {
    await tx.rollback().catch(() => undefined);
  }
}

/** Names the first column that alone passes the limit, so the message says what to shrink. */
function rowTooLarge(columns: string[], values: unknown[], maxBytes: number): ConsoleError {
  const column = columns.find((_, i) => sizeWithin(values[i], maxBytes) === undefined);
  const what = column === undefined ? "the first row" : `column ${column} of the first row`;
  return new ConsoleError(
    "CYPHER_RESULT_TOO_LARGE",
    `Refused: ${what} holds more than the ${megabytes(maxBytes)} a console answer may hold; ` +
      "return less (size(list), a slice such as list[0..100], fewer properties).",
  );
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toLocaleString("en-US", { maximumFractionDigits: 1 })} MB`;
}
