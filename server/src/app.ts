/**
 * Builds the Express app (GraphQL API, health, the web client) without listening, so tests can
 * mount it on any port.
 */
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express } from "express";
import { existsSync } from "node:fs";
import path from "node:path";
import type { Logger } from "pino";
import { loadConfig, repoRoot, type ConsoleIsolation, type TrustProxy } from "./config.ts";
import { buildSchema } from "./graphql/schema.ts";
import { OverviewCache } from "./graphql/overviewCache.ts";
import { consoleRouter } from "./http/consoleRoutes.ts";
import { exportRouter } from "./http/exportRoutes.ts";
import { getDatasetVersion } from "./export/datasetVersion.ts";
import type { Executor } from "./neo4j/executor.ts";
import { seedDataDir } from "@atlas/seed";
import { errorHandler } from "./http/errorHandler.ts";
import { healthRouter } from "./http/health.ts";
import { sourceRouter } from "./http/sourceRoutes.ts";
import type { ConsoleLimits } from "./console/runConsoleQuery.ts";
import { rateLimit } from "express-rate-limit";
import cors from "cors";
import helmet from "helmet";
import { randomUUID, timingSafeEqual } from "node:crypto";
import type { CurationContext } from "./graphql/curationResolvers.ts";
import { pinoHttp } from "pino-http";
import { requireNeo4j } from "./http/requireNeo4j.ts";
import { Neo4jAvailability } from "./neo4j/availability.ts";
import { newRequestContext, startApolloServer, type GraphqlContext } from "./graphql/apolloServer.ts";
import { ConsoleGate } from "./http/consoleGate.ts";
import { driverRunner, type ConsoleRunner } from "./console/consoleRunner.ts";

export interface AppDeps {
  /** The process's one way to Neo4j; GraphQL gets its driver. */
  executor: Executor;
  logger: Logger;
  console: ConsoleLimits;
  rateLimitPerMinute: number;
  /** Runs public console queries and exports by query (its own workers and pool); defaults to driver. */
  consoleRunner?: ConsoleRunner;
  consoleIsolation?: ConsoleIsolation;
  trustProxy?: TrustProxy;
  graphqlMaxCost?: number;
  /** The bearer token that allows curation writes; undefined: curation is off. */
  curationToken?: string | undefined;
  /** Origins other than our own that may call the API from a browser (CORS allow-list). */
  corsOrigins?: string[];
  /** Folder of the source documents whose passages /api/sources serves; defaults to SEED_DOCUMENTS_DIR's default. */
  documentsDir?: string;
  /** Folder of the built client (vite build); defaults to client/dist. */
  clientDist?: string;
}

export interface App {
  express: Express;
  availability: Neo4jAvailability;
  /** Stops Apollo (drains in-flight operations). */
  stop(): Promise<void>;
}

/** Constant-time comparison, so the token cannot be guessed from response times. */
function authenticate(header: string | undefined, token: string | undefined): CurationContext {
  if (!token) return { curator: null, authProblem: "disabled" };
  const sent = /^Bearer (.+)$/.exec(header ?? "")?.[1];
  if (!sent) return { curator: null, authProblem: "missing" };
  const a = Buffer.from(sent);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b)
    ? { curator: "curation-token", authProblem: null }
    : { curator: null, authProblem: "invalid" };
}

export async function createApp(deps: AppDeps): Promise<App> {
  const { executor } = deps;
  const overview = new OverviewCache(executor).watch();
  const schema = await buildSchema(executor, overview);
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
  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: (req, res) => {
        const incoming = req.headers["x-request-id"];
        const id = typeof incoming === "string" && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader("X-Request-Id", id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === "/healthz" || req.url === "/readyz" },
      // Not the default serializers: they log every header, the curation token included, and
      // cost a millisecond a request.
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // React and GraphiQL set inline styles; ForceAtlas2's worker runs from a blob: URL.
          styleSrc: ["'self'", "'unsafe-inline'"],
          workerSrc: ["'self'", "blob:"],
          imgSrc: ["'self'", "data:", "blob:"],
          fontSrc: ["'self'", "data:"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'self'"],
        },
      },
    }),
  );
  app.use(cors({ origin: deps.corsOrigins && deps.corsOrigins.length > 0 ? deps.corsOrigins : false }));
  app.use(healthRouter(availability));
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: deps.rateLimitPerMinute,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    // Without TRUST_PROXY a sent X-Forwarded-For is ignored on purpose (anyone can forge it);
    // the library's warning about it would log once per such request.
    validate: { xForwardedForHeader: false },
    handler: (_req, res) => {
      res.status(429).json({
        error: {
          code: "RATE_LIMITED",
          message: `Too many requests: at most ${deps.rateLimitPerMinute} a minute per client. Wait a moment.`,
        },
      });
    },
  });
  app.use(["/graphql", "/api"], limiter, requireNeo4j(availability));
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
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        ...newRequestContext(executor),
        ...authenticate(req.headers.authorization, deps.curationToken),
      }),
    }),
  );

  const clientDist = deps.clientDist ?? path.join(repoRoot, "client", "dist");
  if (existsSync(path.join(clientDist, "index.html"))) {
    app.get("/graphiql", (_req, res) => res.sendFile(path.join(clientDist, "graphiql.html")));
    app.use(express.static(clientDist, { index: "index.html", maxAge: "1h" }));
  } else {
    app.get(["/", "/graphiql"], (_req, res) => {
      res
        .status(503)
        .type("text")
        .send("The web client is not built: run `npm run build` (npm start does it for you).");
    });
  }
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
