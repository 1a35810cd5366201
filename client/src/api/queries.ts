/** Every GraphQL operation the explorer sends; the shapes below mirror server/src/graphql/typeDefs.ts. */
import { graphql } from "./graphql.ts";

export interface GraphNodeDto {
  id: string;
  type: string;
  name: string;
  aliases?: string[] | null;
  subtype?: string | null;
  country?: string | null;
  lat?: number | null;
  lon?: number | null;
  role?: string | null;
  description?: string | null;
  sources?: string[] | null;
}

export interface EvidenceDto {
  source: string;
  quote: string;
  title?: string | null;
  publisher?: string | null;
  year?: number | null;
}

export interface GraphEdgeDto {
  id: string;
  type: string;
  source: string;
  target: string;
  year?: number | null;
  until?: number | null;
  status?: string | null;
  office?: string | null;
  purpose?: string | null;
  sources?: string[] | null;
  evidence?: EvidenceDto[];
}

export interface SubgraphDto {
  nodes: GraphNodeDto[];
  edges: GraphEdgeDto[];
  /** A cap left actors out (neighbourhood) or more remain (group members). */
  truncated?: boolean | null;
  /** Neighbourhood only: the centre's collaborations in all. */
  degree?: number | null;
}

export interface GraphStatsDto {
  actors: number;
  relationships: number;
}

export interface ActorGroupDto {
  id: string;
  type: string;
  country: string | null;
  actors: number;
}

export interface OverviewDto {
  groups: ActorGroupDto[];
  links: Array<{ source: string; target: string; relationships: number }>;
}

export interface SourceDto {
  id: string;
  title: string;
  publisher: string;
  author?: string | null;
  year?: number | null;
  type: string;
}

export interface ActorDto extends GraphNodeDto {
  evidence: EvidenceDto[];
}

export interface SearchHitDto {
  id: string;
  name: string;
  type: string;
  country?: string | null;
  aliases?: string[] | null;
  /** How the name matched: exact, prefix, words (every word) or fuzzy (typos forgiven). */
  match: "exact" | "prefix" | "words" | "fuzzy";
}

/** A quote holding the words searched: an actor's (kind actor) or a collaboration's. */
export interface EvidenceHitDto extends EvidenceDto {
  kind: "actor" | "relationship";
  from: GraphNodeDto;
  relationshipId?: string | null;
  relationshipType?: string | null;
  to?: GraphNodeDto | null;
}

const NODE_FIELDS = "id type name aliases subtype country lat lon role description sources";
const EDGE_FIELDS = "id type source target year until status office purpose sources";

export async function fetchWholeGraph(): Promise<SubgraphDto> {
  const data = await graphql<{ graph: SubgraphDto }>(
    `query WholeGraph { graph { nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} } } }`,
  );
  return data.graph;
}

export async function fetchNeighbourhood(id: string, depth: number): Promise<SubgraphDto | null> {
  const data = await graphql<{ neighbourhood: SubgraphDto | null }>(
    `query Neighbourhood($id: ID!, $depth: Int!) {
      neighbourhood(id: $id, depth: $depth) {
        nodes { ${NODE_FIELDS} }
        edges { ${EDGE_FIELDS} evidence { source quote title publisher year } }
        truncated
        degree
      }
    }`,
    { id, depth },
  );
  return data.neighbourhood;
}

export async function fetchGraphStats(): Promise<GraphStatsDto> {
  const data = await graphql<{ graphStats: GraphStatsDto }>(`
    query GraphStats {
      graphStats {
        actors
        relationships
      }
    }
  `);
  return data.graphStats;
}

export async function fetchOverview(): Promise<OverviewDto> {
  const data = await graphql<{ overview: OverviewDto }>(`
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
  return data.overview;
}

export async function fetchGroupMembers(
  group: { type: string; country: string | null },
  loaded: string[],
  offset: number,
  limit: number,
): Promise<SubgraphDto> {
  const data = await graphql<{ groupMembers: SubgraphDto }>(
    `query GroupMembers($type: String!, $country: String, $loaded: [ID!]!, $offset: Int, $limit: Int) {
      groupMembers(type: $type, country: $country, loaded: $loaded, offset: $offset, limit: $limit) {
        nodes { ${NODE_FIELDS} }
        edges { ${EDGE_FIELDS} }
        truncated
      }
    }`,
    { type: group.type, country: group.country, loaded, offset, limit },
  );
  return data.groupMembers;
}

export async function fetchShortestPath(from: string, to: string): Promise<SubgraphDto | null> {
  const data = await graphql<{ shortestPath: SubgraphDto | null }>(
    `query ShortestPath($from: ID!, $to: ID!) {
      shortestPath(from: $from, to: $to) { nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} } }
    }`,
    { from, to },
  );
  return data.shortestPath;
}

export async function searchActors(text: string, limit = 8): Promise<SearchHitDto[]> {
  const data = await graphql<{ searchHits: SearchHitDto[] }>(
    `
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
    `,
    { text, limit },
  );
  return data.searchHits;
}

export async function searchEvidence(text: string, limit = 5): Promise<EvidenceHitDto[]> {
  const data = await graphql<{ searchEvidence: EvidenceHitDto[] }>(
    `query SearchEvidence($text: String!, $limit: Int) {
      searchEvidence(text: $text, limit: $limit) {
        kind quote source title publisher year relationshipId relationshipType
        from { ${NODE_FIELDS} }
        to { ${NODE_FIELDS} }
      }
    }`,
    { text, limit },
  );
  return data.searchEvidence;
}

export async function fetchActor(id: string): Promise<ActorDto | null> {
  const data = await graphql<{ actors: ActorDto[] }>(
    `query Actor($id: ID!) {
      actors(where: { id: { eq: $id } }) { ${NODE_FIELDS} evidence { source quote title publisher year } }
    }`,
    { id },
  );
  return data.actors[0] ?? null;
}

export async function fetchSources(): Promise<SourceDto[]> {
  const data = await graphql<{ sources: SourceDto[] }>(`
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
  return data.sources;
}
