/**
 * An allow-list for namespaced functions (`date.truncate()`, `apoc.text.join()`): only Neo4j's
 * built-in namespaces. Community without plugins has nothing else today; this keeps a plugin
 * added later (APOC, GDS) out of the public console until someone decides otherwise. Procedures
 * (after CALL) are judged from the plan instead. Plain function names are all built-in. Checked
 * before EXPLAIN, so an unknown plugin function is refused the same whether or not it is installed.
 */
import { ConsoleError } from "./ConsoleError.ts";
import { positionOf, tokenize } from "./cypherTokens.ts";
import { isOp, isWord, nameOf } from "./iterations.ts";

const BUILT_IN = ["date", "datetime", "localdatetime", "localtime", "time", "duration", "point", "vector.similarity"];
const BUILT_IN_FUNCTIONS = ["db.nameFromElementId"];

export function refuseForeignFunctions(query: string): void {
  const tokens = tokenize(query);
  tokens.forEach((token, start) => {
    if (token.kind !== "word" && token.kind !== "quoted") return;
    if (isOp(tokens[start - 1], ".") || isWord(tokens[start - 1], "CALL")) return;
    let name = nameOf(token);
    let last = start;
    while (isOp(tokens[last + 1], ".") && ["word", "quoted"].includes(tokens[last + 2]?.kind ?? "")) {
      name += `.${nameOf(tokens[last + 2]!)}`;
      last += 2;
    }
    if (last === start || !isOp(tokens[last + 1], "(")) return;
    const namespace = name.slice(0, name.lastIndexOf(".")).toLowerCase();
    const known =
      BUILT_IN.includes(namespace) || BUILT_IN_FUNCTIONS.some((f) => f.toLowerCase() === name.toLowerCase());
    if (!known) {
      throw new ConsoleError(
        "CYPHER_FORBIDDEN",
        `Refused: function ${name}() is not available in the public console; it allows Neo4j's built-in functions (${positionOf(query, token.offset)}).`,
      );
    }
  });
}
