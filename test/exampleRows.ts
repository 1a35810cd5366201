/** Runs a worked example (cypher/examples) read-only and returns its rows as plain JSON. */
import { readCypher } from "@atlas/cypher";
import type { Driver } from "neo4j-driver";
import { toPlain } from "../server/src/neo4j/toPlain.ts";

export async function exampleRows(driver: Driver, name: string): Promise<Array<Record<string, any>>> {
  const { records } = await driver.executeQuery(readCypher(`examples/${name}`), {}, { routing: "READ" });
  return records.map((record) => toPlain(record.toObject()) as Record<string, any>);
}
