/**
 * The operations that bring subgraphs and graph-wide figures into the explorer: the whole graph
 * or its overview, a group's page, a neighbourhood, a shortest path, counts and sources.
 */
import { gql } from "./generated/gql.ts";
import { graphql } from "./graphql.ts";
import type { GraphStatsDto, OverviewDto, SourceDto, SubgraphDto } from "./types.ts";

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

export async function fetchSources(): Promise<SourceDto[]> {
  return (await graphql(SOURCES, {})).sources;
}
