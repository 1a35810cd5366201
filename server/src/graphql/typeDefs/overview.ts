/**
 * Seeing the graph whole: its size, actors grouped by type and country (overview's resolver is the
 * cached one in overviewCache.ts), a group's members page by page, or every actor at once.
 */
import { cypherBlock } from "./cypherBlock.ts";

export const overviewTypeDefs = /* GraphQL */ `
"How large the graph is: read from Neo4j's count store, no scan."
type GraphStats {
  actors: Int!
  relationships: Int!
}

"The actors of one type and country (country null: actors without a country)."
type ActorGroup {
  "type|country, e.g. City|DE, or NGO| for NGOs without a country"
  id: ID!
  type: String!
  country: String
  actors: Int!
}

"How many collaborations run from the actors of one group to those of another."
type GroupLink {
  source: ID!
  target: ID!
  relationships: Int!
}

"A graph too large to draw whole, as groups of actors and the collaborations between groups."
type Overview {
  groups: [ActorGroup!]!
  links: [GroupLink!]!
}

extend type Query {
  "Counts of actors and collaborations"
  graphStats: GraphStats! @cypher(statement: ${cypherBlock("overview/graph-stats")}, columnName: "stats")
  "Actors grouped by type and country, and the collaborations between groups"
  overview: Overview!
  "A page of one group's actors (best connected first) with their collaborations among themselves and with the loaded actors; truncated: more remain"
  groupMembers(type: String!, country: String, loaded: [ID!]! = [], offset: Int = 0, limit: Int = 500): Subgraph!
    @cypher(statement: ${cypherBlock("overview/group-members")}, columnName: "subgraph")
  "Every actor and collaboration; above maxActors actors none, with truncated true (the explorer then draws the overview)"
  graph(maxActors: Int): Subgraph! @cypher(statement: ${cypherBlock("graph/whole-graph")}, columnName: "subgraph")
}
`;
