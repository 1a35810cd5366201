/**
 * The operations that bring subgraphs and graph-wide figures into the explorer: the whole graph
 * or its overview, a group's page, a neighbourhood, a shortest path, counts and sources.
 */
import { gql } from "./generated/gql.ts";
import { graphql } from "./graphql.ts";
import type { GraphStatsDto, OverviewDto, SourceDto, SubgraphDto } from "./types.ts";

/**
 * The explorer's first request, one round trip: the graph's size, the whole graph unless it holds
 * more than $maxActors actors (then truncated, and the overview follows), and the sources.
 */
const EXPLORER_START = gql(`
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

export interface ExplorerStart {
  stats: GraphStatsDto;
  /** Null when the graph holds more actors than asked for. */
  graph: SubgraphDto | null;
  sources: SourceDto[];
}

export async function fetchExplorerStart(maxActors: number): Promise<ExplorerStart> {
  const answer = await graphql(EXPLORER_START, { maxActors });
  return { stats: answer.graphStats, graph: answer.graph.truncated ? null : answer.graph, sources: answer.sources };
}

export async function fetchNeighbourhood(id: string, depth: number): Promise<SubgraphDto | null> {
  return (await graphql(NEIGHBOURHOOD, { id, depth })).neighbourhood;
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
