/**
 * For the command-line tools: the configured Neo4j (NEO4J_URI), else the local one that
 * `npm start` runs, else a local one started for the duration of the command; with the command's
 * one executor, named in transaction metadata (`app`) after the tool.
 */
import { startLocalNeo4j, type LocalNeo4j } from "@atlas/neo4j-launcher";
import type { Config } from "../config.ts";
import { createDriver, waitForNeo4j } from "../neo4j/driver.ts";
import { Executor } from "../neo4j/executor.ts";

export async function connectNeo4j(
  config: Config,
  progress: (line: string) => void,
  app: string,
): Promise<{ executor: Executor; close(): Promise<void> }> {
  const credentials = { user: config.neo4j.user, password: config.neo4j.password };
  let local: LocalNeo4j | undefined;
  let driver = createDriver({ uri: config.neo4j.uri ?? `bolt://127.0.0.1:${config.local.boltPort}`, ...credentials });
  try {
    await waitForNeo4j(driver, config.neo4j.uri ? 30_000 : 1_000);
  } catch (error) {
    if (config.neo4j.uri) throw error;
    await driver.close();
    progress("starting the local Neo4j...");
    local = await startLocalNeo4j({ ...config.local, password: config.neo4j.password });
    driver = createDriver({ uri: local.uri, ...credentials });
    await waitForNeo4j(driver);
  }
  return {
    executor: new Executor(driver, config.neo4j.database, { app }),
    async close() {
      await driver.close();
      await local?.stop();
    },
  };
}
