/** The selections the operations share, defined once (codegen finds fragments across files). */
import { gql } from "./generated/gql.ts";

// Codegen reads them here and appends them to each operation that uses them.
gql(`
  fragment NodeFields on GraphNode {
    id
    type
    name
    aliases
    subtype
    country
    countrySource
    lat
    lon
    role
    description
    sources
  }
  fragment EdgeFields on GraphEdge {
    id
    type
    source
    target
    year
    until
    reportedYear
    status
    office
    purpose
    sources
  }
  fragment EvidenceFields on Evidence {
    source
    quote
    title
    publisher
    year
  }
  fragment EdgeEvidence on GraphEdge {
    evidence {
      ...EvidenceFields
    }
  }
  fragment SubgraphExtent on Subgraph {
    truncated
    degree
  }
  fragment EvidenceHitFields on EvidenceHit {
    kind
    quote
    source
    title
    publisher
    year
    relationshipId
    relationshipType
    from {
      ...NodeFields
    }
    to {
      ...NodeFields
    }
  }
`);
