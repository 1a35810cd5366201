/**
 * Runs a public console query safely: the guard first, then EXPLAIN to learn the query type
 * without running anything, then the query itself in a READ transaction with a timeout, reading
 * at most maxRows + 1 rows. Never retried: a query that failed on limits would fail again.
 */
import type { Driver, Session } from "neo4j-driver";
import { toPlain, type Plain } from "../neo4j/toPlain.ts";
import { ConsoleError } from "./ConsoleError.ts";
import { checkCypher } from "./cypherGuard.ts";
import { collectGraph, type ResultGraph } from "./toResultGraph.ts";

export interface ConsoleLimits {
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
  checkCypher(query);
  const session = driver.session({ database, defaultAccessMode: "READ" });
  const started = Date.now();
  try {
    const plan = await runOnce(session, `EXPLAIN ${query}`, params, limits.timeoutMs);
    const queryType = plan.summary.queryType;
    if (queryType !== "r") {
      throw new ConsoleError(
        "CYPHER_WRITE_REFUSED",
        `Refused: this is a ${QUERY_TYPES[queryType] ?? queryType} query; the public console only runs read-only queries.`,
      );
    }

    const tx = session.beginTransaction({ timeout: limits.timeoutMs, metadata: { app: "console" } });
    const rows: Plain[][] = [];
    const raw: unknown[] = [];
    let columns: string[] = [];
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
        raw.push(...values);
        rows.push(values.map(toPlain));
      }
      const summary = truncated ? undefined : await result.summary();
      return {
        columns,
        rows,
        graph: collectGraph(raw),
        summary: {
          rows: rows.length,
          truncated,
          maxRows: limits.maxRows,
          queryType: "read",
          elapsedMs: Date.now() - started,
          notifications: (summary?.notifications ?? []).map((n) => `${n.title}: ${n.description}`),
        },
      };
    } finally {
      // Read-only: rolling back frees the transaction (and stops a truncated query) at once.
      await tx.rollback().catch(() => undefined);
    }
  } catch (error) {
    throw toConsoleError(error, limits);
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

function toConsoleError(error: unknown, limits: ConsoleLimits): ConsoleError {
  if (error instanceof ConsoleError) return error;
  const e = error as { code?: string; message?: string; gqlStatus?: string };
  const code = e.code ?? "";
  const message = (e.message ?? String(error)).split("\n")[0]!;
  if (
    code === "Neo.ClientError.Statement.SyntaxError" ||
    code === "Neo.ClientError.Statement.ParameterMissing" ||
    code === "Neo.ClientError.Statement.TypeError" ||
    code === "Neo.ClientError.Statement.ArgumentError"
  ) {
    return new ConsoleError("CYPHER_SYNTAX", `Cypher error: ${message}`);
  }
  if (code === "Neo.ClientError.Statement.AccessMode" || code.startsWith("Neo.ClientError.Security")) {
    return new ConsoleError(
      "CYPHER_WRITE_REFUSED",
      "Refused: the public console only runs read-only queries (Neo4j rejected a write).",
    );
  }
  if (
    code.includes("TransactionTimedOut") ||
    code === "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration" ||
    /timed out|terminated/i.test(message)
  ) {
    return new ConsoleError(
      "CYPHER_TIMEOUT",
      `Stopped: the query ran longer than the ${limits.timeoutMs / 1000} s limit. Narrow it (add LIMIT, anchor it on one actor, bound its paths).`,
    );
  }
  if (code.includes("MemoryPoolOutOfMemoryError") || /memory/i.test(code)) {
    return new ConsoleError(
      "CYPHER_MEMORY",
      "Stopped: the query needed more memory than a console query may use. Narrow it or aggregate earlier.",
    );
  }
  if (code === "ServiceUnavailable" || code === "SessionExpired" || /ECONNREFUSED|connection/i.test(message)) {
    return new ConsoleError("NEO4J_UNAVAILABLE", "The database is not answering right now; try again in a moment.");
  }
  if (code === "Neo.ClientError.Procedure.ProcedureNotFound") {
    return new ConsoleError("CYPHER_SYNTAX", `Cypher error: ${message}`);
  }
  if (code.startsWith("Neo.ClientError.Procedure")) {
    return new ConsoleError("CYPHER_FORBIDDEN", `Refused: ${message}`);
  }
  return new ConsoleError("CYPHER_FAILED", `The query failed: ${message}`);
}
