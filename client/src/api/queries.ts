/** Every GraphQL operation the explorer sends; their types are generated (`npm run codegen`). */
import type {
  ActorQuery,
  EdgeEvidenceFragment,
  EdgeFieldsFragment,
  EvidenceFieldsFragment,
  EvidenceHitFieldsFragment,
  GraphStatsQuery,
  NodeFieldsFragment,
  OverviewQuery,
  SearchQuery,
  SourcesQuery,
  SubgraphExtentFragment,
} from "./generated/graphql.ts";
import { gql } from "./generated/gql.ts";
import { graphql } from "./graphql.ts";

/** The nullable fields of T made optional too: the explorer also fills these shapes from console results. */
type Loose<T> = { [K in keyof T as null extends T[K] ? K : never]?: T[K] } & {
  [K in keyof T as null extends T[K] ? never : K]: T[K];
};

export type GraphNodeDto = Loose<NodeFieldsFragment>;
export type EvidenceDto = EvidenceFieldsFragment;
/** Evidence comes only with the neighbourhood; a console query may leave sources out. */
export type GraphEdgeDto = Loose<Omit<EdgeFieldsFragment, "sources">> &
  Partial<Pick<EdgeFieldsFragment, "sources"> & EdgeEvidenceFragment>;
/** What every subgraph query answers; truncated and degree only where asked. */
export type SubgraphDto = { nodes: GraphNodeDto[]; edges: GraphEdgeDto[] } & Partial<SubgraphExtentFragment>;
export type GraphStatsDto = GraphStatsQuery["graphStats"];
export type OverviewDto = OverviewQuery["overview"];
export type SourceDto = SourcesQuery["sources"][number];
export type ActorDto = ActorQuery["actors"][number];
export type SearchHitDto = SearchQuery["searchHits"][number];
/** A quote holding the words searched: an actor's (kind actor) or a collaboration's. */
export type EvidenceHitDto = EvidenceHitFieldsFragment;

// The selections the operations below share; codegen reads them here and appends them to each operation.
gql(`
  fragment NodeFields on GraphNode {
    id
    type
    name
    aliases
    subtype
    country
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

const WHOLE_GRAPH = gql(`
  query WholeGraph {
    graph {
      nodes {
        ...NodeFields
      }
      edges {
        ...EdgeFields
      }
    }
  }
`);

const NEIGHBOURHOOD = gql(`
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
`);

const GRAPH_STATS = gql(`
  query GraphStats {
    graphStats {
      actors
      relationships
    }
  }
`);

const OVERVIEW = gql(`
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
`);

const GROUP_MEMBERS = gql(`
  query GroupMembers($type: String!, $country: String, $loaded: [ID!]!, $offset: Int, $limit: Int) {
    groupMembers(type: $type, country: $country, loaded: $loaded, offset: $offset, limit: $limit) {
      nodes {
        ...NodeFields
      }
      edges {
        ...EdgeFields
      }
      truncated
    }
  }
`);

const SHORTEST_PATH = gql(`
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
`);

const SEARCH = gql(`
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
`);

const SEARCH_EVIDENCE = gql(`
  query SearchEvidence($text: String!, $limit: Int) {
    searchEvidence(text: $text, limit: $limit) {
      ...EvidenceHitFields
    }
  }
`);

// Actor is the node type, GraphNode the explorer's projection of it: the same fields, two types.
const ACTOR = gql(`
  query Actor($id: ID!) {
    actors(where: { id: { eq: $id } }) {
      id
      type
      name
      aliases
      subtype
      country
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
`);

const SOURCES = gql(`
  query Sources {
    sources(sort: [{ id: ASC }]) {
      id
      title
      publisher
      author
      year
      type
    }
  }
`);

export async function fetchWholeGraph(): Promise<SubgraphDto> {
  return (await graphql(WHOLE_GRAPH, {})).graph;
}

export async function fetchNeighbourhood(id: string, depth: number): Promise<SubgraphDto | null> {
  return (await graphql(NEIGHBOURHOOD, { id, depth })).neighbourhood;
}

export async function fetchGraphStats(): Promise<GraphStatsDto> {
  return (await graphql(GRAPH_STATS, {})).graphStats;
}

export async function fetchOverview(): Promise<OverviewDto> {
  return (await graphql(OVERVIEW, {})).overview;
}

export async function fetchGroupMembers(
  group: { type: string; country: string | null },
  loaded: string[],
  offset: number,
  limit: number,
): Promise<SubgraphDto> {
  const variables = { type: group.type, country: group.country, loaded, offset, limit };
  return (await graphql(GROUP_MEMBERS, variables)).groupMembers;
}

export async function fetchShortestPath(from: string, to: string): Promise<SubgraphDto | null> {
  return (await graphql(SHORTEST_PATH, { from, to })).shortestPath;
}

export async function searchActors(text: string, limit = 8): Promise<SearchHitDto[]> {
  return (await graphql(SEARCH, { text, limit })).searchHits;
}

export async function searchEvidence(text: string, limit = 5): Promise<EvidenceHitDto[]> {
  return (await graphql(SEARCH_EVIDENCE, { text, limit })).searchEvidence;
}

export async function fetchActor(id: string): Promise<ActorDto | null> {
  return (await graphql(ACTOR, { id })).actors[0] ?? null;
}

export async function fetchSources(): Promise<SourceDto[]> {
  return (await graphql(SOURCES, {})).sources;
}
