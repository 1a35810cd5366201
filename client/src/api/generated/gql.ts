/* eslint-disable */
import * as types from './graphql.ts';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Search($text: String!, $limit: Int) {\n    searchHits(text: $text, limit: $limit) {\n      id\n      name\n      type\n      country\n      aliases\n      match\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query SearchEvidence($text: String!, $limit: Int) {\n    searchEvidence(text: $text, limit: $limit) {\n      ...EvidenceHitFields\n    }\n  }\n": typeof types.SearchEvidenceDocument,
    "\n  query Actor($id: ID!) {\n    actors(where: { id: { eq: $id } }) {\n      id\n      type\n      name\n      aliases\n      subtype\n      country\n      countrySource\n      lat\n      lon\n      role\n      description\n      sources\n      evidence {\n        ...EvidenceFields\n      }\n    }\n  }\n": typeof types.ActorDocument,
    "\n  query Projection($type: String!, $via: [String!]!, $minShared: Int, $relationshipTypes: [String!], $limit: Int) {\n    projection(type: $type, via: $via, minShared: $minShared, relationshipTypes: $relationshipTypes, limit: $limit) {\n      edges {\n        from {\n          ...NodeFields\n        }\n        to {\n          ...NodeFields\n        }\n        weight\n        via {\n          id\n          name\n          type\n          relationships {\n            ...EdgeFields\n          }\n        }\n      }\n      total\n      truncated\n    }\n  }\n": typeof types.ProjectionDocument,
    "\n  query CommonNeighbours($ids: [ID!]!, $relationshipTypes: [String!]) {\n    commonNeighbours(ids: $ids, relationshipTypes: $relationshipTypes) {\n      actors {\n        actor {\n          ...NodeFields\n        }\n        ties {\n          of\n          direction\n          relationship {\n            ...EdgeFields\n            evidence {\n              source\n              quote\n              title\n              publisher\n              year\n            }\n          }\n        }\n      }\n      total\n      truncated\n    }\n  }\n": typeof types.CommonNeighboursDocument,
    "\n  fragment NodeFields on GraphNode {\n    id\n    type\n    name\n    aliases\n    subtype\n    country\n    countrySource\n    lat\n    lon\n    role\n    description\n    sources\n  }\n  fragment EdgeFields on GraphEdge {\n    id\n    type\n    source\n    target\n    year\n    until\n    reportedYear\n    status\n    office\n    purpose\n    sources\n  }\n  fragment EvidenceFields on Evidence {\n    source\n    quote\n    title\n    publisher\n    year\n  }\n  fragment EdgeEvidence on GraphEdge {\n    evidence {\n      ...EvidenceFields\n    }\n  }\n  fragment SubgraphExtent on Subgraph {\n    truncated\n    degree\n  }\n  fragment EvidenceHitFields on EvidenceHit {\n    kind\n    quote\n    source\n    title\n    publisher\n    year\n    relationshipId\n    relationshipType\n    from {\n      ...NodeFields\n    }\n    to {\n      ...NodeFields\n    }\n  }\n": typeof types.NodeFieldsFragmentDoc,
    "\n  query ExplorerStart($maxActors: Int!) {\n    graphStats {\n      actors\n      relationships\n    }\n    graph(maxActors: $maxActors) {\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n      }\n      truncated\n    }\n    sources(sort: [{ id: ASC }]) {\n      id\n      title\n      publisher\n      author\n      year\n      type\n    }\n  }\n": typeof types.ExplorerStartDocument,
    "\n  query Neighbourhood($id: ID!, $depth: Int!) {\n    neighbourhood(id: $id, depth: $depth) {\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n        ...EdgeEvidence\n      }\n      ...SubgraphExtent\n    }\n  }\n": typeof types.NeighbourhoodDocument,
    "\n  query Overview {\n    overview {\n      groups {\n        id\n        type\n        country\n        actors\n      }\n      links {\n        source\n        target\n        relationships\n      }\n    }\n  }\n": typeof types.OverviewDocument,
    "\n  query GroupMembers($type: String!, $country: String, $loaded: [ID!]!, $offset: Int, $limit: Int) {\n    groupMembers(type: $type, country: $country, loaded: $loaded, offset: $offset, limit: $limit) {\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n      }\n      truncated\n    }\n  }\n": typeof types.GroupMembersDocument,
    "\n  query ShortestPath($from: ID!, $to: ID!) {\n    shortestPath(from: $from, to: $to) {\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n      }\n    }\n  }\n": typeof types.ShortestPathDocument,
    "\n  query ShortestPaths($from: ID!, $to: ID!, $k: Int!, $maxLength: Int!) {\n    shortestPaths(from: $from, to: $to, k: $k, maxLength: $maxLength) {\n      paths {\n        length\n        nodes\n        steps {\n          relationship\n          forward\n        }\n      }\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n        ...EdgeEvidence\n      }\n    }\n  }\n": typeof types.ShortestPathsDocument,
};
const documents: Documents = {
    "\n  query Search($text: String!, $limit: Int) {\n    searchHits(text: $text, limit: $limit) {\n      id\n      name\n      type\n      country\n      aliases\n      match\n    }\n  }\n": types.SearchDocument,
    "\n  query SearchEvidence($text: String!, $limit: Int) {\n    searchEvidence(text: $text, limit: $limit) {\n      ...EvidenceHitFields\n    }\n  }\n": types.SearchEvidenceDocument,
    "\n  query Actor($id: ID!) {\n    actors(where: { id: { eq: $id } }) {\n      id\n      type\n      name\n      aliases\n      subtype\n      country\n      countrySource\n      lat\n      lon\n      role\n      description\n      sources\n      evidence {\n        ...EvidenceFields\n      }\n    }\n  }\n": types.ActorDocument,
    "\n  query Projection($type: String!, $via: [String!]!, $minShared: Int, $relationshipTypes: [String!], $limit: Int) {\n    projection(type: $type, via: $via, minShared: $minShared, relationshipTypes: $relationshipTypes, limit: $limit) {\n      edges {\n        from {\n          ...NodeFields\n        }\n        to {\n          ...NodeFields\n        }\n        weight\n        via {\n          id\n          name\n          type\n          relationships {\n            ...EdgeFields\n          }\n        }\n      }\n      total\n      truncated\n    }\n  }\n": types.ProjectionDocument,
    "\n  query CommonNeighbours($ids: [ID!]!, $relationshipTypes: [String!]) {\n    commonNeighbours(ids: $ids, relationshipTypes: $relationshipTypes) {\n      actors {\n        actor {\n          ...NodeFields\n        }\n        ties {\n          of\n          direction\n          relationship {\n            ...EdgeFields\n            evidence {\n              source\n              quote\n              title\n              publisher\n              year\n            }\n          }\n        }\n      }\n      total\n      truncated\n    }\n  }\n": types.CommonNeighboursDocument,
    "\n  fragment NodeFields on GraphNode {\n    id\n    type\n    name\n    aliases\n    subtype\n    country\n    countrySource\n    lat\n    lon\n    role\n    description\n    sources\n  }\n  fragment EdgeFields on GraphEdge {\n    id\n    type\n    source\n    target\n    year\n    until\n    reportedYear\n    status\n    office\n    purpose\n    sources\n  }\n  fragment EvidenceFields on Evidence {\n    source\n    quote\n    title\n    publisher\n    year\n  }\n  fragment EdgeEvidence on GraphEdge {\n    evidence {\n      ...EvidenceFields\n    }\n  }\n  fragment SubgraphExtent on Subgraph {\n    truncated\n    degree\n  }\n  fragment EvidenceHitFields on EvidenceHit {\n    kind\n    quote\n    source\n    title\n    publisher\n    year\n    relationshipId\n    relationshipType\n    from {\n      ...NodeFields\n    }\n    to {\n      ...NodeFields\n    }\n  }\n": types.NodeFieldsFragmentDoc,
    "\n  query ExplorerStart($maxActors: Int!) {\n    graphStats {\n      actors\n      relationships\n    }\n    graph(maxActors: $maxActors) {\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n      }\n      truncated\n    }\n    sources(sort: [{ id: ASC }]) {\n      id\n      title\n      publisher\n      author\n      year\n      type\n    }\n  }\n": types.ExplorerStartDocument,
    "\n  query Neighbourhood($id: ID!, $depth: Int!) {\n    neighbourhood(id: $id, depth: $depth) {\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n        ...EdgeEvidence\n      }\n      ...SubgraphExtent\n    }\n  }\n": types.NeighbourhoodDocument,
    "\n  query Overview {\n    overview {\n      groups {\n        id\n        type\n        country\n        actors\n      }\n      links {\n        source\n        target\n        relationships\n      }\n    }\n  }\n": types.OverviewDocument,
    "\n  query GroupMembers($type: String!, $country: String, $loaded: [ID!]!, $offset: Int, $limit: Int) {\n    groupMembers(type: $type, country: $country, loaded: $loaded, offset: $offset, limit: $limit) {\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n      }\n      truncated\n    }\n  }\n": types.GroupMembersDocument,
    "\n  query ShortestPath($from: ID!, $to: ID!) {\n    shortestPath(from: $from, to: $to) {\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n      }\n    }\n  }\n": types.ShortestPathDocument,
    "\n  query ShortestPaths($from: ID!, $to: ID!, $k: Int!, $maxLength: Int!) {\n    shortestPaths(from: $from, to: $to, k: $k, maxLength: $maxLength) {\n      paths {\n        length\n        nodes\n        steps {\n          relationship\n          forward\n        }\n      }\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n        ...EdgeEvidence\n      }\n    }\n  }\n": types.ShortestPathsDocument,
};

/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  query Search($text: String!, $limit: Int) {\n    searchHits(text: $text, limit: $limit) {\n      id\n      name\n      type\n      country\n      aliases\n      match\n    }\n  }\n"): typeof import('./graphql.ts').SearchDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  query SearchEvidence($text: String!, $limit: Int) {\n    searchEvidence(text: $text, limit: $limit) {\n      ...EvidenceHitFields\n    }\n  }\n"): typeof import('./graphql.ts').SearchEvidenceDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  query Actor($id: ID!) {\n    actors(where: { id: { eq: $id } }) {\n      id\n      type\n      name\n      aliases\n      subtype\n      country\n      countrySource\n      lat\n      lon\n      role\n      description\n      sources\n      evidence {\n        ...EvidenceFields\n      }\n    }\n  }\n"): typeof import('./graphql.ts').ActorDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  query Projection($type: String!, $via: [String!]!, $minShared: Int, $relationshipTypes: [String!], $limit: Int) {\n    projection(type: $type, via: $via, minShared: $minShared, relationshipTypes: $relationshipTypes, limit: $limit) {\n      edges {\n        from {\n          ...NodeFields\n        }\n        to {\n          ...NodeFields\n        }\n        weight\n        via {\n          id\n          name\n          type\n          relationships {\n            ...EdgeFields\n          }\n        }\n      }\n      total\n      truncated\n    }\n  }\n"): typeof import('./graphql.ts').ProjectionDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  query CommonNeighbours($ids: [ID!]!, $relationshipTypes: [String!]) {\n    commonNeighbours(ids: $ids, relationshipTypes: $relationshipTypes) {\n      actors {\n        actor {\n          ...NodeFields\n        }\n        ties {\n          of\n          direction\n          relationship {\n            ...EdgeFields\n            evidence {\n              source\n              quote\n              title\n              publisher\n              year\n            }\n          }\n        }\n      }\n      total\n      truncated\n    }\n  }\n"): typeof import('./graphql.ts').CommonNeighboursDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  fragment NodeFields on GraphNode {\n    id\n    type\n    name\n    aliases\n    subtype\n    country\n    countrySource\n    lat\n    lon\n    role\n    description\n    sources\n  }\n  fragment EdgeFields on GraphEdge {\n    id\n    type\n    source\n    target\n    year\n    until\n    reportedYear\n    status\n    office\n    purpose\n    sources\n  }\n  fragment EvidenceFields on Evidence {\n    source\n    quote\n    title\n    publisher\n    year\n  }\n  fragment EdgeEvidence on GraphEdge {\n    evidence {\n      ...EvidenceFields\n    }\n  }\n  fragment SubgraphExtent on Subgraph {\n    truncated\n    degree\n  }\n  fragment EvidenceHitFields on EvidenceHit {\n    kind\n    quote\n    source\n    title\n    publisher\n    year\n    relationshipId\n    relationshipType\n    from {\n      ...NodeFields\n    }\n    to {\n      ...NodeFields\n    }\n  }\n"): typeof import('./graphql.ts').NodeFieldsFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  query ExplorerStart($maxActors: Int!) {\n    graphStats {\n      actors\n      relationships\n    }\n    graph(maxActors: $maxActors) {\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n      }\n      truncated\n    }\n    sources(sort: [{ id: ASC }]) {\n      id\n      title\n      publisher\n      author\n      year\n      type\n    }\n  }\n"): typeof import('./graphql.ts').ExplorerStartDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  query Neighbourhood($id: ID!, $depth: Int!) {\n    neighbourhood(id: $id, depth: $depth) {\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n        ...EdgeEvidence\n      }\n      ...SubgraphExtent\n    }\n  }\n"): typeof import('./graphql.ts').NeighbourhoodDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  query Overview {\n    overview {\n      groups {\n        id\n        type\n        country\n        actors\n      }\n      links {\n        source\n        target\n        relationships\n      }\n    }\n  }\n"): typeof import('./graphql.ts').OverviewDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  query GroupMembers($type: String!, $country: String, $loaded: [ID!]!, $offset: Int, $limit: Int) {\n    groupMembers(type: $type, country: $country, loaded: $loaded, offset: $offset, limit: $limit) {\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n      }\n      truncated\n    }\n  }\n"): typeof import('./graphql.ts').GroupMembersDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  query ShortestPath($from: ID!, $to: ID!) {\n    shortestPath(from: $from, to: $to) {\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n      }\n    }\n  }\n"): typeof import('./graphql.ts').ShortestPathDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  query ShortestPaths($from: ID!, $to: ID!, $k: Int!, $maxLength: Int!) {\n    shortestPaths(from: $from, to: $to, k: $k, maxLength: $maxLength) {\n      paths {\n        length\n        nodes\n        steps {\n          relationship\n          forward\n        }\n      }\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n        ...EdgeEvidence\n      }\n    }\n  }\n"): typeof import('./graphql.ts').ShortestPathsDocument;


export function gql(source: string) {
  return (documents as any)[source] ?? {};
}
