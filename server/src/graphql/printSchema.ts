/**
 * The schema the server serves, as SDL: typeDefs with @neo4j/graphql's augmentation, built the way
 * the server builds it. getSchema() never opens a connection (only subscriptions and
 * assertIndexesAndConstraints use the driver), so a driver pointing nowhere is enough. Sorted, so
 * the text changes only when the schema does.
 */
// graphql/index.js: the CommonJS build @neo4j/graphql uses (vitest would load the ESM one, a second graphql).
import { lexicographicSortSchema, printSchema } from "graphql/index.js";
import neo4j from "neo4j-driver";
import { Executor } from "../neo4j/executor.ts";
import { buildSchema } from "./schema.ts";

/** Committed; `npm run codegen` rewrites it and the client types generated from it. */
export const SCHEMA_FILE = new URL("schema.graphql", import.meta.url);

export async function getPrintedSchema(): Promise<string> {
  const unconnected = neo4j.driver("bolt://127.0.0.1:1");
  try {
    return `${printSchema(lexicographicSortSchema(await buildSchema(new Executor(unconnected, "neo4j"))))}\n`;
  } finally {
    await unconnected.close();
  }
}
