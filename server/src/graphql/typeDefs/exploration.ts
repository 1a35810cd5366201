/**
 * Exploration queries: search by name or quote, an actor's neighbourhood, paths between two (all
 * shortest as one subgraph, or path by path with the next-longer ones).
 */
import { cypherBlock } from "./cypherBlock.ts";

export const explorationTypeDefs = /* GraphQL */ `
"An actor found by name, with how it matched: exact (whole name or alias), prefix, words (every word), fuzzy (typos forgiven)"
type SearchHit {
  id: ID!
  name: String!
  type: String!
  country: String
  aliases: [String!]
  match: String!
}

"A quote that holds the words searched: an actor's (from only) or a collaboration's (from, type, to)"
type EvidenceHit {
  "actor or relationship"
  kind: String!
  "The actor the quote introduces, or the collaboration's start"
  from: GraphNode!
  "Collaborations only: the relationship id, type and end"
  relationshipId: String
  relationshipType: String
  to: GraphNode
  quote: String!
  source: String!
  title: String
  publisher: String
  year: Int
}

"One step of a path: the relationship taken and whether it points along the path (from its previous actor to its next)"
type PathStep {
  relationship: ID!
  forward: Boolean!
}

"One chain of collaborations: its actors in order and the step between each two"
type ActorPath {
  length: Int!
  nodes: [ID!]!
  steps: [PathStep!]!
}

"Paths between two actors, shortest first, and the subgraph of every actor and relationship on them"
type PathSet {
  paths: [ActorPath!]!
  nodes: [GraphNode!]!
  edges: [GraphEdge!]!
}

type Query {
  "Actors by name or alias, forgiving case, accents, punctuation, German transliteration and typos; exact names first, then prefixes, all words, typos; ties: best connected first"
  search(text: String!, limit: Int = 10): [Actor!]!
    @cypher(statement: ${cypherBlock("explore/search-actors")}, columnName: "actor")
  "The same search as search, saying how each actor matched (exact, prefix, words or fuzzy)"
  searchHits(text: String!, limit: Int = 10): [SearchHit!]!
    @cypher(statement: ${cypherBlock("explore/search-actors")}, columnName: "hit")
  "Quotes (of actors and of collaborations) holding every word of text, best first"
  searchEvidence(text: String!, limit: Int = 10): [EvidenceHit!]!
    @cypher(statement: ${cypherBlock("explore/search-evidence")}, columnName: "hit")
  "The actors within depth (1 or 2) steps of an actor and the collaborations among them: at most limit actors (2..10000), direct neighbours first"
  neighbourhood(id: ID!, depth: Int = 1, limit: Int = 2000): Subgraph
    @cypher(statement: ${cypherBlock("explore/neighbourhood")}, columnName: "subgraph")
  "All shortest collaboration chains between two actors"
  shortestPath(from: ID!, to: ID!): Subgraph
    @cypher(statement: ${cypherBlock("explore/shortest-path")}, columnName: "subgraph")
  "The shortest paths between two actors and the next-longer ones: k length groups (1..5), each of at most 10 paths, of at most maxLength steps (1..6)"
  shortestPaths(from: ID!, to: ID!, k: Int = 2, maxLength: Int = 6): PathSet
    @cypher(statement: ${cypherBlock("explore/shortest-paths")}, columnName: "pathSet")
}
`;
