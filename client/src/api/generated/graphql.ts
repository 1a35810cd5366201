/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type SearchQueryVariables = Exact<{
  text: string;
  limit?: number | null | undefined;
}>;


export type SearchQuery = { searchHits: Array<{ id: string, name: string, type: string, country: string | null, aliases: Array<string> | null, match: string }> };

export type SearchEvidenceQueryVariables = Exact<{
  text: string;
  limit?: number | null | undefined;
}>;


export type SearchEvidenceQuery = { searchEvidence: Array<{ kind: string, quote: string, source: string, title: string | null, publisher: string | null, year: number | null, relationshipId: string | null, relationshipType: string | null, from: { id: string, type: string, name: string, aliases: Array<string> | null, subtype: string | null, country: string | null, countrySource: string | null, lat: number | null, lon: number | null, role: string | null, description: string | null, sources: Array<string> | null }, to: { id: string, type: string, name: string, aliases: Array<string> | null, subtype: string | null, country: string | null, countrySource: string | null, lat: number | null, lon: number | null, role: string | null, description: string | null, sources: Array<string> | null } | null }> };

export type ActorQueryVariables = Exact<{
  id: string | number;
}>;


export type ActorQuery = { actors: Array<{ id: string, type: string, name: string, aliases: Array<string> | null, subtype: string | null, country: string | null, countrySource: string | null, lat: number | null, lon: number | null, role: string | null, description: string | null, sources: Array<string> | null, evidence: Array<{ source: string, quote: string, title: string | null, publisher: string | null, year: number | null }> }> };

export type ProjectionQueryVariables = Exact<{
  type: string;
  via: Array<string> | string;
  minShared?: number | null | undefined;
  relationshipTypes?: Array<string> | string | null | undefined;
  limit?: number | null | undefined;
}>;


export type ProjectionQuery = { projection: { total: number, truncated: boolean, edges: Array<{ weight: number, from: { id: string, type: string, name: string, aliases: Array<string> | null, subtype: string | null, country: string | null, countrySource: string | null, lat: number | null, lon: number | null, role: string | null, description: string | null, sources: Array<string> | null }, to: { id: string, type: string, name: string, aliases: Array<string> | null, subtype: string | null, country: string | null, countrySource: string | null, lat: number | null, lon: number | null, role: string | null, description: string | null, sources: Array<string> | null }, via: Array<{ id: string, name: string, type: string, relationships: Array<{ id: string, type: string, source: string, target: string, year: number | null, until: number | null, reportedYear: number | null, status: string | null, office: string | null, purpose: string | null, sources: Array<string> }> }> }> } };

export type CommonNeighboursQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  relationshipTypes?: Array<string> | string | null | undefined;
}>;


export type CommonNeighboursQuery = { commonNeighbours: { total: number, truncated: boolean, actors: Array<{ actor: { id: string, type: string, name: string, aliases: Array<string> | null, subtype: string | null, country: string | null, countrySource: string | null, lat: number | null, lon: number | null, role: string | null, description: string | null, sources: Array<string> | null }, ties: Array<{ of: string, direction: string, relationship: { id: string, type: string, source: string, target: string, year: number | null, until: number | null, reportedYear: number | null, status: string | null, office: string | null, purpose: string | null, sources: Array<string>, evidence: Array<{ source: string, quote: string, title: string | null, publisher: string | null, year: number | null }> } }> }> } };

export type NodeFieldsFragment = { id: string, type: string, name: string, aliases: Array<string> | null, subtype: string | null, country: string | null, countrySource: string | null, lat: number | null, lon: number | null, role: string | null, description: string | null, sources: Array<string> | null };

export type EdgeFieldsFragment = { id: string, type: string, source: string, target: string, year: number | null, until: number | null, reportedYear: number | null, status: string | null, office: string | null, purpose: string | null, sources: Array<string> };

export type EvidenceFieldsFragment = { source: string, quote: string, title: string | null, publisher: string | null, year: number | null };

export type EdgeEvidenceFragment = { evidence: Array<{ source: string, quote: string, title: string | null, publisher: string | null, year: number | null }> };

export type SubgraphExtentFragment = { truncated: boolean | null, degree: number | null };

export type EvidenceHitFieldsFragment = { kind: string, quote: string, source: string, title: string | null, publisher: string | null, year: number | null, relationshipId: string | null, relationshipType: string | null, from: { id: string, type: string, name: string, aliases: Array<string> | null, subtype: string | null, country: string | null, countrySource: string | null, lat: number | null, lon: number | null, role: string | null, description: string | null, sources: Array<string> | null }, to: { id: string, type: string, name: string, aliases: Array<string> | null, subtype: string | null, country: string | null, countrySource: string | null, lat: number | null, lon: number | null, role: string | null, description: string | null, sources: Array<string> | null } | null };

export type ExplorerStartQueryVariables = Exact<{
  maxActors: number;
}>;


