import { describe, expect, it } from "vitest";
import type { PlanNode } from "./planAllowList.ts";
import { checkPlanExpressions } from "./planExpressions.ts";

const plan = (operatorType: string, details: string): PlanNode => ({
  operatorType: "ProduceResults@neo4j",
  arguments: {},
  children: [{ operatorType, arguments: { Details: details }, children: [] }],
});

describe("checkPlanExpressions", () => {
  it("agrees when the text holds what the plan evaluates", () => {
    const projection = plan("Projection@neo4j", "[x IN range($autoint_0, $autoint_1) | x] AS xs");
    expect(() => checkPlanExpressions(projection, "RETURN [x IN range(1, 3) | x] AS xs")).not.toThrow();
    const unwind = plan("Unwind@neo4j", "range($autoint_0, $autoint_1) AS x");
    expect(() => checkPlanExpressions(unwind, "UNWIND range(1, 3) AS x RETURN x")).not.toThrow();
  });

  it("refuses a range() or reduce() the plan evaluates but the text does not show", () => {
    const projection = plan("Projection@neo4j", "size(range($autoint_0, $autoint_1)) AS n");
    expect(() => checkPlanExpressions(projection, "RETURN size(xs) AS n")).toThrow(
      /Neo4j plans a range\(\) that the console could not find in the query text/,
    );
    const reduce = plan("Projection@neo4j", "reduce(s = $autoint_0, x IN $autolist_1 | s + x) AS n");
    expect(() => checkPlanExpressions(reduce, "RETURN 1 AS n")).toThrow(/plans a reduce\(\)/);
  });
});
