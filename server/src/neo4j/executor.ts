/**
 * The one way the application talks to Neo4j, reads and writes alike (@neo4j/graphql aside, which
 * gets the driver). Queries are called by the name of their file in cypher/; every transaction
 * carries `{app, source}` metadata, so `SHOW TRANSACTIONS` says what runs, and every session shares
 * one bookmark manager, so on a cluster a write is visible to the next read.
 */
import { readCypher } from "@atlas/cypher";
import type { Plain } from "@atlas/model";
import neo4j, {
  type BookmarkManager,
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type Transaction,
} from "neo4j-driver";
import { applySchemaStatements, type SchemaOptions } from "./schema.ts";
import { fillTemplate } from "./queryTemplate.ts";
import { toPlainMap } from "./toPlain.ts";

export type Row = { [column: string]: Plain };
export type AccessMode = "READ" | "WRITE";

/** Named queries inside one transaction; `fill` names the labels or types a template leaves open. */
export interface NamedTransaction {
  run(name: string, params?: Record<string, unknown>, fill?: Record<string, string>): Promise<Row[]>;
}

/** The console's own text inside an explicit transaction, read row by row by its caller. */
export type OpenTransaction = (source: string, timeoutMs: number) => Transaction;

export interface ExecutorOptions {
  /** Names this process in transaction metadata; "solidarity-atlas" unless a tool says otherwise. */
  app?: string;
  /** Told each query's or transaction's name, access mode, duration and rows (debug logs). */
  onQuery?: (entry: { source: string; mode: AccessMode; ms: number; rows: number }) => void;
}

export class Executor {
  readonly bookmarks: BookmarkManager = neo4j.bookmarkManager();
  private readonly app: string;

  constructor(
    readonly driver: Driver,
    readonly database: string,
    private readonly options: ExecutorOptions = {},
  ) {
    this.app = options.app ?? "solidarity-atlas";
  }

  /** Runs one named read query in its own transaction. */
  read(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.transaction("READ", name, (tx) => tx.run(name, params));
  }

  /** Runs one named write query in its own transaction. */
  write(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.transaction("WRITE", name, (tx) => tx.run(name, params));
  }

  /** Several named queries in one transaction (all or nothing), retried on transient errors. */
  async transaction<T>(mode: AccessMode, source: string, work: (tx: NamedTransaction) => Promise<T>): Promise<T> {
    const session = this.openSession(mode);
    const started = performance.now();
    let rows = 0;
    try {
      const config = { metadata: { app: this.app, source } };
      const run = (tx: ManagedTransaction) =>
        work({
          run: async (name, params = {}, fill = {}) => {
            const result = await tx.run(fillTemplate(readCypher(name), fill), params);
            rows += result.records.length;
            return toRows(result);
          },
        });
      return mode === "READ" ? await session.executeRead(run, config) : await session.executeWrite(run, config);
    } finally {
      await session.close();
      this.options.onQuery?.({ source, mode, ms: Math.round(performance.now() - started), rows });
    }
  }

  /**
   * Streams one named read query's rows to `onRow` as they arrive, `fetchSize` rows a batch, so
   * that a million rows are never held at once. Never retried: rows already handed over would come
   * again. Resolves with the number of rows once the transaction is closed.
   */
  async stream(
    name: string,
    params: Record<string, unknown>,
    onRow: (row: Row) => void,
    fetchSize: number,
  ): Promise<number> {
    const session = this.openSession("READ", fetchSize);
    const started = performance.now();
    let rows = 0;
    try {
      const tx = await session.beginTransaction({ metadata: { app: this.app, source: name } });
      try {
        await new Promise<void>((resolve, reject) =>
          tx.run(readCypher(name), params).subscribe({
            onNext: (record) => {
              rows++;
              try {
                onRow(toPlainMap(record.toObject()));
              } catch (error) {
                reject(error);
              }
            },
            onCompleted: () => resolve(),
            onError: reject,
          }),
        );
      } finally {
        await tx.rollback().catch(() => undefined);
      }
      return rows;
    } finally {
      await session.close();
      this.options.onQuery?.({ source: name, mode: "READ", ms: Math.round(performance.now() - started), rows });
    }
  }

  /**
   * For the public console only: a query's own text in explicit read transactions, so that its
   * caller can read rows as they arrive and stop at a byte cap. Never retried (a query that failed
   * on limits would fail again); the session closes when `work` settles.
   */
  async withConsoleSession<T>(fetchSize: number, work: (open: OpenTransaction) => Promise<T>): Promise<T> {
    const session = this.openSession("READ", fetchSize);
    const started = performance.now();
    try {
      return await work((source, timeoutMs) =>
        session.beginTransaction({ timeout: timeoutMs, metadata: { app: this.app, source } }),
      );
    } finally {
      await session.close();
      this.options.onQuery?.({ source: "console", mode: "READ", ms: Math.round(performance.now() - started), rows: 0 });
    }
  }

  /**
   * For GraphQL, whose Cypher @neo4j/graphql writes: one read transaction a request, opened on its
   * first query. Reads only, so closing rolls back.
   */
  beginRead(source: string): { transaction: Transaction; close: () => Promise<void> } {
    const session = this.openSession("READ");
    const transaction = session.beginTransaction({ metadata: { app: this.app, source } });
    return {
      transaction,
      close: async () => {
        await transaction.rollback().catch(() => undefined);
        await session.close();
      },
    };
  }

  private openSession(mode: AccessMode, fetchSize?: number) {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode,
      bookmarkManager: this.bookmarks,
      ...(fetchSize !== undefined && { fetchSize }),
    });
  }

  /**
   * Applies schema statements (see schema.ts): each in its own write transaction, retried by the
   * driver on transient errors and leader switches, then waits for every index to be online.
   */
  applySchema(statements: string[], options: SchemaOptions = {}): Promise<void> {
    const run = async (statement: string) => {
      const result = await this.driver.executeQuery(
        statement,
        {},
        {
          database: this.database,
          routing: neo4j.routing.WRITE,
          bookmarkManager: this.bookmarks,
          transactionConfig: { metadata: { app: this.app, source: "schema" } },
        },
      );
      return result.records.map((record) => record.toObject());
    };
    return applySchemaStatements(run, statements, options);
  }
}

function toRows(result: QueryResult): Row[] {
  return result.records.map((record) => toPlainMap(record.toObject()));
}
