/** The Cypher console's calls: POST /api/cypher, POST /api/cypher/explain and GET /api/examples. */
import type { ConsolePlan, ConsoleResult } from "@atlas/model";

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

export function runCypher(query: string, params: Record<string, unknown> = {}): Promise<ConsoleResult> {
  return postQuery("/api/cypher", query, params);
}

export function explainCypher(query: string, params: Record<string, unknown> = {}): Promise<ConsolePlan> {
  return postQuery("/api/cypher/explain", query, params);
}

export async function fetchExamples(): Promise<CypherExample[]> {
  const response = await fetch("/api/examples");
  return ((await response.json()) as { examples: CypherExample[] }).examples;
}
