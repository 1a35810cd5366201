import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Executor } from "../neo4j/executor.ts";
import { curationResolvers } from "./curationResolvers.ts";
import { OverviewCache } from "./overviewCache.ts";
import { typeDefs } from "./typeDefs.ts";

export async function buildSchema(
  executor: Executor,
  overview: OverviewCache = new OverviewCache(executor),
): Promise<GraphQLSchema> {
  const curation = curationResolvers(executor, () => overview.invalidate());
  const neoSchema = new Neo4jGraphQL({
    typeDefs,
    driver: executor.driver,
    resolvers: { ...curation, Query: { overview: () => overview.get() } },
  });
  return neoSchema.getSchema();
}
