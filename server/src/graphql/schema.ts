import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import { DatabaseMetrics } from "../analysis/databaseMetrics.ts";
import { inProcessMetricsRunner } from "../analysis/metricsRunner.ts";
import type { Executor } from "../neo4j/executor.ts";
import { analysisResolvers } from "./analysisResolvers.ts";
import { curationResolvers } from "./curationResolvers.ts";
import { OverviewCache } from "./overviewCache.ts";
import { typeDefs } from "./typeDefs.ts";

/** Whole-database metrics default to this thread's runner: the server passes its worker's. */
export async function buildSchema(
  executor: Executor,
  overview: OverviewCache = new OverviewCache(executor),
  metrics: DatabaseMetrics = new DatabaseMetrics(executor, inProcessMetricsRunner(executor)),
): Promise<GraphQLSchema> {
  const curation = curationResolvers(executor, () => {
    overview.invalidate();
    metrics.invalidate();
  });
  const neoSchema = new Neo4jGraphQL({
    typeDefs,
    driver: executor.driver,
    resolvers: {
      ...curation,
      Query: { overview: () => overview.get(), ...analysisResolvers(executor, metrics) },
    },
  });
  return neoSchema.getSchema();
}
