/**
 * Start-up as a short list of named steps: database, schema, seed, client, HTTP. `npm start`
 * and the test setup both run it; each step reports progress.
 */
import { readCypherStatements } from "@atlas/cypher";
import { superviseLocalNeo4j, toSafetySettings, type SupervisedNeo4j } from "@atlas/neo4j-launcher";
import { buildDataset, readDataset, seedDataDir } from "@atlas/seed";
import { loadDataset, type LoadSummary } from "./loading/loadDataset.ts";
import { existsSync } from "node:fs";
import type { Express } from "express";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Driver } from "neo4j-driver";
import type { Logger } from "pino";
import { createApp } from "./app.ts";
import { ensureClientBuilt } from "./clientBuild.ts";
import { WorkerConsoleRunner } from "./console/workerRunner.ts";
import { WorkerMetricsRunner } from "./analysis/metricsRunner.ts";
import type { Config } from "./config.ts";
import { Executor } from "./neo4j/executor.ts";
import { createDriver, waitForNeo4j } from "./neo4j/driver.ts";
import { checkSafetySettings } from "./neo4j/safetySettings.ts";

export interface RunningAtlas {
  url: string;
  neo4jUri: string;
  driver: Driver;
  executor: Executor;
  seed: LoadSummary | undefined;
  /** The local Neo4j, restarted by itself if its JVM dies; undefined with NEO4J_URI. */
  localNeo4j: SupervisedNeo4j | undefined;
  stop(): Promise<void>;
}

export interface StartOptions {
  config: Config;
  logger: Logger;
  progress: (line: string) => void;
}

export async function startAtlas({ config, logger, progress }: StartOptions): Promise<RunningAtlas> {
  const cleanups: Array<{ name: string; run: () => Promise<void> }> = [];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) {
      const started = Date.now();
      await cleanup.run().catch((error: unknown) => logger.error({ err: error }, `shutdown: ${cleanup.name} failed`));
      logger.debug(`shutdown: ${cleanup.name} took ${Date.now() - started} ms`);
    }
    cleanups.length = 0;
  };
  try {
    let localNeo4j: SupervisedNeo4j | undefined;
    let uri = config.neo4j.uri;
    if (!uri) {
      progress("[1/5] starting local Neo4j (NEO4J_URI is not set)");
      localNeo4j = await superviseLocalNeo4j(
        { ...config.local, password: config.neo4j.password, onProgress: (l) => progress(`      ${l}`) },
        { onEvent: (line) => logger.warn(line) },
      );
      cleanups.push({ name: "stop Neo4j", run: () => localNeo4j!.stop() });
      uri = localNeo4j.uri;
    } else {
      progress(`[1/5] using Neo4j at ${uri}`);
    }
    const credentials = { uri, user: config.neo4j.user, password: config.neo4j.password };
    const driver = createDriver(credentials);
    cleanups.push({ name: "close the driver", run: () => driver.close() });
    await waitForNeo4j(driver);
    // The process's one executor: every read and write of the app goes through it.
    const executor = new Executor(driver, config.neo4j.database, {
      onQuery: (entry) => logger.debug(entry, "neo4j query"),
    });
    // A remote Neo4j runs with its own settings, not the launcher's: name the limits it lacks.
    const settingsWarning = await checkSafetySettings(executor, toSafetySettings(config.local));
    if (settingsWarning) logger.warn(settingsWarning);

    progress("[2/5] applying cypher/schema.cypher");
    await executor.applySchema(readCypherStatements("schema"));

    let seed: LoadSummary | undefined;
    if (config.seed.onStart) {
      progress("[3/5] validating and loading the seed dataset");
      const documentsDir = existsSync(config.seed.documentsDir) ? config.seed.documentsDir : undefined;
      if (!documentsDir)
        progress(`      source documents not found at ${config.seed.documentsDir}: quotes are not re-verified`);
      const dataset = buildDataset(readDataset(seedDataDir), { documentsDir });
      seed = await loadDataset(executor, dataset);
      progress(`      ${seed.actors} actors, ${seed.relationships} relationships, ${seed.sources} sources`);
    } else {
      progress("[3/5] seeding skipped (SEED_ON_START=false)");
    }

    if (config.serveClient) {
      progress("[4/5] web client");
      await ensureClientBuilt((line) => progress(`      ${line}`));
    } else {
      progress("[4/5] web client not served (SERVE_CLIENT=false)");
    }

    progress("[5/5] starting the HTTP server");
    // The public console's own workers, each with a small pool: runaway console queries can hold
    // these connections only, never the ones GraphQL, exports and /readyz use, and their answers
    // are decoded off the HTTP server's thread.
    const isolation = config.consoleIsolation;
    const consoleRunner = new WorkerConsoleRunner({
      driver: { ...credentials, poolSize: Math.max(1, Math.ceil(isolation.poolSize / isolation.maxInFlight)) },
      database: config.neo4j.database,
      workers: isolation.maxInFlight,
      heapMb: isolation.workerHeapMb,
      onEvent: (line) => logger.warn(line),
    });
    cleanups.push({ name: "stop the console workers", run: () => consoleRunner.close() });
    // Whole-database metrics: one worker with a connection of its own, off the HTTP thread.
    const metricsRunner = new WorkerMetricsRunner({
      driver: credentials,
      database: config.neo4j.database,
      heapMb: 3072,
    });
    cleanups.push({ name: "stop the metrics worker", run: () => metricsRunner.close() });
    const app = await createApp({
      executor,
      consoleRunner,
      metricsRunner,
      consoleIsolation: config.consoleIsolation,
      trustProxy: config.trustProxy,
      graphqlMaxCost: config.graphql.maxCost,
      logger,
      console: config.console,
      rateLimitPerMinute: config.rateLimitPerMinute,
      corsOrigins: config.corsOrigins,
      curationToken: config.curationToken,
      documentsDir: config.seed.documentsDir,
      clientDist: config.serveClient ? undefined : null,
    });
    cleanups.push({ name: "stop GraphQL", run: () => app.stop() });
    const server = await listen(app.express, config.http.port, config.http.host);
    cleanups.push({ name: "close HTTP", run: () => closeServer(server) });
    const address = server.address() as AddressInfo;
    const host = config.http.host === "0.0.0.0" || config.http.host === "127.0.0.1" ? "localhost" : config.http.host;
    const url = `http://${host}:${address.port}`;
    return { url, neo4jUri: uri, driver, executor, seed, localNeo4j, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function listen(app: Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(server)));
    server.once("error", reject);
  });
}

/** Stops accepting connections and waits for in-flight requests, closing idle keep-alives. */
function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 10_000).unref();
  });
}
