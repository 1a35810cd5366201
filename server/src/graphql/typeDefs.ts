/**
 * GraphQL type definitions for @neo4j/graphql, one module per concern, composed here into the one
 * schema. The library generates queries, filters, sorting and pagination from them; the few fields
 * it cannot express are @cypher fields whose statements live in cypher/ (one query per file).
 * A module adds root fields with `extend type Query`; the library merges the sources.
 */
import { actorTypeDefs } from "./typeDefs/actors.ts";
import { analysisTypeDefs } from "./typeDefs/analysis.ts";
import { curationTypeDefs } from "./typeDefs/curation.ts";
import { explorationTypeDefs } from "./typeDefs/exploration.ts";
import { overviewTypeDefs } from "./typeDefs/overview.ts";
import { subgraphTypeDefs } from "./typeDefs/subgraph.ts";

/** Exploration declares `type Query`; the modules after it extend it. Add new concerns here. */
export const typeDefs: string[] = [
  actorTypeDefs,
  subgraphTypeDefs,
  explorationTypeDefs,
  overviewTypeDefs,
  curationTypeDefs,
  analysisTypeDefs,
];
