/**
 * Refuses USE: the console reads one database. Neo4j's plan does not show a USE clause that names
 * the same database, and answers `USE system SHOW USERS` with a syntax error, so the clause is found
 * in the text: USE where a query or subquery starts, followed by a graph name (`{use: 1}` and a
 * variable called `use` are not clauses).
 */
import { ConsoleError } from "./ConsoleError.ts";
import { positionOf, tokenize } from "./cypherTokens.ts";
import { isOp, isWord } from "./iterations.ts";

export function refuseUseClause(query: string): void {
  const tokens = tokenize(query);
  tokens.forEach((token, i) => {
    const before = tokens[i - 1];
    const startsQuery =
      before === undefined ||
      isOp(before, "{") ||
      isWord(before, "UNION") ||
      (isWord(before, "ALL") && isWord(tokens[i - 2], "UNION"));
    const next = tokens[i + 1];
    if (isWord(token, "USE") && startsQuery && (next?.kind === "word" || next?.kind === "quoted")) {
      throw new ConsoleError(
        "CYPHER_FORBIDDEN",
        `Refused: USE is not allowed: the console reads this database only (${positionOf(query, token.offset)}).`,
      );
    }
  });
}
