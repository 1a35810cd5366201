/**
 * Runs a public console query safely. Before anything runs: USE is refused, Neo4j's EXPLAIN plan
 * must pass the allow-list (reading operators, allowed procedures, bounded paths), and the loops
 * inside expressions must stay within bounds Neo4j cannot enforce itself. Then the query runs in a
 * READ transaction with a timeout, and its answer is read within a row and a byte cap.
 * Never retried: a query that failed on limits would fail again.
 */
import type { ConsoleBounds, ConsoleResult } from "@atlas/model";
import type { Executor, OpenTransaction } from "../neo4j/executor.ts";
import { checkConsoleQuery, checkQueryText, toConsoleBounds } from "./checkConsoleQuery.ts";
import { useLinearBufferReads } from "./linearBufferReads.ts";
import { readAnswer } from "./readAnswer.ts";
import { toConsoleError } from "./toConsoleError.ts";

export interface ConsoleLimits extends Partial<ConsoleBounds> {
  timeoutMs: number;
  maxRows: number;
}

useLinearBufferReads();

/**
 * Neo4j stops the query at timeoutMs, but an answer already on the wire (one row holding a list of
 * millions) is still received and decoded; past this grace the caller gets its answer (a timeout)
 * and the session is closed in the background once the driver is done.
 */
const DEADLINE_GRACE_MS = 2000;

/**
 * Rows the driver pulls (and decodes) ahead of the reader. The driver's default, 1000, meant a
 * hundred 1 MB rows were decoded after the byte cap had already cut the answer at four.
 */
const FETCH_SIZE = 25;

export async function runConsoleQuery(
  executor: Executor,
  query: string,
  params: Record<string, unknown>,
  limits: ConsoleLimits,
): Promise<ConsoleResult> {
  const bounds = toConsoleBounds(limits);
  checkQueryText(query);
  const work = executor.withConsoleSession(FETCH_SIZE, (open) =>
    checkAndRun(open, executor.database, query, params, limits, bounds),
  );
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timed out")), limits.timeoutMs + DEADLINE_GRACE_MS);
  });
  try {
    return await Promise.race([work, deadline]);
  } catch (error) {
    work.catch(() => undefined); // still running after the deadline: its outcome no longer matters
    throw toConsoleError(error, limits.timeoutMs);
  } finally {
    clearTimeout(timer);
  }
}

async function checkAndRun(
  open: OpenTransaction,
  database: string,
  query: string,
  params: Record<string, unknown>,
  limits: ConsoleLimits,
  bounds: ConsoleBounds,
): Promise<ConsoleResult> {
  const started = Date.now();
  await checkConsoleQuery(open, database, query, params, limits.timeoutMs, bounds);

  const tx = open("console", limits.timeoutMs);
  try {
    const answer = await readAnswer(tx.run(query, params), limits.maxRows, bounds.maxResultBytes);
    return {
      columns: answer.columns,
      rows: answer.rows,
      graph: answer.graph,
      summary: {
        rows: answer.rows.length,
        truncated: answer.truncated,
        maxRows: limits.maxRows,
        maxResultBytes: bounds.maxResultBytes,
        queryType: "read",
        elapsedMs: Date.now() - started,
        notifications: answer.notifications,
      },
    };
  } finally {
    // Read-only: rolling back frees the transaction (and stops a truncated query) at once.
    await tx.rollback().catch(() => undefined);
  }
}
