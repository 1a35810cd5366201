/**
 * Builds the Express app (GraphQL API, health, the web client) without listening, so tests can
 * mount it on any port.
 */
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express } from "express";
import { existsSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import type { Logger } from "pino";
import { repoRoot } from "./config.ts";
import { buildSchema } from "./graphql/schema.ts";
import { healthRouter } from "./http/health.ts";

export interface AppDeps {
  driver: Driver;
  database: string;
  logger: Logger;
  /** Folder of the built client (vite build); defaults to client/dist. */
  clientDist?: string;
}

export interface App {
  express: Express;
  /** Stops Apollo (drains in-flight operations). */
  stop(): Promise<void>;
}

export async function createApp(deps: AppDeps): Promise<App> {
  const schema = await buildSchema(deps.driver);
  const apollo = new ApolloServer({
    schema,
    introspection: true,
    // The process entry owns shutdown (HTTP, then Apollo, then the driver, then Neo4j).
    stopOnTerminationSignals: false,
    // Stack traces never leave the server.
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => {
      deps.logger.debug({ err: error }, "graphql error");
      return formatted;
    },
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.use(healthRouter(deps.driver));
  app.use(
    "/graphql",
    express.json({ limit: "100kb" }),
    expressMiddleware(apollo, {
      context: async () => ({ sessionConfig: { database: deps.database } }),
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
  return { express: app, stop: () => apollo.stop() };
}
