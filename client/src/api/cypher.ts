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

// The plan's shape is the server's own (a type-only import: nothing of the server is bundled).
import type { ConsolePlan } from "../../../server/src/console/explainConsoleQuery.ts";
export type { PlanStep } from "../../../server/src/console/explainConsoleQuery.ts";
export type CypherPlan = ConsolePlan;

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
