/**
 * The one way the application talks to Neo4j (besides @neo4j/graphql, which gets the driver).
 * Routes and services never open sessions themselves.
 */
import type { Driver, QueryResult } from "neo4j-driver";
import { findStaleFulltextIndexes, toFulltextIndexShape, type FulltextIndexShape } from "./fulltextIndexes.ts";
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

  /**
   * Runs schema statements one by one (they cannot share a transaction with each other), first
   * dropping any full-text index whose analyzer or scope differs from its statement, so that the
   * statement rebuilds it.
   */
  async applySchema(statements: string[]): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: "WRITE" });
    try {
      const declared = statements.map(toFulltextIndexShape).filter((shape) => shape !== undefined);
      const shown = await session.run(
        "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options " +
          "RETURN name, labelsOrTypes, properties, options.indexConfig.`fulltext.analyzer` AS analyzer",
      );
      const existing = shown.records.map((record) => record.toObject() as FulltextIndexShape);
      for (const name of findStaleFulltextIndexes(declared, existing)) {
        await session.run(`DROP INDEX \`${name}\``);
      }
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
