/**
 * One Neo4j session (and one READ transaction) per GraphQL request. Given the driver, @neo4j/graphql 7
 * opens a session for every root field it resolves (Executor.driverRun: `driver.session()` per
 * execute), so a query with 15 aliases held 15 pooled connections at once and four such queries
 * emptied the pool. Given a transaction it runs every root field in it (Executor.transactionRun:
 * `transaction.run(query, params)`, the only method it calls), one after another on one connection.
 * The transaction opens on the first query, so requests that need no Cypher hold no connection.
 */
import type { QueryResult, Transaction } from "neo4j-driver";
import type { Executor } from "../neo4j/executor.ts";

export class RequestTransaction {
  private open: ReturnType<Executor["beginRead"]> | undefined;

  constructor(private readonly executor: Executor) {}

  run(query: string, params: Record<string, unknown>): Promise<QueryResult> {
    this.open ??= this.executor.beginRead("graphql");
    return Promise.resolve(this.open.transaction.run(query, params));
  }

  /** For @neo4j/graphql's context: it accepts a Driver, Session or Transaction, and calls only run(). */
  asExecutionContext(): Transaction {
    return this as unknown as Transaction;
  }

  /** Ends the transaction (reads only: nothing to keep) and returns the connection to the pool. */
  async close(): Promise<void> {
    const open = this.open;
    this.open = undefined;
    await open?.close();
  }
}
