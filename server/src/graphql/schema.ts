import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { Executor } from "../neo4j/executor.ts";
import { curationResolvers } from "./curationResolvers.ts";
import { OverviewCache } from "./overviewCache.ts";
import { typeDefs } from "./typeDefs.ts";

export async function buildSchema(
  driver: Driver,
  database = "neo4j",
  overviewCache?: OverviewCache,
): Promise<GraphQLSchema> {
  const executor = new Executor(driver, database);
  const overview = overviewCache ?? new OverviewCache(executor);
  const curation = curationResolvers(driver, executor, database, () => overview.invalidate());
  const neoSchema = new Neo4jGraphQL({
    typeDefs,
    driver,
    resolvers: { ...curation, Query: { overview: () => overview.get() } },
  });
  return neoSchema.getSchema();
}
