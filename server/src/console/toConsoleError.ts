/**
 * Turns a Neo4j or driver error into a ConsoleError with a stable code and a one-line message:
 * no stack traces, no server paths.
 */
import { ConsoleError } from "./ConsoleError.ts";
import { procedureRefused } from "./planAllowList.ts";

export function toConsoleError(error: unknown, timeoutMs: number): ConsoleError {
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
      `Stopped: the query ran longer than the ${timeoutMs / 1000} s limit. Narrow it (add LIMIT, anchor it on one actor, bound its paths).`,
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
    // Refused whether or not it exists: the answer must not tell which procedures are installed.
    return procedureRefused(/`([^`]+)`/.exec(message)?.[1] ?? "this procedure");
  }
  if (
    code === "Neo.ClientError.Statement.UnsupportedAdministrationCommand" ||
    code === "Neo.ClientError.Statement.NotSystemDatabaseError"
  ) {
    return new ConsoleError(
      "CYPHER_FORBIDDEN",
      "Refused: administration commands are not allowed in the public console.",
    );
  }
  if (code.startsWith("Neo.ClientError.Procedure")) {
    return new ConsoleError("CYPHER_FORBIDDEN", `Refused: ${message}`);
  }
  return new ConsoleError("CYPHER_FAILED", `The query failed: ${message}`);
}
