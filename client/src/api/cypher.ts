/** The Cypher console's calls: POST /api/cypher and GET /api/examples. */
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

export async function runCypher(query: string, params: Record<string, unknown> = {}): Promise<CypherResult> {
  const response = await fetch("/api/cypher", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, params }),
  });
  const body = (await response.json().catch(() => null)) as
    (CypherResult & { error?: { code: string; message: string } }) | null;
  if (!response.ok || !body || body.error) {
    throw new CypherError(
      body?.error?.code ?? "HTTP_ERROR",
      body?.error?.message ?? `The server answered ${response.status}`,
    );
  }
  return body;
}

export async function fetchExamples(): Promise<CypherExample[]> {
  const response = await fetch("/api/examples");
  return ((await response.json()) as { examples: CypherExample[] }).examples;
}
