/**
 * One Neo4j session (and one READ transaction) per GraphQL request. Given the driver, @neo4j/graphql 7
 * opens a session for every root field it resolves (Executor.driverRun: `driver.session()` per
 * execute), so a query with 15 aliases held 15 pooled connections at once and four such queries
 * emptied the pool. Given a transaction it runs every root field in it (Executor.transactionRun:
 * `transaction.run(query, params)`, the only method it calls), one after another on one connection.
 * The transaction opens on the first query, so requests that need no Cypher hold no connection.
 */
import type { Driver, QueryResult, Session, Transaction } from "neo4j-driver";

export class RequestTransaction {
  private session: Session | undefined;
  private transaction: Transaction | undefined;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}

  run(query: string, params: Record<string, unknown>): Promise<QueryResult> {
    if (!this.transaction) {
      this.session = this.driver.session({ database: this.database, defaultAccessMode: "READ" });
      this.transaction = this.session.beginTransaction({ metadata: { app: "graphql" } });
    }
    return Promise.resolve(this.transaction.run(query, params));
  }

  /** For @neo4j/graphql's context: it accepts a Driver, Session or Transaction, and calls only run(). */
  asExecutionContext(): Transaction {
    return this as unknown as Transaction;
  }

  /** Ends the transaction (reads only: nothing to keep) and returns the connection to the pool. */
  async close(): Promise<void> {
    const session = this.session;
    if (!session) return;
    this.session = undefined;
    await this.transaction?.rollback().catch(() => undefined);
    this.transaction = undefined;
    await session.close();
  }
}