export type ExplorerStartQuery = { graphStats: { actors: number, relationships: number }, graph: { truncated: boolean | null, nodes: Array<{ id: string, type: string, name: string, aliases: Array<string> | null, subtype: string | null, country: string | null, countrySource: string | null, lat: number | null, lon: number | null, role: string | null, description: string | null, sources: Array<string> | null }>, edges: Array<{ id: string, type: string, source: string, target: string, year: number | null, until: number | null, reportedYear: number | null, status: string | null, office: string | null, purpose: string | null, sources: Array<string> }> }, sources: Array<{ id: string, title: string, publisher: string, author: string | null, year: number | null, type: string }> };

export type NeighbourhoodQueryVariables = Exact<{
  id: string | number;
  depth: number;
}>;


export type NeighbourhoodQuery = { neighbourhood: { truncated: boolean | null, degree: number | null, nodes: Array<{ id: string, type: string, name: string, aliases: Array<string> | null, subtype: string | null, country: string | null, countrySource: string | null, lat: number | null, lon: number | null, role: string | null, description: string | null, sources: Array<string> | null }>, edges: Array<{ id: string, type: string, source: string, target: string, year: number | null, until: number | null, reportedYear: number | null, status: string | null, office: string | null, purpose: string | null, sources: Array<string>, evidence: Array<{ source: string, quote: string, title: string | null, publisher: string | null, year: number | null }> }> } | null };

export type OverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewQuery = { overview: { groups: Array<{ id: string, type: string, country: string | null, actors: number }>, links: Array<{ source: string, target: string, relationships: number }> } };

export type GroupMembersQueryVariables = Exact<{
  type: string;
  country?: string | null | undefined;
  loaded: Array<string | number> | string | number;
  offset?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type GroupMembersQuery = { groupMembers: { truncated: boolean | null, nodes: Array<{ id: string, type: string, name: string, aliases: Array<string> | null, subtype: string | null, country: string | null, countrySource: string | null, lat: number | null, lon: number | null, role: string | null, description: string | null, sources: Array<string> | null }>, edges: Array<{ id: string, type: string, source: string, target: string, year: number | null, until: number | null, reportedYear: number | null, status: string | null, office: string | null, purpose: string | null, sources: Array<string> }> } };

export type ShortestPathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type ShortestPathQuery = { shortestPath: { nodes: Array<{ id: string, type: string, name: string, aliases: Array<string> | null, subtype: string | null, country: string | null, countrySource: string | null, lat: number | null, lon: number | null, role: string | null, description: string | null, sources: Array<string> | null }>, edges: Array<{ id: string, type: string, source: string, target: string, year: number | null, until: number | null, reportedYear: number | null, status: string | null, office: string | null, purpose: string | null, sources: Array<string> }> } | null };

export type ShortestPathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  k: number;
  maxLength: number;
}>;


export type ShortestPathsQuery = { shortestPaths: { paths: Array<{ length: number, nodes: Array<string>, steps: Array<{ relationship: string, forward: boolean }> }>, nodes: Array<{ id: string, type: string, name: string, aliases: Array<string> | null, subtype: string | null, country: string | null, countrySource: string | null, lat: number | null, lon: number | null, role: string | null, description: string | null, sources: Array<string> | null }>, edges: Array<{ id: string, type: string, source: string, target: string, year: number | null, until: number | null, reportedYear: number | null, status: string | null, office: string | null, purpose: string | null, sources: Array<string>, evidence: Array<{ source: string, quote: string, title: string | null, publisher: string | null, year: number | null }> }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const EdgeFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"EdgeFields"}) as unknown as TypedDocumentString<EdgeFieldsFragment, unknown>;
export const EvidenceFieldsFragmentDoc = new TypedDocumentString(`
    fragment EvidenceFields on Evidence {
  source
  quote
  title
  publisher
  year
}
    `, {"fragmentName":"EvidenceFields"}) as unknown as TypedDocumentString<EvidenceFieldsFragment, unknown>;
export const EdgeEvidenceFragmentDoc = new TypedDocumentString(`
    fragment EdgeEvidence on GraphEdge {
  evidence {
    ...EvidenceFields
  }
}
    fragment EvidenceFields on Evidence {
  source
  quote
  title
  publisher
  year
}`, {"fragmentName":"EdgeEvidence"}) as unknown as TypedDocumentString<EdgeEvidenceFragment, unknown>;
export const SubgraphExtentFragmentDoc = new TypedDocumentString(`
    fragment SubgraphExtent on Subgraph {
  truncated
  degree
}
    `, {"fragmentName":"SubgraphExtent"}) as unknown as TypedDocumentString<SubgraphExtentFragment, unknown>;
