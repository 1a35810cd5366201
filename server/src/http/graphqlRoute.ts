import type { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express, { Router } from "express";
import { newRequestContext, type GraphqlContext } from "../graphql/apolloServer.ts";
import type { CurationContext } from "../graphql/curationResolvers.ts";
import type { Executor } from "../neo4j/executor.ts";
import { authenticateCurator } from "./curationAuth.ts";

/** /graphql: a JSON body of at most 1 MB, run by Apollo with a fresh context per request. */
export function graphqlRouter(
  apollo: ApolloServer<GraphqlContext & CurationContext>,
  executor: Executor,
  curationToken: string | undefined,
): Router {
  const router = Router();
  router.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        ...newRequestContext(executor),
        ...authenticateCurator(req.headers.authorization, curationToken),
      }),
    }),
  );
  return router;
}
