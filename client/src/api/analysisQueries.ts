/**
 * The analysis questions the explorer asks the server: the one-mode projection ("who is tied
 * through what") and the common neighbours of several actors, each with its evidence. Evidence
 * fields are spelt out: nested in fragments, the query went past the server's depth limit.
 */
import { gql } from "./generated/gql.ts";
import type { CommonNeighboursQuery, ProjectionQuery } from "./generated/graphql.ts";
import { graphql } from "./graphql.ts";

const PROJECTION = gql(`
  query Projection($type: String!, $via: [String!]!, $minShared: Int, $relationshipTypes: [String!], $limit: Int) {
    projection(type: $type, via: $via, minShared: $minShared, relationshipTypes: $relationshipTypes, limit: $limit) {
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
`);

const COMMON_NEIGHBOURS = gql(`
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
`);

export type ProjectionDto = ProjectionQuery["projection"];
export type CommonNeighboursDto = CommonNeighboursQuery["commonNeighbours"];

/** The projection's links asked at most: the server's own cap, so `truncated` says when it cut. */
export const PROJECTION_LIMIT = 5000;

export interface ProjectionQuestion {
  type: string;
  via: string[];
  minShared: number;
  relationshipTypes: string[] | null;
}

export async function fetchProjection(question: ProjectionQuestion): Promise<ProjectionDto> {
  return (await graphql(PROJECTION, { ...question, limit: PROJECTION_LIMIT })).projection;
}

export async function fetchCommonNeighbours(
  ids: string[],
  relationshipTypes: string[] | null,
): Promise<CommonNeighboursDto> {
  return (await graphql(COMMON_NEIGHBOURS, { ids, relationshipTypes })).commonNeighbours;
}
