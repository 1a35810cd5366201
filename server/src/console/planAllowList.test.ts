import { describe, expect, it } from "vitest";
import { ConsoleError } from "./ConsoleError.ts";
import { checkPlan, type PlanNode } from "./planAllowList.ts";

/** A plan as neo4j-driver returns it: `Operator@database | Details`, children indented below. */
const node = (operatorType: string, details = "", children: PlanNode[] = []): PlanNode => ({
  operatorType,
  arguments: details ? { Details: details } : {},
  children,
});
const produce = (...children: PlanNode[]) => node("ProduceResults@neo4j", "x", children);

function verdict(plan: PlanNode, queryType = "r"): string {
  try {
    checkPlan(plan, "neo4j", queryType);
    return "allowed";
  } catch (error) {
    expect(error).toBeInstanceOf(ConsoleError);
    return `${(error as ConsoleError).code}: ${(error as ConsoleError).message}`;
  }
}

describe("checkPlan", () => {
  it.each([
    ["a label scan and expansion", produce(node("Expand(All)@neo4j", "(a)-->(b)", [node("NodeByLabelScan@neo4j")]))],
    ["a bounded var-length expansion", produce(node("VarLengthExpand(All)@neo4j", "(a)-[anon_0*..4]-(b)"))],
    ["an exact-length expansion", produce(node("VarLengthExpand(All)@neo4j", "(a)-[anon_0*3]->(b)"))],
    ["a bounded quantified path", produce(node("Repeat(Trail)@neo4j", "(a) (...){2, 4} (b)"))],
    ["an allowed procedure", produce(node("ProcedureCall@neo4j", "db.labels() :: (label :: STRING)"))],
    [
      "a full-text query",
      produce(node("ProcedureCall@neo4j", "db.index.fulltext.queryNodes($a, $b) :: (node :: NODE)")),
    ],
  ])("allows %s", (_name, plan) => {
    expect(verdict(plan)).toBe("allowed");
  });

  it.each([
    ["SHOW TRANSACTION", produce(node("ShowTransactions@neo4j")), /CYPHER_FORBIDDEN: .*SHOW/],
    ["SHOW SETTING", produce(node("ShowSettings@neo4j")), /CYPHER_FORBIDDEN: .*SHOW/],
    ["TERMINATE", produce(node("TerminateTransactions@neo4j")), /CYPHER_FORBIDDEN/],
    ["SHOW USERS", node("AdministrationCommand@system"), /CYPHER_FORBIDDEN: .*administration/],
    ["another database", produce(node("AllNodesScan@other")), /CYPHER_FORBIDDEN: .*other database/],
    [
      "db.stats.retrieve",
      produce(node("ProcedureCall@neo4j", "db.stats.retrieve($s) :: (section :: STRING)")),
      /procedure db\.stats\.retrieve is not available/,
    ],
    [
      "dbms.components",
      produce(node("ProcedureCall@neo4j", "dbms.components() :: (name :: STRING)")),
      /procedure dbms\.components/,
    ],
    ["LOAD CSV", produce(node("LoadCSV@neo4j", "row")), /CYPHER_FORBIDDEN: .*LOAD CSV/],
    [
      "an unknown operator",
      produce(node("Frobnicate@neo4j")),
      /CYPHER_FORBIDDEN: .*Frobnicate is not on the console's list/,
    ],
    ["CREATE", produce(node("EmptyResult@neo4j", "", [node("Create@neo4j", "(n)")])), /CYPHER_WRITE_REFUSED/],
    ["SET", produce(node("SetProperty@neo4j", "n.x = 1")), /CYPHER_WRITE_REFUSED/],
    ["IN TRANSACTIONS", produce(node("TransactionForeach@neo4j")), /CYPHER_WRITE_REFUSED/],
    ["CREATE INDEX", node("CreateIndex@neo4j", "RANGE INDEX x FOR (:A) ON (b)"), /CYPHER_WRITE_REFUSED/],
    ["[*]", produce(node("VarLengthExpand(All)@neo4j", "(a)-[anon_0*]-(b)")), /CYPHER_UNBOUNDED_PATH/],
    ["[*2..]", produce(node("VarLengthExpand(All)@neo4j", "(a)-[anon_0*2..]->(b)")), /CYPHER_UNBOUNDED_PATH/],
    ["-->+", produce(node("Repeat(Trail)@neo4j", "(a) (...){1, } (b)")), /CYPHER_UNBOUNDED_PATH/],
    [
      "SHORTEST +",
      produce(node("StatefulShortestPath(All)@neo4j", "SHORTEST 1 (a) ((x)-[y]->(z)){1, } (b)")),
      /CYPHER_UNBOUNDED_PATH/,
    ],
    [
      "a pruning existence check",
      produce(node("VarLengthExpand(Pruning,BFS,All)@neo4j", "(a)-[*..2147483647]->(b) ")),
      /CYPHER_UNBOUNDED_PATH/,
    ],
    [
      "LOAD CSV that also writes",
      produce(node("Create@neo4j", "", [node("LoadCSV@neo4j")])),
      /CYPHER_FORBIDDEN: .*LOAD CSV/,
    ],
  ])("refuses %s", (_name, plan, expected) => {
    expect(verdict(plan)).toMatch(expected);
  });

  it("refuses a write whose plan steps it does not know as a write, from Neo4j's query type", () => {
    const merge = produce(node("LockingMergeInto@neo4j", "", [node("NodeUniqueIndexSeek(Locking)@neo4j")]));
    expect(verdict(merge, "rw")).toBe(
      "CYPHER_WRITE_REFUSED: Refused: this is a read-write query; the public console only runs read-only queries.",
    );
  });
});
