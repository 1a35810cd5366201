/**
 * What the Cypher console's HTTP routes answer (POST /api/cypher, /api/cypher/explain): the
 * server builds these shapes and the client reads them, so both import them from here.
 */

/** A JSON value: what a Neo4j value becomes once integers, temporals and graph types are read. */
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

export interface ResultNode {
  elementId: string;
  labels: string[];
  properties: { [key: string]: Plain };
}

export interface ResultEdge {
  elementId: string;
  type: string;
  startElementId: string;
  endElementId: string;
  properties: { [key: string]: Plain };
}

/** The nodes, relationships and paths anywhere in a result, collected into one graph. */
export interface ResultGraph {
  nodes: ResultNode[];
  edges: ResultEdge[];
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

export interface ExpressionLimits {
  /** Elements a range() inside an expression may span, nested loops multiplied. */
  maxRangeElements: number;
  /** Steps a reduce() over a literal range or list may take, nested loops multiplied. */
  maxReduceItems: number;
  /** Bytes a comprehension or reduce may build, estimated from its literals. */
  maxExpressionBytes: number;
}

export interface ResultLimits {
  /** Estimated bytes of JSON one console answer may hold; rows past it are cut. */
  maxResultBytes: number;
}

export type ConsoleBounds = ExpressionLimits & ResultLimits;

export interface PlanStep {
  operator: string;
  estimatedRows: number | null;
  details: string;
  identifiers: string[];
  children: PlanStep[];
}

export interface ConsolePlan {
  plan: PlanStep;
  limits: ConsoleBounds & { timeoutMs: number; maxRows: number };
}
