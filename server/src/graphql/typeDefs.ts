/**
 * GraphQL type definitions for @neo4j/graphql. The library generates queries, filters, sorting
 * and pagination from them; the few fields it cannot express are @cypher fields whose statements
 * live in cypher/ (one query per file) and are inlined here.
 */
import { readCypher } from "@atlas/cypher";
import { RELATIONSHIP_TYPES } from "@atlas/model";

/** A GraphQL block string holds any text except a triple quote; our queries have none. */
function block(cypherName: string): string {
  const text = readCypher(cypherName);
  if (text.includes('"""')) throw new Error(`typeDefs: ${cypherName}.cypher must not contain """`);
  return `"""\n${text}\n"""`;
}

const relationshipFields = Object.entries(RELATIONSHIP_TYPES)
  .flatMap(([type, names]) => [
    `  "${names.meaning}"\n  ${names.out}: [Actor!]! @relationship(type: "${type}", direction: OUT, properties: "Collaboration")`,
    `  "Inverse of ${names.out}"\n  ${names.in}: [Actor!]! @relationship(type: "${type}", direction: IN, properties: "Collaboration")`,
  ])
  .join("\n");

export const typeDefs = /* GraphQL */ `
"An actor of the solidarity-cities movement: a city, person, NGO, city network, international body, government or project."
type Actor @node(labels: ["Actor"]) @limit(default: 100, max: 1000) {
  "Stable slug, e.g. thessaloniki"
  id: ID!
  "City, Person, NGO, CityNetwork, InternationalBody, Government or Project (also the node's second label)"
  type: String!
  name: String!
  aliases: [String!]
  subtype: String
  "ISO 3166-1 alpha-2"
  country: String
  lat: Float
  lon: Float
  "Office or role, for people"
  role: String
  description: String
  "Documents that introduce this actor (parallel to quotes)"
  sources: [String!]
  quotes: [String!]
  "The quotes that introduce this actor, with their documents"
  evidence: [Evidence!]! @cypher(statement: ${block("explore/actor-evidence")}, columnName: "evidence")
${relationshipFields}
}

"Properties of every collaboration relationship; sources[i] is the document of quotes[i]."
type Collaboration @relationshipProperties {
  id: String!
  year: Int
  until: Int
  "former, planned or proposed; absent when stated as fact"
  status: String
  office: String
  purpose: String
  sources: [String!]!
  quotes: [String!]!
}

"A source document that evidence cites."
type Source @node(labels: ["Source"]) {
  "The document's file name in shared/seeds"
  id: ID!
  title: String!
  publisher: String!
  author: String
  year: Int
  yearNote: String
  type: String!
  url: String
}

type Evidence {
  source: String!
  quote: String!
  title: String
  publisher: String
  year: Int
}

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

type GraphNode {
  id: ID!
  type: String!
  name: String!
  aliases: [String!]
  subtype: String
  country: String
  lat: Float
  lon: Float
  role: String
  description: String
  "Documents that mention this actor"
  sources: [String!]
}

type GraphEdge {
  id: ID!
  type: String!
  source: ID!
  target: ID!
  year: Int
  until: Int
  status: String
  office: String
  purpose: String
  "Documents that state this relationship"
  sources: [String!]!
  evidence: [Evidence!]!
}

type Subgraph {
  nodes: [GraphNode!]!
  edges: [GraphEdge!]!
  "True when a cap left actors out (neighbourhood: more than limit actors within depth)"
  truncated: Boolean
  "Neighbourhood only: how many collaborations the centre has in all"
  degree: Int
}

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

type Query {
  "Actors by name or alias, forgiving case, accents, punctuation, German transliteration and typos; exact names first, then prefixes, all words, typos; ties: best connected first"
  search(text: String!, limit: Int = 10): [Actor!]!
    @cypher(statement: ${block("explore/search-actors")}, columnName: "actor")
  "The same search as search, saying how each actor matched (exact, prefix, words or fuzzy)"
  searchHits(text: String!, limit: Int = 10): [SearchHit!]!
    @cypher(statement: ${block("explore/search-actors")}, columnName: "hit")
  "Quotes (of actors and of collaborations) holding every word of text, best first"
  searchEvidence(text: String!, limit: Int = 10): [EvidenceHit!]!
    @cypher(statement: ${block("explore/search-evidence")}, columnName: "hit")
  "The actors within depth (1 or 2) steps of an actor and the collaborations among them: at most limit actors (2..10000), direct neighbours first"
  neighbourhood(id: ID!, depth: Int = 1, limit: Int = 2000): Subgraph
    @cypher(statement: ${block("explore/neighbourhood")}, columnName: "subgraph")
  "All shortest collaboration chains between two actors"
  shortestPath(from: ID!, to: ID!): Subgraph
    @cypher(statement: ${block("explore/shortest-path")}, columnName: "subgraph")
  "Counts of actors and collaborations"
  graphStats: GraphStats! @cypher(statement: ${block("overview/graph-stats")}, columnName: "stats")
  "Actors grouped by type and country, and the collaborations between groups"
  overview: Overview!
  "A page of one group's actors (best connected first) with their collaborations among themselves and with the loaded actors; truncated: more remain"
  groupMembers(type: String!, country: String, loaded: [ID!]! = [], offset: Int = 0, limit: Int = 500): Subgraph!
    @cypher(statement: ${block("overview/group-members")}, columnName: "subgraph")
  "Every actor and collaboration"
  graph: Subgraph! @cypher(statement: ${block("graph/whole-graph")}, columnName: "subgraph")
}

input EvidenceInput {
  "A Source id (a document already stored)"
  source: String!
  "The verbatim span that states the fact"
  quote: String!
}

input ActorInput {
  id: ID!
  type: String!
  name: String!
  aliases: [String!]
  subtype: String
  country: String
  role: String
  description: String
  evidence: [EvidenceInput!]!
}

input RelationshipInput {
  type: String!
  from: ID!
  to: ID!
  year: Int
  until: Int
  status: String
  office: String
  purpose: String
  evidence: [EvidenceInput!]!
}

type CurationResult {
  actors: Int!
  relationships: Int!
  newActors: Int!
  newRelationships: Int!
}

"Curation: only with the curation token (Authorization: Bearer ...). Every write needs evidence and is audited."
type Mutation {
  "Creates or corrects actors"
  upsertActors(input: [ActorInput!]!): CurationResult!
  "Adds relationships between stored actors, each with its evidence"
  addRelationships(input: [RelationshipInput!]!): CurationResult!
}

# The library's generated mutations stay off: every write goes through the curation resolvers.
extend schema @mutation(operations: [])
`;
