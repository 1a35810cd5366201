/** Curation writes (resolvers in curationResolvers.ts); the library's own mutations stay off. */
export const curationTypeDefs = /* GraphQL */ `
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
