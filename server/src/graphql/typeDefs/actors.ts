/** The stored graph: actors, their collaborations (one field pair per relationship type), sources. */
import { RELATIONSHIP_TYPES } from "@atlas/model";
import { cypherBlock } from "./cypherBlock.ts";

const relationshipFields = Object.entries(RELATIONSHIP_TYPES)
  .flatMap(([type, names]) => [
    `  "${names.meaning}"\n  ${names.out}: [Actor!]! @relationship(type: "${type}", direction: OUT, properties: "Collaboration")`,
    `  "Inverse of ${names.out}"\n  ${names.in}: [Actor!]! @relationship(type: "${type}", direction: IN, properties: "Collaboration")`,
  ])
  .join("\n");

export const actorTypeDefs = /* GraphQL */ `
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
  "Derived: 'inherited' when country comes from the one place the actor is tied to; absent when stated"
  countrySource: String
  lat: Float
  lon: Float
  "Office or role, for people"
  role: String
  description: String
  "Documents that introduce this actor (parallel to quotes)"
  sources: [String!]
  quotes: [String!]
  "The quotes that introduce this actor, with their documents"
  evidence: [Evidence!]! @cypher(statement: ${cypherBlock("explore/actor-evidence")}, columnName: "evidence")
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
  "Derived: the year of the earliest source that states it"
  reportedYear: Int
  "Derived: that source's note when its year is approximate"
  reportedYearNote: String
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
`;
