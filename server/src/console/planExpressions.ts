/**
 * A cross-check between Neo4j's plan and the console's tokenizer: if the plan evaluates range() or
 * reduce() inside an expression where the tokenizer found none, the text was read differently
 * from Neo4j (an escape or comment form it does not know), and the query is refused rather than
 * run unbounded. Plans show literals as parameters (`range($autoint_0, $autoint_1)`), so text in
 * strings cannot trip this.
 */
import { ConsoleError } from "./ConsoleError.ts";
import { tokenize } from "./cypherTokens.ts";
import { findIterations, findRangeCalls, isUnwound } from "./iterations.ts";
import type { PlanNode } from "./planAllowList.ts";

export function checkPlanExpressions(plan: PlanNode, query: string): void {
  const planned = { range: false, reduce: false };
  const visit = (node: PlanNode) => {
    const details = typeof node.arguments.Details === "string" ? node.arguments.Details : "";
    // `UNWIND range(...) AS x` is rows, which the text check leaves free as well.
    const inExpressions = node.operatorType.startsWith("Unwind@") ? details.replace(/^range\(/, "") : details;
    planned.range ||= /\brange\(/i.test(inExpressions);
    planned.reduce ||= /\breduce\(/i.test(inExpressions);
    node.children.forEach(visit);
  };
  visit(plan);
  const tokens = tokenize(query);
  const found = {
    range: findRangeCalls(tokens).some((call) => !isUnwound(tokens, call)),
    reduce: findIterations(tokens).some((loop) => loop.kind === "reduce"),
  };
  for (const name of ["range", "reduce"] as const) {
    if (planned[name] && !found[name]) {
      throw new ConsoleError(
        "CYPHER_EXPRESSION_LIMIT",
        `Refused: Neo4j plans a ${name}() that the console could not find in the query text, so it cannot bound it; write it plainly, as ${name}(...).`,
      );
    }
  }
}
