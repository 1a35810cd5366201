/**
 * Applies cypher/schema.cypher: safe to run at every start, from several app instances at once,
 * against a cluster whose leader may change meanwhile. Each statement is its own managed write
 * transaction, so the driver retries it on transient errors and on a leader switch (up to its
 * 30 s retry time); every statement is idempotent (IF NOT EXISTS, DROP ... IF EXISTS), so a retry
 * or a second instance doing the same changes nothing (their races included, see below). Then waits, bounded, for indexes to be online.
 */
import { setTimeout as delay } from "node:timers/promises";
import { findStaleFulltextIndexes, toFulltextIndexShape, type FulltextIndexShape } from "./fulltextIndexes.ts";

/** Runs one statement in a managed WRITE transaction (retried by the driver) and returns its rows. */
export type RunSchemaStatement = (statement: string) => Promise<Array<Record<string, unknown>>>;

export interface SchemaOptions {
  /** Longest wait for every index to be ONLINE after the statements ran. */
  indexTimeoutMs?: number;
  /** Between two looks at SHOW INDEXES. */
  pollMs?: number;
  /** False: create and return, the indexes populating in the background. */
  awaitOnline?: boolean;
  /** Told the indexes still populating at each look (progress of a long population). */
  onPending?: (pending: IndexState[]) => void;
  /**
   * The store was built by this load (the initial load's), so none of its indexes predates this
   * schema: no look for indexes built with another analyzer, which would be the server's first
   * Cypher query (0.6 s before the first index).
   */
  newStore?: boolean;
}

export interface IndexState {
  name: string;
  state: string;
  populationPercent: number;
  failureMessage: string;
}

export async function applySchemaStatements(
  run: RunSchemaStatement,
  statements: string[],
  { indexTimeoutMs = 120_000, pollMs = 250, awaitOnline = true, onPending, newStore = false }: SchemaOptions = {},
): Promise<void> {
  const declared = statements.map(toFulltextIndexShape).filter((shape) => shape !== undefined);
  const existing = newStore
    ? []
    : ((await run(
        "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options " +
          "RETURN name, labelsOrTypes, properties, options.indexConfig.`fulltext.analyzer` AS analyzer",
      )) as unknown as FulltextIndexShape[]);
  // IF EXISTS: another instance starting at the same moment may have dropped it first.
  for (const name of findStaleFulltextIndexes(declared, existing)) await run(`DROP INDEX \`${name}\` IF EXISTS`);
  for (const statement of statements) await run(statement).catch(ignoreEquivalentRule);
  if (awaitOnline) await awaitIndexesOnline(run, indexTimeoutMs, pollMs, onPending);
}

/**
 * IF NOT EXISTS is checked when the statement is planned, so two instances creating the same index
 * at once both pass it and the later commit fails with this code (seen on 5.26): the index the
 * statement asks for exists, which is all it wanted.
 */
function ignoreEquivalentRule(error: unknown): void {
  if ((error as { code?: string })?.code !== "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists") throw error;
}

/**
 * Polls SHOW INDEXES until every index is ONLINE. A FAILED index stops the wait at once; a
 * deadline names each index still populating, with its progress.
 */
export async function awaitIndexesOnline(
  run: RunSchemaStatement,
  timeoutMs: number,
  pollMs: number,
  onPending: (pending: IndexState[]) => void = () => undefined,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pending = (await run(
      "SHOW INDEXES YIELD name, state, populationPercent, failureMessage WHERE state <> 'ONLINE' " +
        "RETURN name, state, populationPercent, failureMessage ORDER BY name",
    )) as unknown as IndexState[];
    const failed = pending.filter((index) => index.state === "FAILED");
    if (failed.length > 0) throw new Error(`schema: ${failed.map(describeIndex).join("; ")}`);
    if (pending.length === 0) return;
    onPending(pending);
    if (Date.now() >= deadline) {
      throw new Error(
        `schema: not online after ${Math.round(timeoutMs / 1000)} s: ${pending.map(describeIndex).join("; ")}`,
      );
    }
    await delay(pollMs);
  }
}

export function describeIndex({ name, state, populationPercent, failureMessage }: IndexState): string {
  if (state === "FAILED") return `index "${name}" FAILED: ${failureMessage || "no failure message"}`;
  return `index "${name}" is ${state} (${Number(populationPercent).toFixed(1)}% populated)`;
}
