/** The Cypher console's calls: POST /api/cypher, POST /api/cypher/explain and GET /api/examples. */
export interface ResultNode {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface ResultEdge {
  elementId: string;
  type: string;
  startElementId: string;
  endElementId: string;
  properties: Record<string, unknown>;
}

export interface CypherResult {
  columns: string[];
  rows: unknown[][];
  graph: { nodes: ResultNode[]; edges: ResultEdge[] };
  summary: { rows: number; truncated: boolean; maxRows: number; elapsedMs: number; notifications: string[] };
}

/** One operator of Neo4j's EXPLAIN plan, as the server sends it. */
export interface PlanStep {
  operator: string;
  estimatedRows: number | null;
  details: string;
  identifiers: string[];
  children: PlanStep[];
}

export interface ConsoleLimits {
  timeoutMs: number;
  maxRows: number;
  maxResultBytes: number;
  maxRangeElements: number;
  maxReduceItems: number;
  maxExpressionBytes: number;
}

export interface CypherPlan {
  plan: PlanStep;
  limits: ConsoleLimits;
}

export interface CypherExample {
  id: string;
  title: string;
  question: string;
  query: string;
}

export class CypherError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function postQuery<T>(path: string, query: string, params: Record<string, unknown>): Promise<T> {
  const response = await fetch(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, params }),
  });
  const body = (await response.json().catch(() => null)) as (T & { error?: { code: string; message: string } }) | null;
  if (!response.ok || !body || body.error) {
    throw new CypherError(
      body?.error?.code ?? "HTTP_ERROR",
      body?.error?.message ?? `The server answered ${response.status}`,
    );
  }
  return body;
}

export function runCypher(query: string, params: Record<string, unknown> = {}): Promise<CypherResult> {
  return postQuery("/api/cypher", query, params);
}

export function explainCypher(query: string, params: Record<string, unknown> = {}): Promise<CypherPlan> {
  return postQuery("/api/cypher/explain", query, params);
}

export async function fetchExamples(): Promise<CypherExample[]> {
  const response = await fetch("/api/examples");
  return ((await response.json()) as { examples: CypherExample[] }).examples;
}
