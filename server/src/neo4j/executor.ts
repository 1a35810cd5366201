/**
 * The one way the application talks to Neo4j (besides @neo4j/graphql, which gets the driver).
 * Routes and services never open sessions themselves.
 */
import type { Driver, QueryResult } from "neo4j-driver";
import { toPlainMap, type Plain } from "./toPlain.ts";

export type Row = { [column: string]: Plain };

export class Executor {
  constructor(
    readonly driver: Driver,
    readonly database: string,
  ) {}

  async read(cypher: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: "READ" });
    try {
      const result = await session.executeRead((tx) => tx.run(cypher, params));
      return toRows(result);
    } finally {
      await session.close();
    }
  }

  /** Runs schema statements one by one (they cannot share a transaction with each other). */
  async applySchema(statements: string[]): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: "WRITE" });
    try {
      for (const statement of statements) await session.run(statement);
      await session.run("CALL db.awaitIndexes(60)");
    } finally {
      await session.close();
    }
  }
}

function toRows(result: QueryResult): Row[] {
  return result.records.map((record) => toPlainMap(record.toObject()));
}
