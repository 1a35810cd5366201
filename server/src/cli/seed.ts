/** `npm run seed`: validate the dataset and load it into the configured (or local) Neo4j. */
import { readCypherStatements } from "@atlas/cypher";
import { DatasetError } from "@atlas/model";
import { buildDataset, readDataset, seedDataDir } from "@atlas/seed";
import { loadDataset } from "../loading/loadDataset.ts";
import { existsSync } from "node:fs";
import { ConfigError, loadConfig } from "../config.ts";
import { connectNeo4j } from "./connectNeo4j.ts";

try {
  const config = loadConfig();
  const documentsDir = existsSync(config.seed.documentsDir) ? config.seed.documentsDir : undefined;
  if (!documentsDir)
    console.log(`seed: source documents not found at ${config.seed.documentsDir}: quotes are not re-verified`);
  const dataset = buildDataset(readDataset(seedDataDir), { documentsDir });
  const neo4j = await connectNeo4j(config, (line) => console.log(`seed: ${line}`), "atlas-seed");
  try {
    await neo4j.executor.applySchema(readCypherStatements("schema"));
    const summary = await loadDataset(neo4j.executor, dataset);
    console.log(
      `seed: ${summary.actors} actors, ${summary.relationships} relationships, ${summary.sources} sources` +
        ` (${summary.removedActors} actors and ${summary.removedRelationships} relationships no longer in the files removed)`,
    );
  } finally {
    await neo4j.close();
  }
} catch (error) {
  console.error(
    error instanceof ConfigError || error instanceof DatasetError
      ? error.message
      : `seed failed: ${(error as Error).message}`,
  );
  process.exit(1);
}
