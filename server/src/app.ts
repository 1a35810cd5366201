/**
 * Builds the Express app (GraphQL API, health, the web client) without listening, so tests can
 * mount it on any port. Routes and middleware live in http/; this file only orders them.
 */
import express, { type Express } from "express";
import path from "node:path";
import type { Logger } from "pino";
import cors from "cors";
import { seedDataDir } from "@atlas/seed";
import { loadConfig, repoRoot, type ConsoleIsolation, type TrustProxy } from "./config.ts";
import { buildSchema } from "./graphql/schema.ts";
import { OverviewCache } from "./graphql/overviewCache.ts";
import { DatabaseMetrics } from "./analysis/databaseMetrics.ts";
import { inProcessMetricsRunner, type MetricsRunner } from "./analysis/metricsRunner.ts";
import { startApolloServer, type GraphqlContext } from "./graphql/apolloServer.ts";
import type { CurationContext } from "./graphql/curationResolvers.ts";
import { getDatasetVersion } from "./export/datasetVersion.ts";
import type { Executor } from "./neo4j/executor.ts";
import { Neo4jAvailability } from "./neo4j/availability.ts";
import type { ConsoleLimits } from "./console/runConsoleQuery.ts";
import { driverRunner, type ConsoleRunner } from "./console/consoleRunner.ts";
import { clientRouter } from "./http/clientRoutes.ts";
import { ConsoleGate } from "./http/consoleGate.ts";
import { consoleRouter } from "./http/consoleRoutes.ts";
import { errorHandler } from "./http/errorHandler.ts";
import { exportRouter } from "./http/exportRoutes.ts";
import { graphqlRouter } from "./http/graphqlRoute.ts";
import { healthRouter } from "./http/health.ts";
import { rateLimitPerClient } from "./http/rateLimit.ts";
import { requestLog } from "./http/requestLog.ts";
import { requireNeo4j } from "./http/requireNeo4j.ts";
import { securityHeaders } from "./http/securityHeaders.ts";
import { sourceRouter } from "./http/sourceRoutes.ts";

export interface AppDeps {
  /** The process's one way to Neo4j; GraphQL gets its driver. */
  executor: Executor;
  logger: Logger;
  console: ConsoleLimits;
  rateLimitPerMinute: number;
  /** Runs public console queries and exports by query (its own workers and pool); defaults to driver. */
  consoleRunner?: ConsoleRunner;
  /** Computes whole-database metrics (a worker thread of its own); defaults to this thread. */
  metricsRunner?: MetricsRunner;
  consoleIsolation?: ConsoleIsolation;
  trustProxy?: TrustProxy;
  graphqlMaxCost?: number;
  /** The bearer token that allows curation writes; undefined: curation is off. */
  curationToken?: string | undefined;
  /** Origins other than our own that may call the API from a browser (CORS allow-list). */
  corsOrigins?: string[];
  /** Folder of the source documents whose passages /api/sources serves; defaults to SEED_DOCUMENTS_DIR's default. */
  documentsDir?: string;
  /** Folder of the built client (vite build); defaults to client/dist; null: no client routes. */
  clientDist?: string | null;
}

export interface App {
  express: Express;
  availability: Neo4jAvailability;
  /** Stops Apollo (drains in-flight operations). */
  stop(): Promise<void>;
}

export async function createApp(deps: AppDeps): Promise<App> {
  const { executor } = deps;
  const overview = new OverviewCache(executor).watch();
  const metrics = new DatabaseMetrics(executor, deps.metricsRunner ?? inProcessMetricsRunner(executor));
  const schema = await buildSchema(executor, overview, metrics);
  // The documented defaults, for callers (tests) that leave these settings out.
  const defaults = loadConfig({});
  const availability = new Neo4jAvailability(executor.driver).start();
  const apollo = await startApolloServer<GraphqlContext & CurationContext>({
    schema,
    availability,
    logger: deps.logger,
    maxCost: deps.graphqlMaxCost ?? defaults.graphql.maxCost,
  });
  const consoleRunner = deps.consoleRunner ?? driverRunner(executor);
  const gate = new ConsoleGate({ ...(deps.consoleIsolation ?? defaults.consoleIsolation), ...deps.console });

  const app = express();
  app.disable("x-powered-by");
  // Who the client is (req.ip, for the rate limit and the console caps): behind a proxy, the
  // address the trusted proxies put in X-Forwarded-For; off by default, so it cannot be forged.
  app.set("trust proxy", deps.trustProxy ?? false);
  app.use(requestLog(deps.logger));
  app.use(securityHeaders());
  app.use(cors({ origin: deps.corsOrigins && deps.corsOrigins.length > 0 ? deps.corsOrigins : false }));
  app.use(healthRouter(availability));
  app.use(["/graphql", "/api"], rateLimitPerClient(deps.rateLimitPerMinute), requireNeo4j(availability));
  app.use(sourceRouter(deps.documentsDir ?? defaults.seed.documentsDir));
  app.use(consoleRouter(consoleRunner, deps.console, gate));
  app.use(
    exportRouter(
      {
        console: consoleRunner,
        executor,
        database: executor.database,
        limits: deps.console,
        datasetVersion: getDatasetVersion(seedDataDir),
      },
      gate,
    ),
  );
  app.use(graphqlRouter(apollo, executor, deps.curationToken));
  if (deps.clientDist !== null) app.use(clientRouter(deps.clientDist ?? path.join(repoRoot, "client", "dist")));
  app.use(errorHandler(deps.logger));
  return {
    express: app,
    availability,
    stop: async () => {
      availability.stop();
      overview.stop();
      await apollo.stop();
    },
  };
}
