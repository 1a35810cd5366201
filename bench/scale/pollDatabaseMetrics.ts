/**
 * Whole-database metrics through GraphQL as a client asks for them: polled until DONE, with the
 * slowest poll (whether the HTTP thread stayed free while the worker computed).
 */
import { graphqlPost } from "./graphqlPost.ts";

const QUERY = `query ($names: [String!]!) {
  databaseMetrics(names: $names, top: 5) { status progress stage error actors links modularity }
}`;

export interface MetricsAnswer {
  status: string;
  error: string | null;
  actors: number;
  links: number;
  modularity: number | null;
}

export async function pollDatabaseMetrics(url: string, names: string[], intervalMs: number) {
  const started = performance.now();
  let slowestPollMs = 0;
  for (;;) {
    const asked = performance.now();
    const answer = (await graphqlPost(url, QUERY, { names })).databaseMetrics as MetricsAnswer;
    slowestPollMs = Math.max(slowestPollMs, performance.now() - asked);
    if (answer.status === "FAILED") throw new Error(`databaseMetrics: ${answer.error}`);
    if (answer.status === "DONE") return { seconds: (performance.now() - started) / 1000, slowestPollMs, answer };
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
