/**
 * Decides from Neo4j's own EXPLAIN plan whether the console may run a query: every operator must
 * be a reading one on the console's database, every procedure on a short allow-list, and every
 * variable-length expansion bounded. What Neo4j parsed is what is judged, so spelling tricks
 * (`SHOW TRANSACTION`, comments, backticks) cannot step around it; anything unrecognised is refused.
 */
import { ConsoleError } from "./ConsoleError.ts";

/** The fields of a neo4j-driver plan this check reads. */
export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

// Neo4j 5.26 operators that only read, filter, join or shape rows (Cypher manual, "Operators").
const READ_OPERATORS = new Set(
  `AllNodesScan NodeByLabelScan NodeByIdSeek NodeByElementIdSeek NodeIndexSeek NodeUniqueIndexSeek
  NodeIndexSeekByRange NodeUniqueIndexSeekByRange NodeIndexScan NodeIndexContainsScan NodeIndexEndsWithScan
  MultiNodeIndexSeek IntersectionNodeByLabelsScan UnionNodeByLabelsScan SubtractionNodeByLabelsScan
  DirectedAllRelationshipsScan UndirectedAllRelationshipsScan DirectedRelationshipTypeScan
  UndirectedRelationshipTypeScan DirectedUnionRelationshipTypesScan UndirectedUnionRelationshipTypesScan
  DirectedRelationshipByIdSeek UndirectedRelationshipByIdSeek DirectedRelationshipByElementIdSeek
  UndirectedRelationshipByElementIdSeek DirectedRelationshipIndexSeek UndirectedRelationshipIndexSeek
  DirectedRelationshipUniqueIndexSeek UndirectedRelationshipUniqueIndexSeek
  DirectedRelationshipIndexSeekByRange UndirectedRelationshipIndexSeekByRange
  DirectedRelationshipIndexScan UndirectedRelationshipIndexScan DirectedRelationshipIndexContainsScan
  UndirectedRelationshipIndexContainsScan DirectedRelationshipIndexEndsWithScan
  UndirectedRelationshipIndexEndsWithScan NodeCountFromCountStore RelationshipCountFromCountStore
  Expand(All) Expand(Into) OptionalExpand(All) OptionalExpand(Into) VarLengthExpand(All) VarLengthExpand(Into)
  VarLengthExpand(Pruning) VarLengthExpand(Pruning,BFS) VarLengthExpand(Pruning,BFS,All)
  VarLengthExpand(Pruning,BFS,Into) Repeat(Trail) Repeat(Walk) NullifyMetadata ShortestPath
  StatefulShortestPath(All) StatefulShortestPath(Into) ProjectEndpoints TriadicSelection TriadicBuild
  TriadicFilter Apply SemiApply AntiSemiApply LetSemiApply LetAntiSemiApply SelectOrSemiApply
  SelectOrAntiSemiApply LetSelectOrSemiApply LetSelectOrAntiSemiApply ConditionalApply
  AntiConditionalApply RollUpApply Argument ArgumentTracker Optional Anti Filter Limit ExhaustiveLimit Skip
  Sort PartialSort Top Top1WithTies PartialTop Union OrderedUnion Unwind PartitionedUnwind Projection
  Eager EagerAggregation OrderedAggregation Distinct OrderedDistinct CacheProperties NodeHashJoin
  ValueHashJoin NodeLeftOuterHashJoin NodeRightOuterHashJoin CartesianProduct AssertSameNode
  AssertSameRelationship ProduceResults EmptyResult EmptyRow`.split(/\s+/),
);

// Read-only procedures that describe this atlas's data and schema, nothing about the server.
export const ALLOWED_PROCEDURES = [
  "db.index.fulltext.queryNodes",
  "db.index.fulltext.queryRelationships",
  "db.index.fulltext.listAvailableAnalyzers",
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
  "db.schema.visualization",
  "db.schema.nodeTypeProperties",
  "db.schema.relTypeProperties",
];

