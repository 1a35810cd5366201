/**
 * The initial load's own Neo4j start on the new store: the schema applied, the relationships'
 * full-text index first, then a wait until every index is online, with progress.
 */
import { readCypherStatements } from "@atlas/cypher";
import { startLocalNeo4j, type ImportFirst } from "@atlas/neo4j-launcher";
import type { Config } from "../config.ts";
import { CURATION_ORIGIN } from "../curation/curationService.ts";
import { createDriver, waitForNeo4j } from "../neo4j/driver.ts";
import { Executor } from "../neo4j/executor.ts";
import { populationSettings } from "./populationSettings.ts";

const isRelationshipIndex = (statement: string) => /\bFOR \(\)-\[/.test(statement);

export async function startAndIndex(
  config: Config,
  who: string,
  counts: { actors: number; relationships: number },
  progress: (line: string) => void,
  indexTimeoutMs: number,
  importFirst?: ImportFirst,
): Promise<void> {
  const populating = populationSettings(config.local.heap);
  const work = async (executor: Executor) => {
    const schema = readCypherStatements("schema");
    const rest = schema.filter((statement) => !isRelationshipIndex(statement));
    // The relationships' full-text index populates longest (2 of 2.5 minutes at 10M): it starts first.
    await executor.applySchema(schema.filter(isRelationshipIndex), { awaitOnline: false, newStore: true });
    // The data is in from here on: its audit entry is written while the indexes populate, not after.
    await executor.write("curation/record-audit", {
      who,
      action: "import (initial)",
      summary: `${counts.actors} new actors, ${counts.relationships} new relationships`,
      origin: CURATION_ORIGIN,
      actorIds: [],
      relationshipIds: [],
    });
    progress("applying the schema and waiting for every index to be online...");
    let told = 0;
    // The rest of the schema; the wait covers every index, the relationships' one too.
    await executor.applySchema(rest, {
      newStore: true,
      indexTimeoutMs,
      // The load ends when the last index is online: a look each 200 ms (SHOW INDEXES is cheap)
      // notices it 0.4 s sooner on average than one a second.
      pollMs: 200,
      onPending: (pending) => {
        if (Date.now() - told < 10_000) return;
        told = Date.now();
        progress(
          `  populating: ${pending.map((i) => `${i.name} ${Number(i.populationPercent).toFixed(0)}%`).join(", ")}`,
        );
      },
    });
  };
  await withLocalNeo4j(config, progress, populating, work, importFirst);
}

/**
 * The local Neo4j started for `work` alone, with `extra` settings, and stopped after it; an
 * `importFirst` runs in its JVM before the start.
 */
export async function withLocalNeo4j(
  config: Config,
  progress: (line: string) => void,
  extra: Record<string, string>,
  work: (executor: Executor) => Promise<void>,
  importFirst?: ImportFirst,
): Promise<void> {
  const local = await startLocalNeo4j({
    ...config.local,
    password: config.neo4j.password,
    extra,
    onProgress: progress,
    importFirst,
  });
  const driver = createDriver({ uri: local.uri, user: config.neo4j.user, password: config.neo4j.password });
  try {
    await waitForNeo4j(driver);
    await work(new Executor(driver, config.neo4j.database, { app: "atlas-import" }));
  } finally {
    await driver.close();
    await local.stop();
  }
}