export const NodeFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"NodeFields"}) as unknown as TypedDocumentString<NodeFieldsFragment, unknown>;
export const EvidenceHitFieldsFragmentDoc = new TypedDocumentString(`
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
}`, {"fragmentName":"EvidenceHitFields"}) as unknown as TypedDocumentString<EvidenceHitFieldsFragment, unknown>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $limit: Int) {
  searchHits(text: $text, limit: $limit) {
    id
    name
    type
    country
    aliases
    match
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const SearchEvidenceDocument = new TypedDocumentString(`
    query SearchEvidence($text: String!, $limit: Int) {
  searchEvidence(text: $text, limit: $limit) {
    ...EvidenceHitFields
  }
}
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
}`) as unknown as TypedDocumentString<SearchEvidenceQuery, SearchEvidenceQueryVariables>;
export const ActorDocument = new TypedDocumentString(`
    query Actor($id: ID!) {
  actors(where: {id: {eq: $id}}) {
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
    evidence {
      ...EvidenceFields
    }
  }
}
    fragment EvidenceFields on Evidence {
  source
  quote
  title
  publisher
  year
}`) as unknown as TypedDocumentString<ActorQuery, ActorQueryVariables>;
export const ProjectionDocument = new TypedDocumentString(`
    query Projection($type: String!, $via: [String!]!, $minShared: Int, $relationshipTypes: [String!], $limit: Int) {
  projection(
    type: $type
    via: $via
    minShared: $minShared
    relationshipTypes: $relationshipTypes
    limit: $limit
  ) {
    edges {
      from {
        ...NodeFields
      }
      to {
        ...NodeFields
      }
      weight
      via {
        id
        name
        type
        relationships {
          ...EdgeFields
        }
      }
    }
    total
    truncated
  }
}
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
}`) as unknown as TypedDocumentString<ProjectionQuery, ProjectionQueryVariables>;
export const CommonNeighboursDocument = new TypedDocumentString(`
    query CommonNeighbours($ids: [ID!]!, $relationshipTypes: [String!]) {
  commonNeighbours(ids: $ids, relationshipTypes: $relationshipTypes) {
    actors {
      actor {
        ...NodeFields
      }
      ties {
        of
        direction
        relationship {
          ...EdgeFields
          evidence {
            source
            quote
            title
            publisher
            year
          }
        }
      }
    }
    total
    truncated
  }
}
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
}`) as unknown as TypedDocumentString<CommonNeighboursQuery, CommonNeighboursQueryVariables>;
export const ExplorerStartDocument = new TypedDocumentString(`
    query ExplorerStart($maxActors: Int!) {
  graphStats {
    actors
    relationships
  }
  graph(maxActors: $maxActors) {
    nodes {
      ...NodeFields
    }
    edges {
      ...EdgeFields
    }
    truncated
  }
  sources(sort: [{id: ASC}]) {
    id
    title
    publisher
    author
    year
    type
  }
}
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
}`) as unknown as TypedDocumentString<ExplorerStartQuery, ExplorerStartQueryVariables>;
export const NeighbourhoodDocument = new TypedDocumentString(`
    query Neighbourhood($id: ID!, $depth: Int!) {
  neighbourhood(id: $id, depth: $depth) {
    nodes {
      ...NodeFields
    }
    edges {
      ...EdgeFields
      ...EdgeEvidence
    }
    ...SubgraphExtent
  }
}
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
}`) as unknown as TypedDocumentString<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const OverviewDocument = new TypedDocumentString(`
    query Overview {
  overview {
    groups {
      id
      type
      country
      actors
    }
    links {
      source
      target
      relationships
    }
  }
}
    `) as unknown as TypedDocumentString<OverviewQuery, OverviewQueryVariables>;
export const GroupMembersDocument = new TypedDocumentString(`
    query GroupMembers($type: String!, $country: String, $loaded: [ID!]!, $offset: Int, $limit: Int) {
  groupMembers(
    type: $type
    country: $country
    loaded: $loaded
    offset: $offset
    limit: $limit
  ) {
    nodes {
      ...NodeFields
    }
    edges {
      ...EdgeFields
    }
    truncated
  }
}
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
}`) as unknown as TypedDocumentString<GroupMembersQuery, GroupMembersQueryVariables>;
export const ShortestPathDocument = new TypedDocumentString(`
    query ShortestPath($from: ID!, $to: ID!) {
  shortestPath(from: $from, to: $to) {
    nodes {
      ...NodeFields
    }
    edges {
      ...EdgeFields
    }
  }
}
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
}`) as unknown as TypedDocumentString<ShortestPathQuery, ShortestPathQueryVariables>;
export const ShortestPathsDocument = new TypedDocumentString(`
    query ShortestPaths($from: ID!, $to: ID!, $k: Int!, $maxLength: Int!) {
  shortestPaths(from: $from, to: $to, k: $k, maxLength: $maxLength) {
    paths {
      length
      nodes
      steps {
        relationship
        forward
      }
    }
    nodes {
      ...NodeFields
    }
    edges {
      ...EdgeFields
      ...EdgeEvidence
    }
  }
}
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
}`) as unknown as TypedDocumentString<ShortestPathsQuery, ShortestPathsQueryVariables>;