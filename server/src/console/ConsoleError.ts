/** A refusal or failure of a console query, with a stable code and an HTTP status. */
export type ConsoleErrorCode =
  | "BAD_REQUEST"
  | "CYPHER_SYNTAX"
  | "CYPHER_WRITE_REFUSED"
  | "CYPHER_FORBIDDEN"
  | "CYPHER_UNBOUNDED_PATH"
  | "CYPHER_EXPRESSION_LIMIT"
  | "CYPHER_RESULT_TOO_LARGE"
  | "CYPHER_TIMEOUT"
  | "CYPHER_MEMORY"
  | "CYPHER_FAILED"
  | "NEO4J_UNAVAILABLE";

export class ConsoleError extends Error {
  override name = "ConsoleError";

  constructor(
    readonly code: ConsoleErrorCode,
    message: string,
    readonly status = code === "NEO4J_UNAVAILABLE" ? 503 : 400,
  ) {
    super(message);
  }
}