// Operators that write (or change schema); named so the refusal can say "read-only".
const WRITES =
  /^(Create|Merge|Set|Delete|DetachDelete|Remove|Foreach|SubqueryForeach|TransactionForeach|TransactionApply|Drop|DoNothingIfExists|LockNodes)/;

// Expansions whose details show no upper bound: `[r*]`, `[r*2..]`, `[*..2147483647]`, `{1, }`.
const EXPANSIONS = /^(VarLengthExpand|ShortestPath|StatefulShortestPath|Repeat)/;
const UNBOUNDED = /\*\s*(\]|(\d+\s*)?\.\.\s*(2147483647\s*)?\])|\{\s*\d+\s*,\s*\}/;

const QUERY_TYPES: Record<string, string> = { r: "read", rw: "read-write", w: "write", s: "schema" };

/** Refusals ranked by what matters most to say: not allowed, then read-only, then unknown, then unbounded. */
type Refusal = { rank: 0 | 1 | 2 | 3; error: ConsoleError };

/** `queryType` is Neo4j's own: r, rw, w or s; only r may run. */
export function checkPlan(plan: PlanNode, database: string, queryType: string): void {
  const refusals: Refusal[] = [];
  if (queryType !== "r") {
    const type = QUERY_TYPES[queryType] ?? queryType;
    refusals.push(writeRefused(`this is a ${type} query; the public console only runs read-only queries`));
  }
  const visit = (node: PlanNode) => {
    const refusal = judge(node, database);
    if (refusal) refusals.push(refusal);
    node.children.forEach(visit);
  };
  visit(plan);
  refusals.sort((a, b) => a.rank - b.rank);
  if (refusals[0]) throw refusals[0].error;
}

function judge(node: PlanNode, database: string): Refusal | undefined {
  const [operator = "", on] = node.operatorType.split("@");
  const details = typeof node.arguments.Details === "string" ? node.arguments.Details : "";
  if (operator === "ProcedureCall") {
    const name = /^\s*([\w.]+)\s*\(/.exec(details)?.[1] ?? "an unnamed procedure";
    return ALLOWED_PROCEDURES.includes(name) ? undefined : { rank: 0, error: procedureRefused(name) };
  }
  if (operator === "LoadCSV") return forbidden("LOAD CSV is not allowed: the console cannot read files or URLs");
  if (/^(Show|Terminate)/.test(operator) || operator === "AdministrationCommand") {
    return forbidden("SHOW, TERMINATE and administration commands are not allowed: the console reads the atlas only");
  }
  if (on !== undefined && on !== database) {
    return forbidden(`the query reaches the ${on} database; the console reads the ${database} database only`);
  }
  if (WRITES.test(operator)) return writeRefused("the public console only runs read-only queries");
  if (!READ_OPERATORS.has(operator)) {
    const error = new ConsoleError(
      "CYPHER_FORBIDDEN",
      `Refused: the plan step ${operator} is not on the console's list of reading operations.`,
    );
    return { rank: 2, error };
  }
  if (EXPANSIONS.test(operator) && UNBOUNDED.test(details)) {
    const error = new ConsoleError(
      "CYPHER_UNBOUNDED_PATH",
      "Refused: unbounded variable-length pattern: give it an upper bound, such as [*..6] or {1,6}.",
    );
    return { rank: 3, error };
  }
  return undefined;
}

export function procedureRefused(name: string): ConsoleError {
  const allowed = ALLOWED_PROCEDURES.join(", ");
  return forbidden(`procedure ${name} is not available in the public console; it allows ${allowed}`).error;
}

function forbidden(reason: string): Refusal {
  return { rank: 0, error: new ConsoleError("CYPHER_FORBIDDEN", `Refused: ${reason}.`) };
}

function writeRefused(reason: string): Refusal {
  return { rank: 1, error: new ConsoleError("CYPHER_WRITE_REFUSED", `Refused: ${reason}.`) };
}
