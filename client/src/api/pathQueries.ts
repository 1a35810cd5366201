/**
 * The paths between two actors one by one (shortest first, then the next-longer ones), with each
 * step's direction and the evidence of every relationship on them, for the path panel.
 */
import { gql } from "./generated/gql.ts";
import type { ShortestPathsQuery } from "./generated/graphql.ts";
import { graphql } from "./graphql.ts";

const SHORTEST_PATHS = gql(`
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
`);

export type PathSetDto = NonNullable<ShortestPathsQuery["shortestPaths"]>;
export type ActorPathDto = PathSetDto["paths"][number];

/** Length groups the panel asks for: the shortest paths and the next-longer ones. */
export const PATH_GROUPS = 2;
/** The longest chain the server looks for (its own bound). */
export const MAX_PATH_LENGTH = 6;

/** null when one of the two actors does not exist. */
export async function fetchShortestPaths(from: string, to: string): Promise<PathSetDto | null> {
  return (await graphql(SHORTEST_PATHS, { from, to, k: PATH_GROUPS, maxLength: MAX_PATH_LENGTH })).shortestPaths;
}
