/** The plain graph shape (nodes, edges) that exploration and overview queries return. */
export const subgraphTypeDefs = /* GraphQL */ `
  type GraphNode {
    id: ID!
    type: String!
    name: String!
    aliases: [String!]
    subtype: String
    country: String
    "inherited: the country is that of the one place the actor is tied to; null: stated in the documents"
    countrySource: String
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
    "Derived: the year of the earliest document that states it (the fact held by then; not when it began)"
    reportedYear: Int
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
`;
