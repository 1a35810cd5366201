import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { Executor } from "../neo4j/executor.ts";
import { curationResolvers } from "./curationResolvers.ts";
import { typeDefs } from "./typeDefs.ts";

export async function buildSchema(driver: Driver, database = "neo4j"): Promise<GraphQLSchema> {
  const neoSchema = new Neo4jGraphQL({
    typeDefs,
    driver,
    resolvers: curationResolvers(driver, new Executor(driver, database), database),
  });
  return neoSchema.getSchema();
}
